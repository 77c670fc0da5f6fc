// The engine's priority queues, all in one file (as igraph keeps its heaps in `core/indheap.c`),
// each a `DijkstraQueue` for the one search in Dijkstra.swift:
//
// - `DistanceHeap`: binary heap, lazy deletion, (key, tie, vertex) order; `ShortestPathSearch`
//   (Brandes, closeness, shortest paths) and `KShortestPaths`;
// - `IndexedDistanceHeap`: 4-ary heap with decrease-key; `CSRGraph.distances` on real lengths;
// - `BucketQueue` (with its entry pool `BucketEntries`): Dial's buckets; `CSRGraph.distances` on
//   small integer lengths.
//
// A min-max heap (swift-collections `Heap`) does more comparisons per pop than the binary heap and
// has no decrease-key, so the searches keep these three.

/// A binary min-heap of (distance, tie-breaker, vertex) entries for Dijkstra's algorithm, with lazy
/// deletion: a vertex whose distance drops is pushed again and the stale entry is skipped when popped.
///
/// Entries are kept in one flat array of 16-byte values and ordered by key, then by the
/// tie-breaker (for example a hop count), then by vertex, so every search is deterministic. Push
/// and pop cost O(log size).
///
/// - Complexity: `push` and `pop` O(log k) for k entries (k counts stale entries too, at most one
///   per arc relaxed); memory 16 bytes per entry.
struct DistanceHeap: DijkstraQueue {
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

  @inline(__always)
  mutating func insert(_ vertex: Int32, key: Double, tie: Int32) { push(key, vertex, tie: tie) }

  @inline(__always)
  mutating func next() -> (vertex: Int32, key: Double, tie: Int32)? {
    guard let (key, vertex, tie) = pop() else { return nil }
    return (vertex, key, tie)
  }
}

/// A 4-ary min-heap of vertices keyed by tentative distance, with decrease-key: each vertex is in
/// the heap at most once, so the heap never holds more than the frontier of a search (a lazy heap
/// holds every improvement). Four children per node halve the depth of a binary heap, and each
/// node's children share a cache line or two.
///
/// Entries are (key, vertex) pairs in one flat buffer; `position[v]` is v's index in it, or −1.
/// Push, decrease and pop cost O(log₄ size). Used by `CSRGraph.distances(from:weighted:direction:)`
/// when the lengths are not all small integers (those go to `BucketQueue`).
///
/// - Complexity: `push` (insert or decrease-key) and `pop` O(log₄ k) for k vertices in the heap,
///   `contains` O(1); memory 16 bytes per vertex of capacity.
struct IndexedDistanceHeap: ~Copyable, DijkstraQueue {
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

  /// The tie value is ignored: one entry per vertex, ordered by key.
  @inline(__always)
  mutating func insert(_ vertex: Int32, key: Double, tie: Int32) { push(Int(vertex), key) }

