/// A binary min-heap of (distance, tie-breaker, vertex) entries for Dijkstra's algorithm, with lazy
/// deletion: a vertex whose distance drops is pushed again and the stale entry is skipped when popped.
///
/// Entries are kept in flat arrays and ordered by key, then by the tie-breaker (for example a hop
/// count), then by vertex, so every search is deterministic. Push and pop cost O(log size).
struct DistanceHeap {
  private var keys: [Double] = []
  private var ties: [Int32] = []
  private var vertices: [Int32] = []

  var isEmpty: Bool { keys.isEmpty }

  mutating func removeAll() {
    keys.removeAll(keepingCapacity: true)
    ties.removeAll(keepingCapacity: true)
    vertices.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  private func before(_ i: Int, _ j: Int) -> Bool {
    if keys[i] != keys[j] { return keys[i] < keys[j] }
    if ties[i] != ties[j] { return ties[i] < ties[j] }
    return vertices[i] < vertices[j]
  }

  mutating func push(_ key: Double, _ vertex: Int32, tie: Int32 = 0) {
    keys.append(key)
    ties.append(tie)
    vertices.append(vertex)
    var i = keys.count - 1
    while i > 0 {
      let parent = (i - 1) / 2
      guard before(i, parent) else { break }
      keys.swapAt(i, parent)
      ties.swapAt(i, parent)
      vertices.swapAt(i, parent)
      i = parent
    }
  }

  /// Removes and returns the smallest entry, or nil when empty.
  mutating func pop() -> (key: Double, vertex: Int32, tie: Int32)? {
    guard let lastKey = keys.last, let lastTie = ties.last, let lastVertex = vertices.last else { return nil }
    let top = (keys[0], vertices[0], ties[0])
    keys.removeLast()
    ties.removeLast()
    vertices.removeLast()
    if keys.isEmpty { return top }
    keys[0] = lastKey
    ties[0] = lastTie
    vertices[0] = lastVertex
    var i = 0
    let count = keys.count
    while true {
      let left = 2 * i + 1
      if left >= count { break }
      var child = left
      if left + 1 < count, before(left + 1, left) { child = left + 1 }
      guard before(child, i) else { break }
      keys.swapAt(i, child)
      ties.swapAt(i, child)
      vertices.swapAt(i, child)
      i = child
    }
    return top
  }
}
