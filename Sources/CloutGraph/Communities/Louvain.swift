/// The outcome of a Louvain run: the communities found and their modularity.
public struct LouvainResult: Sendable, Equatable {
  /// The communities, numbered by their lowest vertex.
  public let partition: VertexPartition
  /// The modularity of `partition` (computed by `modularity(of:weighted:resolution:)`, so it is
  /// exactly the value a caller recomputing it gets).
  public let modularity: Double
  /// How many aggregation levels changed the partition.
  public let levels: Int
  /// The seed of the run.
  public let seed: UInt64
}

extension CSRGraph {
  /// Communities by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, J. Stat.
  /// Mech. P10008), seeded and deterministic.
  ///
  /// Each level visits the vertices in a random order (a SplitMix64 shuffle of the seed) and moves
  /// each vertex to the neighbouring community with the largest strictly positive modularity gain,
  /// sweeping again in the same order until a sweep moves no vertex; then communities become
  /// vertices and the next level starts. The first sweep of a level looks at every vertex, later
  /// sweeps only at vertices a neighbour of which has moved to another community than theirs since
  /// they were last looked at (the pruning of Ozaki, Tezuka & Inaba 2016, Int. J. Comput. Electr.
  /// Eng. 8(3); Leiden's fast local moving, Traag, Waltman & van Eck 2019, re-queues the same
  /// vertices): the others are taken to stay where they are, which is what nearly all of them do.
  /// It stops when a level raises the modularity by at most `threshold`, returning that level's
  /// partition. Digraphs use the directed (Leicht–Newman) gain. Apart from the pruning (networkx
  /// looks at every vertex in every sweep) these are the semantics of networkx
  /// `community.louvain_communities(G, weight, resolution, threshold, seed)`; the random stream
  /// differs from Python's, so partitions for a given seed differ from networkx's, not in quality.
  ///
  /// Parallel edges count with their summed weight; self-loops add to strengths (and to the
  /// internal weight of their community). A graph without edges gives singletons, modularity 0.
  /// As a safety net a level stops after 10 000 sweeps even if vertices still move.
  ///
  /// A heuristic: the result is a lower bound on the maximum modularity (which is NP-hard to find).
  /// Cost: O(n + m) for the first sweep of a level, then O(n) plus the degrees of the vertices
  /// looked at per sweep (a few full sweeps' worth per level in practice), and O(log n) levels;
  /// O(n + m) memory.
  ///
  /// - Parameters:
  ///   - weighted: use edge weights as strengths (1 each when false or when the graph has none).
  ///   - resolution: γ of the modularity (larger → smaller communities).
  ///   - threshold: minimum modularity gain of a level to go on to the next.
  ///   - seed: the random seed; the same seed gives the same result.
  /// - Throws: `GraphError.negativeWeight` if `weighted` and a weight is negative.
  public func louvain(
    weighted: Bool, resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64
  )
    throws(GraphError) -> LouvainResult
  {
    if weighted, let w = edgeWeights {
      for (e, x) in w.enumerated() where x < 0 { throw .negativeWeight(edge: e, value: x) }
    }
    let n = vertexCount
    var assignment = (0..<n).map { Int32(truncatingIfNeeded: $0) }
    var m = 0.0
    for e in 0..<edgeCount { m += weighted ? weight(ofEdge: e) : 1 }
    guard m > 0 else {
      let singletons = VertexPartition(renumbering: assignment, labelBound: n)
      return LouvainResult(partition: singletons, modularity: 0, levels: 0, seed: seed)
    }
    var random = SplitMix64(seed: seed)
    var level = LouvainLevel(graph: self, weighted: weighted, order: Self.visitingOrder(n, &random))
    var current = level.modularity(totalWeight: m, resolution: resolution, directed: isDirected)
    var levels = 0
    while true {
      let (community, atPosition, count, moved) = Self.louvainMoves(
        level, totalWeight: m, resolution: resolution, directed: isDirected)
      guard moved else { break }
      for v in 0..<n { assignment[v] = community[Int(assignment[v])] }
      levels += 1
      // The level's partition, as vertices of the next level: its modularity comes with it.
      let up = level.aggregated(
        by: atPosition, count: count, order: Self.visitingOrder(count, &random))
      let next = up.modularity(totalWeight: m, resolution: resolution, directed: isDirected)
      if next - current <= threshold { break }
      current = next
      level = up
    }
    let partition = VertexPartition(renumbering: assignment, labelBound: n)
    let q = try modularity(of: partition, weighted: weighted, resolution: resolution)
    return LouvainResult(partition: partition, modularity: q, levels: levels, seed: seed)
  }