  @inline(__always)
  mutating func next() -> (vertex: Int32, key: Double, tie: Int32)? {
    guard count > 0 else { return nil }
    let (v, key) = pop()
    return (Int32(truncatingIfNeeded: v), key, 0)
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

/// Dial's bucket queue for Dijkstra's algorithm when every length is a small integer (R. B. Dial
/// 1969, "Algorithm 360: shortest-path forest with topological ordering", CACM 12(11):632–633).
///
/// With lengths in 0...C, every vertex waiting in Dijkstra's queue has a tentative distance in
/// [d, d + C], where d is the distance being settled, so C + 1 buckets used circularly order them
/// exactly: an insert is O(1) and `next` scans the buckets forward, one distance value at a time.
/// Vertices are inserted again on improvement and stale entries skipped by the rule (no
/// decrease-key). Keys must be integers (exact in `Double`), inserted no lower than the last key
/// returned and at most C above it; the order within a bucket is last in, first out.
///
/// - Complexity: `insert` O(1) amortised, `next` O(1 + empty buckets skipped), O(n + m + D) over
///   a search whose largest distance is D; memory O(n + C).
struct BucketQueue: ~Copyable, DijkstraQueue {
  /// Largest length C for which the bucket queue is used: beyond it, the scan of empty buckets
  /// could cost more than a heap.
  static let lengthLimit = 255

  /// C when every length is an integer in 0...`lengthLimit`, else nil. O(m).
  static func lengthBound(_ lengths: [Double]) -> Int? {
    var bound = 0.0
    for l in lengths {
      guard l >= 0, l <= Double(lengthLimit), l == l.rounded(.towardZero) else { return nil }
      bound = max(bound, l)
    }
    return Int(bound)
  }

  private let head: UnsafeMutablePointer<Int32>
  private let width: Int
  private var entries: BucketEntries
  /// The key of the bucket being scanned, and that bucket's index.
  private var current = 0
  private var bucket = 0
  private var waiting = 0

  /// A queue for vertex keys that grow by at most `lengthBound` per step, with room for
  /// `capacity` waiting entries before it grows.
  init(lengthBound: Int, capacity: Int) {
    width = lengthBound + 1
    head = .allocate(capacity: width)
    head.initialize(repeating: -1, count: width)
    entries = BucketEntries(capacity: capacity)
  }

  deinit { head.deallocate() }

  @inline(__always)
  mutating func insert(_ vertex: Int32, key: Double, tie: Int32) {
    var target = bucket + (Int(key) - current)
    if target >= width { target -= width }
    head[target] = entries.push(vertex, before: head[target])
    waiting += 1
  }

  @inline(__always)
  mutating func next() -> (vertex: Int32, key: Double, tie: Int32)? {
    guard waiting > 0 else { return nil }
    while head[bucket] < 0 {
      current += 1
      bucket += 1
      if bucket == width { bucket = 0 }
    }
    let (v, rest) = entries.pop(head[bucket])
    head[bucket] = rest
    waiting -= 1
    return (Int32(truncatingIfNeeded: v), Double(current), 0)
  }
}

/// The entries of the bucket lists: a vertex and the next entry of its bucket, in one growing
/// pool; popped entries go to a free list and are reused first.
///
/// - Complexity: `push` and `pop` O(1) (amortised: the pool doubles when full); memory 8 bytes per
///   entry, at most one live entry per waiting push.
struct BucketEntries: ~Copyable {
  private var vertex: UnsafeMutablePointer<Int32>
  private var next: UnsafeMutablePointer<Int32>
  private var capacity: Int
  private var used = 0
  private var free: Int32 = -1

  init(capacity: Int) {
    self.capacity = max(1, capacity)
    vertex = .allocate(capacity: self.capacity)
    next = .allocate(capacity: self.capacity)
  }

  deinit {
    vertex.deallocate()
    next.deallocate()
  }

  /// A new entry for v followed by `before`; returns its index (the bucket's new head).
  @inline(__always)
  mutating func push(_ v: Int32, before: Int32) -> Int32 {
    let e: Int
    if free >= 0 {
      e = Int(free)
      free = next[e]
    } else {
      if used == capacity { grow() }
      e = used
      used += 1
    }
    vertex[e] = v
    next[e] = before
    return Int32(truncatingIfNeeded: e)
  }

  /// Frees entry e; returns its vertex and the entry after it.
  @inline(__always)
  mutating func pop(_ e32: Int32) -> (vertex: Int, rest: Int32) {
    let e = Int(e32)
    let result = (Int(vertex[e]), next[e])
    next[e] = free
    free = e32
    return result
  }

  private mutating func grow() {
    let larger = 2 * capacity
    let newVertex = UnsafeMutablePointer<Int32>.allocate(capacity: larger)
    let newNext = UnsafeMutablePointer<Int32>.allocate(capacity: larger)
    newVertex.initialize(from: vertex, count: used)
    newNext.initialize(from: next, count: used)
    vertex.deallocate()
    next.deallocate()
    vertex = newVertex
    next = newNext
    capacity = larger
  }
}
