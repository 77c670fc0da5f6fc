extension CSRGraph {
  /// Katz centrality: the solution of `x = α·Aᵀx + β·1`, i.e. `x_v = α Σ_{u→v} A[u][v] x_u + β`.
  ///
  /// A vertex gains β for itself plus α times the centrality of every vertex pointing to it
  /// (IN-edges), so it counts walks ending at v with weight α^length. Weights are strengths (parallel
  /// arcs add up, an undirected self-loop counts once, negative weights are allowed). The series
  /// converges only when α < 1/ρ(A) (ρ the spectral radius); choose α below that.
  ///
  /// Method: the iteration x ← α·Aᵀx + β from x = 0 until the L1 change is at most
  /// `tolerance · ‖x‖₁`. With `normalized` the result is scaled to Euclidean norm 1 (networkx
  /// default); otherwise it is the raw solution.
  ///
  /// Cost: O((n + m) · iterations), iterations ≈ log(tolerance)/log(α·ρ).
  /// Matches networkx `katz_centrality(alpha, beta, normalized)`; equals the direct solve of
  /// `(I − αAᵀ)x = β1`.
  ///
  /// - Throws: `GraphError.notConverged` when the iteration does not settle within `maxIterations`
  ///   or overflows (α ≥ 1/ρ).
  public func katzCentrality(
    alpha: Double = 0.1, beta: Double = 1, weighted: Bool = true, normalized: Bool = true,
    tolerance: Double = 1e-13, maxIterations: Int = 10_000
  ) throws(GraphError) -> [Double] {
    let n = vertexCount
    if n == 0 { return [] }
    let matrix = try StrengthMatrix(self, transposed: true, weighted: weighted, allowNegative: true)
    var x = [Double](repeating: 0, count: n)
    var y = [Double](repeating: 0, count: n)
    var converged = false
    for _ in 0..<maxIterations {
      matrix.gather(x, into: &y)
      for i in 0..<n { y[i] = alpha * y[i] + beta }
      let change = IterationMath.l1Distance(x, y)
      swap(&x, &y)
      guard change.isFinite else { break }
      if change <= tolerance * IterationMath.l1Norm(x) {
        converged = true
        break
      }
    }
    guard converged else { throw .notConverged(algorithm: "Katz centrality", iterations: maxIterations) }
    if normalized {
      let norm = IterationMath.l2Norm(x)
      if norm > 0 { for i in 0..<n { x[i] /= norm } }
    }
    return x
  }
}