  /// The best of several seeded Louvain runs (highest modularity; the earliest seed on ties), run in
  /// parallel. The answer does not depend on the number of threads: each run is deterministic and
  /// the runs are compared in seed order.
  ///
  /// Cost: the sum of the runs, spread over `threads` cores; memory O(n + m) per concurrent run.
  ///
  /// - Parameter threads: how many runs at once (nil: all active processors).
  /// - Throws: `GraphError.undefined` if `seeds` is empty, and whatever `louvain` throws.
  public func bestLouvain(
    weighted: Bool, resolution: Double = 1, threshold: Double = 1e-7, seeds: [UInt64],
    threads: Int? = nil
  ) throws(GraphError) -> LouvainResult {
    guard !seeds.isEmpty else { throw .undefined("bestLouvain needs at least one seed") }
    let graph = self
    var best: LouvainResult?
    var failure: GraphError?
    ParallelChunks.run(
      count: seeds.count, threads: threads,
      work: { range -> [Result<LouvainResult, GraphError>] in
        range.map { i in
          Result { () throws(GraphError) -> LouvainResult in
            try graph.louvain(
              weighted: weighted, resolution: resolution, threshold: threshold, seed: seeds[i])
          }
        }
      },
      combine: { _, results in
        for r in results {
          switch r {
          case .success(let run):
            if best.map({ run.modularity > $0.modularity }) ?? true { best = run }
          case .failure(let error):
            if failure == nil { failure = error }
          }
        }
      })
    if let failure { throw failure }
    guard let best else { throw .undefined("bestLouvain needs at least one seed") }
    return best
  }

  /// A level's visiting order: a seeded shuffle of `0..<count`.
  private static func visitingOrder(_ count: Int, _ random: inout SplitMix64) -> [Int] {
    var order = Array(0..<count)
    random.shuffle(&order)
    return order
  }

