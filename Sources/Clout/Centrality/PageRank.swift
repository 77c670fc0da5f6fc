extension CSRGraph {
  /// PageRank: the stationary distribution of a random surfer who follows an out-arc with
  /// probability α and teleports otherwise.
  ///
  /// Definition: the transition u→v has probability `A[u][v] / Σ_w A[u][w]` (weights are strengths;
  /// parallel arcs add up; each undirected edge acts as two arcs; a self-loop is an ordinary
  /// out-link, an undirected one counted once). Teleports land on the personalisation vector p
  /// (normalised to sum 1; uniform when nil). Dangling vertices (no out-arcs, or out-strength 0)
  /// jump to p as well — uniform without personalisation (networkx `dangling=None`). The vector
  /// sums to 1.
  ///
  /// Method: power iteration from the uniform vector until the L1 change is at most
  /// `tolerance · ‖x‖₁` (1e-13 by default: networkx's `tol=1e-12` stops up to n·1e-12 away).
  ///
  /// Cost: O((n + m) · iterations), iterations ≈ log(tolerance)/log(α) (about 185 for α = 0.85).
  /// Matches networkx `pagerank(alpha, personalization, weight)` and igraph `personalized_pagerank`
  /// (PRPACK).
  ///
  /// - Throws: `GraphError.lengthMismatch` if `personalization` does not have one entry per vertex,
  ///   `GraphError.undefined` for α outside [0, 1] or a personalisation that is negative, not finite
  ///   or all zero, `GraphError.negativeWeight` for a negative weight, `GraphError.notConverged`.
  public func pageRank(
    alpha: Double = 0.85, personalization: [Double]? = nil, weighted: Bool = true,
    tolerance: Double = 1e-13, maxIterations: Int = 10_000
  ) throws(GraphError) -> [Double] {
    let n = vertexCount
    if n == 0 { return [] }
    guard alpha >= 0, alpha <= 1 else { throw .undefined("PageRank damping α must be in [0, 1], got \(alpha)") }
    let teleport = try Self.teleportVector(personalization, n: n)
    let matrix = try StrengthMatrix(self, transposed: true, weighted: weighted, allowNegative: false)
    var outStrength = [Double](repeating: 0, count: n)
    for e in 0..<edgeCount {
      let s = Int(edgeSources[e])
      let t = Int(edgeTargets[e])
      let w = weighted ? weight(ofEdge: e) : 1
      outStrength[s] += w
      if !isDirected, s != t { outStrength[t] += w }
    }
    let inverseStrength = outStrength.map { $0 > 0 ? 1 / $0 : 0 }
    let dangling = (0..<n).filter { outStrength[$0] == 0 }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var y = [Double](repeating: 0, count: n)
    var scaled = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
      for u in 0..<n { scaled[u] = x[u] * inverseStrength[u] }
      matrix.gather(scaled, into: &y)
      var danglingMass = 0.0
      for u in dangling { danglingMass += x[u] }
      danglingMass *= alpha
      for v in 0..<n { y[v] = alpha * y[v] + danglingMass * teleport[v] + (1 - alpha) * teleport[v] }
      let change = IterationMath.l1Distance(x, y)
      swap(&x, &y)
      if change <= tolerance * IterationMath.l1Norm(x) { return x }
    }
    throw .notConverged(algorithm: "PageRank", iterations: maxIterations)
  }

  /// The personalisation normalised to sum 1, or the uniform vector.
  private static func teleportVector(_ personalization: [Double]?, n: Int) throws(GraphError) -> [Double] {
    guard let p = personalization else { return [Double](repeating: 1 / Double(n), count: n) }
    guard p.count == n else { throw .lengthMismatch }
    var sum = 0.0
    for (v, x) in p.enumerated() {
      guard x.isFinite, x >= 0 else {
        throw .undefined("PageRank personalisation of vertex \(v) is \(x); it must be a finite number ≥ 0")
      }
      sum += x
    }
    guard sum > 0 else { throw .undefined("PageRank personalisation is all zero; give some vertex a positive weight") }
    return p.map { $0 / sum }
  }
}
