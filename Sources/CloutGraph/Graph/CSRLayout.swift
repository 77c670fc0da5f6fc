/// The counting sorts that lay a `CSRGraph` out in memory. Every function is O(n + m), writes each
/// array once (no zero-filling of what is then overwritten) and keeps ties in input order, so the
/// layout depends on the edges only.
enum CSRLayout {
  /// Edges stably sorted by source: `start[v]..<start[v + 1]` are the edges leaving v, `heads` and
  /// `weights` their targets and weights, `index[e]` (when asked for) the input position of edge e.
  static func sortBySource(
    n: Int, sources: [Int32], targets: [Int32], weights: [Double]?, keepIndex: Bool
  ) -> (start: [Int], heads: [Int32], weights: [Double]?, index: [Int]?) {
    let m = sources.count
    var start = [Int](repeating: 0, count: n + 1)
    for s in sources { start[Int(s) + 1] += 1 }
    for v in 0..<n { start[v + 1] += start[v] }
    let cursor = ScratchBuffer(copying: start)
    var sortedWeights = weights.map { _ in [Double](repeating: 0, count: m) }
    var index = keepIndex ? [Int](repeating: 0, count: m) : nil
    // Every slot is written once: the counts place each edge in a slot of its own.
    let heads = [Int32](unsafeUninitializedCapacity: m) { heads, count in
      for e in 0..<m {
        let s = Int(sources[e])
        let p = cursor[s]
        cursor[s] = p + 1
        heads[p] = targets[e]
        sortedWeights?[p] = weights?[e] ?? 1
        index?[p] = e
      }
      count = m
    }
    return (start, heads, sortedWeights, index)
  }

  /// The reverse adjacency of edges grouped by tail: for every head, its tails and edge ids in edge
  /// id order.
  ///
  /// Large graphs go through cache-sized buckets of consecutive heads on all processors
  /// (`ReverseLayout`) rather than scattering every edge straight to its slot; the result is the
  /// same.
  static func reverseAdjacency(n: Int, start: [Int], heads: [Int32]) -> (
    offsets: [Int], neighbors: [Int32], edges: [Int32]
  ) {
    let m = heads.count
    if m >= 1 << 16 {
      let built = ReverseLayout.build(n: n, start: start, heads: heads)
      return (built.offsets, built.tails, built.edges)
    }
    let offsets = countingOffsets(n: n, heads: heads, start: nil)
    let cursor = ScratchBuffer(copying: offsets)
    var edges: [Int32] = []
    let neighbors = [Int32](unsafeUninitializedCapacity: m) { tails, tailCount in
      edges = [Int32](unsafeUninitializedCapacity: m) { edges, edgeCount in
        for v in 0..<n {
          let tail = Int32(truncatingIfNeeded: v)
          for e in start[v]..<start[v + 1] {
            let h = Int(heads[e])
            let q = cursor[h]
            cursor[h] = q + 1
            tails[q] = tail
            edges[q] = Int32(truncatingIfNeeded: e)
          }
        }
        edgeCount = m
      }
      tailCount = m
    }
    return (offsets, neighbors, edges)
  }

  /// Both ends of every edge grouped by tail: vertex v lists, in edge id order, the other end of
  /// every edge incident to it (a self-loop twice).
  static func undirectedAdjacency(n: Int, start: [Int], heads: [Int32]) -> (
    offsets: [Int], neighbors: [Int32], edges: [Int32]
  ) {
    let m = heads.count
    let offsets = countingOffsets(n: n, heads: heads, start: start)
    let cursor = ScratchBuffer(copying: offsets)
    var edges: [Int32] = []
    // Every slot is written once: each edge fills one slot of each of its ends.
    let neighbors = [Int32](unsafeUninitializedCapacity: 2 * m) { neighbors, neighborCount in
      edges = [Int32](unsafeUninitializedCapacity: 2 * m) { edges, edgeCount in
        for v in 0..<n {
          let tail = Int32(truncatingIfNeeded: v)
          for e in start[v]..<start[v + 1] {
            let id = Int32(truncatingIfNeeded: e)
            let head = heads[e]
            let h = Int(head)
            let p = cursor[v]
            cursor[v] = p + 1
            neighbors[p] = head
            edges[p] = id
            let q = cursor[h]
            cursor[h] = q + 1
            neighbors[q] = tail
            edges[q] = id
          }
        }
        edgeCount = 2 * m
      }
      neighborCount = 2 * m
    }
    return (offsets, neighbors, edges)
  }

  /// Slot offsets of a counting sort by head: `offsets[v + 1] - offsets[v]` is the number of heads
  /// equal to v, plus the number of edges `start` gives v as tail when it is not nil.
  private static func countingOffsets(n: Int, heads: [Int32], start: [Int]?) -> [Int] {
    [Int](unsafeUninitializedCapacity: n + 1) { offsets, count in
      offsets.initialize(repeating: 0)
      for h in heads { offsets[Int(h) + 1] += 1 }
      if let start {
        for v in 0..<n { offsets[v + 1] += start[v + 1] - start[v] }
      }
      for v in 0..<n { offsets[v + 1] += offsets[v] }
      count = n + 1
    }
  }

  /// The first value outside `0..<n`, if any.
  static func firstOutOfRange(_ values: [Int32], n: Int) -> Int? {
    values.withUnsafeBufferPointer { values in
      for x in values where x < 0 || Int(x) >= n { return Int(x) }
      return nil
    }
  }
}