  /// One level's local moving phase, visiting the level's vertices in their stored order. Returns
  /// the community of each vertex of the level's own numbering and of each position, numbered
  /// `0..<count` by first vertex of the level's own numbering, and whether any vertex moved.
  private static func louvainMoves(
    _ level: borrowing LouvainLevel, totalWeight m: Double, resolution gamma: Double, directed: Bool
  ) -> (community: [Int32], atPosition: [Int32], count: Int, moved: Bool) {
    let n = level.vertexCount
    // The level's arrays, read-only; they live as long as the borrowed level.
    let offsets = level.offsets.base
    let neighbors = level.neighbors.base
    let weights = level.weights.base
    let outStrength = level.outStrength.base
    let inStrength = level.inStrength.base
    // Communities are named by positions while moving.
    let community = ScratchBuffer<Int32>(uninitializedCount: n)
    for u in 0..<n { community[u] = Int32(truncatingIfNeeded: u) }
    // Per community c, side by side so that one cache line serves both: `state[2c]` the weight from
    // the current vertex to c (−1: not a neighbour yet; weights are ≥ 0, so no live entry is
    // negative) and `state[2c + 1]` the total out-strength of c (the strength when undirected).
    let state = ScratchBuffer<Double>(repeating: -1, count: 2 * n)
    for c in 0..<n { state[2 * c + 1] = outStrength[c] }
    let totalIn = ScratchBuffer(copying: inStrength)
    // Neighbouring communities in order of first appearance, and the communities of u's neighbours.
    let touched = ScratchBuffer<Int32>(uninitializedCount: n)
    var maxDegree = 0
    for u in 0..<n { maxDegree = max(maxDegree, offsets[u + 1] - offsets[u]) }
    let around = ScratchBuffer<Int32>(uninitializedCount: maxDegree)
    // Whether a vertex is to be looked at in the sweep: at first all; then those a neighbour of which
    // has moved to another community than theirs since they were last looked at.
    let stale = ScratchBuffer<Bool>(repeating: true, count: n)
    let unit = level.unitWeights
    let mm = m * m
    var moved = false
    var sweeps = 0
    var moves = 1
    while moves > 0 && sweeps < 10_000 {
      moves = 0
      sweeps += 1
      for u in 0..<n {
        let first = offsets[u]
        let degree = offsets[u + 1] - first
        // A vertex without neighbours never moves and no vertex ever joins it (its community's
        // strength is its own, so taking it out and putting it back is exact).
        if degree == 0 || !stale[u] { continue }
        stale[u] = false
        // The neighbours' communities first: independent loads the processor overlaps, rather than
        // a miss on a community and then on its weight, neighbour after neighbour.
        for k in 0..<degree {
          around[k] = community[Int(neighbors[first + k])]
        }
        var count = 0
        // Without branches: whether a community is new to u is data (a mispredicted branch per
        // neighbour costs more than the extra store).
        if unit {
          for k in 0..<degree {
            let c = Int(around[k])
            let link = state[2 * c]
            let fresh = link < 0
            state[2 * c] = (fresh ? 0 : link) + 1
            touched[count] = around[k]
            count += fresh ? 1 : 0
          }
        } else {
          for k in 0..<degree {
            let c = Int(around[k])
            let link = state[2 * c]
            let fresh = link < 0
            state[2 * c] = (fresh ? 0 : link) + weights[first + k]
            touched[count] = around[k]
            count += fresh ? 1 : 0
          }
        }
        let own = Int(community[u])
        let kOut = outStrength[u]
        let kIn = directed ? inStrength[u] : 0
        state[2 * own + 1] -= kOut
        if directed { totalIn[own] -= kIn }
        // gamma × (expected weight between u and a community under the null model) / m.
        let ownLink = max(0, state[2 * own])
        let ownOut = state[2 * own + 1]
        let ownExpected =
          directed
          ? (kOut * totalIn[own] + kIn * ownOut) / mm
          : ownOut * kOut / (2 * mm)
        let removeCost = -ownLink / m + gamma * ownExpected
        var best = own
        var bestGain = 0.0
        for k in 0..<count {
          let c = Int(touched[k])
          let out = state[2 * c + 1]
          let expected =
            directed
            ? (kOut * totalIn[c] + kIn * out) / mm : out * kOut / (2 * mm)
          let gain = removeCost + state[2 * c] / m - gamma * expected
          if gain > bestGain {
            bestGain = gain
            best = c
          }
          state[2 * c] = -1
        }
        state[2 * best + 1] += kOut
        if directed { totalIn[best] += kIn }
        if best != own {
          community[u] = Int32(truncatingIfNeeded: best)
          moves += 1
          moved = true
          for k in 0..<degree where Int(around[k]) != best {
            stale[Int(neighbors[first + k])] = true
          }
        }
      }
    }
    // Renumbered by first vertex of the level's own numbering.
    var ownLabel = [Int32](repeating: 0, count: n)
    for v in 0..<n { ownLabel[v] = community[Int(level.position[v])] }
    let renumbered = VertexPartition(renumbering: ownLabel, labelBound: n)
    let atPosition = level.order.map { renumbered.labels[Int($0)] }
    return (renumbered.labels, atPosition, renumbered.count, moved)
  }
}
