extension CSRGraph {
  /// The core number of each vertex: the largest k such that the vertex belongs to a subgraph in
  /// which every vertex has degree ≥ k (the k-core).
  ///
  /// Degrees are those of the simple graph: self-loops are removed first and parallel edges count
  /// once (A lobbying B twice does not make either more central to the core). On a directed graph
  /// the degree is in-degree + out-degree, so a reciprocated pair u⇄v contributes 2.
  ///
  /// Level-by-level peeling, a queue-based form of Batagelj & Zaversnik (2003), "An O(m) algorithm
  /// for cores decomposition of networks", arXiv:cs/0310049: for each level k, every remaining
  /// vertex of degree k gets core k and lowers the degree of its remaining neighbours above k,
  /// those reaching k joining the level's queue. Each arc reads (and at most writes) one degree,
  /// and no vertex moves between buckets; the remaining vertices are scanned once per level and
  /// compacted, which costs O(n + Σ core numbers) ≤ O(n + m) in all. Cost: O(n + m) time and
  /// memory. Matches networkx `core_number` (on the loop-free graph) and igraph
  /// `coreness(mode="all")`.
  public func coreNumbers() -> [Int] {
    let n = vertexCount
    let (offsets, neighbors) = coreAdjacency()
    let degree = ScratchBuffer<Int32>(uninitializedCount: n)
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        Self.peel(n: n, offsets: offsets, neighbors: neighbors, into: degree)
      }
    }
    return (0..<n).map { Int(degree[$0]) }
  }

  /// The peeling on flat buffers. `remaining` lists the unpeeled vertices in increasing order (all
  /// of degree ≥ the level); `queue` the vertices peeled at the current level. A peeled vertex
  /// keeps its core number as its degree: later levels never lower it.
  private static func peel(
    n: Int, offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>,
    into degree: borrowing ScratchBuffer<Int32>
  ) {
    guard n > 0 else { return }
    let remaining = ScratchBuffer<Int32>(uninitializedCount: n)
    let queue = ScratchBuffer<Int32>(uninitializedCount: n)
    var level = Int32.max
    for v in 0..<n {
      let d = Int32(truncatingIfNeeded: offsets[v + 1] - offsets[v])
      degree[v] = d
      remaining[v] = Int32(truncatingIfNeeded: v)
      level = min(level, d)
    }
    var count = n
    while count > 0 {
      var tail = 0
      for i in 0..<count where degree[Int(remaining[i])] == level {
        queue[tail] = remaining[i]
        tail += 1
      }
      var head = 0
      while head < tail {
        let v = Int(queue[head])
        head += 1
        for slot in offsets[v]..<offsets[v + 1] {
          let u = Int(neighbors[slot])
          let du = degree[u]
          guard du > level else { continue }
          degree[u] = du - 1
          if du - 1 == level {
            queue[tail] = Int32(truncatingIfNeeded: u)
            tail += 1
          }
        }
      }
      // Keep the vertices above this level; the next level is the lowest degree among them.
      var kept = 0
      var next = Int32.max
      for i in 0..<count {
        let v = remaining[i]
        let d = degree[Int(v)]
        if d > level {
          remaining[kept] = v
          kept += 1
          next = min(next, d)
        }
      }
      count = kept
      level = next
    }
  }

  /// Neighbour lists of the loop-free simple graph for core decomposition: for a digraph, the
  /// distinct out-neighbours followed by the distinct in-neighbours (a reciprocated neighbour twice).
  /// O(n + m).
  private func coreAdjacency() -> (offsets: [Int], neighbors: [Int32]) {
    DistinctNeighbors.lists(
      vertexCount: vertexCount, first: (outOffsets, outNeighbors), second: isDirected ? (inOffsets, inNeighbors) : nil,
      perSide: true, upperOnly: false, capacity: outNeighbors.count + (isDirected ? inNeighbors.count : 0))
  }
}
