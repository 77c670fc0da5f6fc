extension CSRGraph {
  /// Eigenvector centrality: the principal eigenvector of Aᵀ, scaled to Euclidean norm 1.
  ///
  /// Definition: `x_v ∝ Σ_{u→v} A[u][v] · x_u` — a vertex is central when central vertices point
  /// to it (IN-edges, the left eigenvector of A); entries ≥ 0. Weights are strengths; parallel arcs
  /// add up; an undirected self-loop counts once (see `StrengthMatrix`). Vertices not reachable from
  /// the dominant strongly connected component get 0.
  ///
  /// Method: power iteration on Aᵀ + I (the shift keeps bipartite graphs from oscillating and does
  /// not change the eigenvector), normalised each step, until the L1 change is at most
  /// `tolerance · ‖x‖₁`. It runs twice, from the uniform vector and from a ramp; if the two limits
  /// differ, the leading eigenvalue is shared by separate parts of the graph (for example two
  /// disconnected triangles) and the eigenvector is not unique.
  ///
  /// Cost: O((n + m) · iterations), twice; iterations grow as the spectral gap shrinks.
  /// Matches networkx `eigenvector_centrality` (which also iterates with A + I) and igraph
  /// `eigenvector_centrality` after rescaling from max = 1 to norm 1.
  ///
  /// - Throws: `GraphError.undefined` when the eigenvector is not unique (including graphs without
  ///   edges), `GraphError.notConverged` when `maxIterations` is reached (for example when two
  ///   strongly connected parts with the same leading eigenvalue feed one into the other, where power
  ///   iteration converges only like 1/k), `GraphError.negativeWeight` for a negative weight.
  public func eigenvectorCentrality(
    weighted: Bool = true, tolerance: Double = 1e-13, maxIterations: Int = 10_000
  ) throws(GraphError) -> [Double] {
    let n = vertexCount
    if n == 0 { return [] }
    let matrix = try StrengthMatrix(self, transposed: true, weighted: weighted, allowNegative: false)
    return try IterationMath.limitFromTwoStarts(
      n: n,
      notUnique: "eigenvector centrality is not unique: the leading eigenvalue is shared by separate parts of the graph"
    ) { start throws(GraphError) in
      try Self.shiftedPowerIteration(matrix, start: start, tolerance: tolerance, maxIterations: maxIterations)
    }
  }

  /// Power iteration x ← (M + I)x / ‖(M + I)x‖₂ from `start` until the relative L1 change is small.
  private static func shiftedPowerIteration(
    _ matrix: StrengthMatrix, start: [Double], tolerance: Double, maxIterations: Int
  ) throws(GraphError) -> [Double] {
    let n = matrix.vertexCount
    var x = start
    let norm0 = IterationMath.l2Norm(x)
    for i in 0..<n { x[i] /= norm0 }
    var y = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
      matrix.gather(x, into: &y)
      for i in 0..<n { y[i] += x[i] }
      let norm = IterationMath.l2Norm(y)
      guard norm > 0, norm.isFinite else { throw .undefined("eigenvector centrality: the iteration vanished") }
      for i in 0..<n { y[i] /= norm }
      let change = IterationMath.l1Distance(x, y)
      swap(&x, &y)
      if change <= tolerance * IterationMath.l1Norm(x) { return x }
    }
    throw .notConverged(algorithm: "eigenvector centrality", iterations: maxIterations)
  }
}
