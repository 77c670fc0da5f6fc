/// Hub and authority scores of HITS, each summing to 1.
public struct HITSScores: Sendable, Equatable {
  /// Hub score of each vertex: how much it points to good authorities.
  public let hubs: [Double]
  /// Authority score of each vertex: how much good hubs point to it.
  public let authorities: [Double]

  /// Scores as given.
  public init(hubs: [Double], authorities: [Double]) {
    self.hubs = hubs
    self.authorities = authorities
  }
}

extension CSRGraph {
  /// HITS hubs and authorities (Kleinberg 1999).
  ///
  /// Definition: the authority vector `a` is the principal eigenvector of AᵀA and the hub vector is
  /// `h = A·a`, each scaled to sum 1. Weights are strengths (parallel arcs add up, an undirected
  /// self-loop counts once). For an undirected non-bipartite graph hubs = authorities =
  /// eigenvector centrality / its sum.
  ///
  /// Method: power iteration a ← AᵀA·a / Σ until the L1 change is at most `tolerance · ‖a‖₁`, run
  /// from the uniform vector and from a ramp; if the two limits differ, the leading singular value
  /// is not simple (for example on any bipartite undirected graph, or two disconnected stars) and
  /// the scores are not unique.
  ///
  /// Cost: O((n + m) · iterations), twice. Matches networkx `hits` (which reads a `weight`
  /// attribute when present) and igraph `hub_score`/`authority_score` after rescaling to sum 1.
  ///
  /// - Throws: `GraphError.undefined` when the scores are not unique or the graph has no edge of
  ///   positive weight, `GraphError.notConverged`, `GraphError.negativeWeight`.
  public func hits(
    weighted: Bool = true, tolerance: Double = 1e-13, maxIterations: Int = 10_000
  ) throws(GraphError) -> HITSScores {
    let n = vertexCount
    if n == 0 { return HITSScores(hubs: [], authorities: []) }
    let forward = try StrengthMatrix(self, transposed: false, weighted: weighted, allowNegative: false)
    let backward = try StrengthMatrix(self, transposed: true, weighted: weighted, allowNegative: false)
    let authorities = try IterationMath.limitFromTwoStarts(
      n: n, notUnique: "HITS is not unique: the leading singular value of the adjacency matrix is degenerate"
    ) { start throws(GraphError) in
      try Self.authorityIteration(forward, backward, start: start, tolerance: tolerance, maxIterations: maxIterations)
    }
    var hubs = [Double](repeating: 0, count: n)
    forward.gather(authorities, into: &hubs)
    let sum = IterationMath.l1Norm(hubs)
    for i in 0..<n { hubs[i] /= sum }
    return HITSScores(hubs: hubs, authorities: authorities)
  }

  /// Power iteration a ← Aᵀ(A a), scaled to sum 1, from `start`.
  private static func authorityIteration(
    _ forward: StrengthMatrix, _ backward: StrengthMatrix, start: [Double], tolerance: Double, maxIterations: Int
  ) throws(GraphError) -> [Double] {
    let n = forward.vertexCount
    var a = start
    let sum0 = IterationMath.l1Norm(a)
    for i in 0..<n { a[i] /= sum0 }
    var h = [Double](repeating: 0, count: n)
    var next = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
      forward.gather(a, into: &h)
      backward.gather(h, into: &next)
      let sum = IterationMath.l1Norm(next)
      guard sum > 0, sum.isFinite else {
        throw .undefined("HITS is undefined on a graph without edges of positive weight")
      }
      for i in 0..<n { next[i] /= sum }
      let change = IterationMath.l1Distance(a, next)
      swap(&a, &next)
      if change <= tolerance { return a }
    }
    throw .notConverged(algorithm: "HITS", iterations: maxIterations)
  }
}
