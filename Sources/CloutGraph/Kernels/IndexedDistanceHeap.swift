/// A 4-ary min-heap of vertices keyed by tentative distance, with decrease-key: each vertex is in
/// the heap at most once, so the heap never holds more than the frontier of a search (a lazy heap
/// holds every improvement). Four children per node halve the depth of a binary heap, and each
/// node's children share a cache line or two.
///
/// Entries are (key, vertex) pairs in one flat buffer; `position[v]` is v's index in it, or −1.
/// Push, decrease and pop cost O(log₄ size). Used by `CSRGraph.distances(from:weighted:direction:)`
/// when the lengths are not all small integers (those go to `BucketDistances`).
struct IndexedDistanceHeap: ~Copyable {
  private let keys: UnsafeMutablePointer<Double>
  private let vertices: UnsafeMutablePointer<Int32>
  private let position: UnsafeMutablePointer<Int32>
  private(set) var count = 0

  /// A heap for vertices `0..<capacity`.
  init(capacity: Int) {
    keys = .allocate(capacity: max(1, capacity))
    vertices = .allocate(capacity: max(1, capacity))
    position = .allocate(capacity: max(1, capacity))
    position.initialize(repeating: -1, count: capacity)
  }

  deinit {
    keys.deallocate()
    vertices.deallocate()
    position.deallocate()
  }

  var isEmpty: Bool { count == 0 }

  /// Whether v is in the heap.
  @inline(__always)
  func contains(_ v: Int) -> Bool { position[v] >= 0 }

  /// Adds v with `key`, or lowers its key if it is already in (a higher key is ignored).
  @inline(__always)
  mutating func push(_ v: Int, _ key: Double) {
    let at = Int(position[v])
    if at >= 0 {
      if key < keys[at] { siftUp(at, key, Int32(truncatingIfNeeded: v)) }
      return
    }
    count += 1
    siftUp(count - 1, key, Int32(truncatingIfNeeded: v))
  }

  /// Removes and returns the vertex with the smallest key. The heap must not be empty.
  @inline(__always)
  mutating func pop() -> (vertex: Int, key: Double) {
    let top = (Int(vertices[0]), keys[0])
    position[top.0] = -1
    count -= 1
    if count > 0 { siftDown(0, keys[count], vertices[count]) }
    return top
  }

  @inline(__always)
  private func place(_ i: Int, _ key: Double, _ v: Int32) {
    keys[i] = key
    vertices[i] = v
    position[Int(v)] = Int32(truncatingIfNeeded: i)
  }

  @inline(__always)
  private func siftUp(_ start: Int, _ key: Double, _ v: Int32) {
    var i = start
    while i > 0 {
      let parent = (i - 1) >> 2
      guard key < keys[parent] else { break }
      place(i, keys[parent], vertices[parent])
      i = parent
    }
    place(i, key, v)
  }

  @inline(__always)
  private func siftDown(_ start: Int, _ key: Double, _ v: Int32) {
    var i = start
    while true {
      let first = 4 * i + 1
      if first >= count { break }
      var best = first
      var bestKey = keys[first]
      let last = min(first + 4, count)
      var c = first + 1
      while c < last {
        if keys[c] < bestKey {
          best = c
          bestKey = keys[c]
        }
        c += 1
      }
      guard bestKey < key else { break }
      place(i, bestKey, vertices[best])
      i = best
    }
    place(i, key, v)
  }
}
