/// A binary min-heap of (distance, tie-breaker, vertex) entries for Dijkstra's algorithm, with lazy
/// deletion: a vertex whose distance drops is pushed again and the stale entry is skipped when popped.
///
/// Entries are kept in one flat array of 16-byte values and ordered by key, then by the
/// tie-breaker (for example a hop count), then by vertex, so every search is deterministic. Push
/// and pop cost O(log size).
struct DistanceHeap {
  private struct Entry {
    var key: Double
    var tie: Int32
    var vertex: Int32

    @inline(__always)
    func precedes(_ other: Entry) -> Bool {
      if key != other.key { return key < other.key }
      if tie != other.tie { return tie < other.tie }
      return vertex < other.vertex
    }
  }

  private var entries: [Entry] = []

  var isEmpty: Bool { entries.isEmpty }

  mutating func removeAll() {
    entries.removeAll(keepingCapacity: true)
  }

  mutating func push(_ key: Double, _ vertex: Int32, tie: Int32 = 0) {
    let entry = Entry(key: key, tie: tie, vertex: vertex)
    entries.append(entry)
    entries.withUnsafeMutableBufferPointer { heap in
      var i = heap.count - 1
      while i > 0 {
        let parent = (i - 1) / 2
        guard entry.precedes(heap[parent]) else { break }
        heap[i] = heap[parent]
        i = parent
      }
      heap[i] = entry
    }
  }

  /// Removes and returns the smallest entry, or nil when empty.
  mutating func pop() -> (key: Double, vertex: Int32, tie: Int32)? {
    guard let last = entries.popLast() else { return nil }
    guard let top = entries.first else { return (last.key, last.vertex, last.tie) }
    entries.withUnsafeMutableBufferPointer { heap in
      let count = heap.count
      var i = 0
      while true {
        let left = 2 * i + 1
        if left >= count { break }
        var child = left
        if left + 1 < count, heap[left + 1].precedes(heap[left]) { child = left + 1 }
        guard heap[child].precedes(last) else { break }
        heap[i] = heap[child]
        i = child
      }
      heap[i] = last
    }
    return (top.key, top.vertex, top.tie)
  }
}
