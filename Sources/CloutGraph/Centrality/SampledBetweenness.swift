import Foundation

extension CSRGraph {
  /// Betweenness estimated from `pivots` randomly chosen sources (Brandes & Pich 2007).
  ///
  /// Runs Brandes' single-source dependency accumulation from `pivots` distinct sources drawn
  /// uniformly without replacement (a seeded SplitMix64 generator, so a seed always gives the same
  /// pivots and, as in the exact version, bit-identical results for any thread count), and scales
  /// the sums by n/pivots before the usual raw or normalised scaling of
  /// `betweennessScores(weighted:normalized:threads:progress:)`.
  ///
  /// Error bound: the estimate is unbiased for every vertex and edge. Each source's dependency
  /// δ_s(v) lies in [0, n − 2], so by Hoeffding's inequality (which holds for sampling without
  /// replacement, Hoeffding 1963 §6) the normalised estimate of one vertex is within
  /// ε = n/(n − 1) · √(ln(2/δ) / (2k)) of the exact normalised value with probability at least 1 − δ,
  /// for k = pivots; with the union bound, every vertex at once within √(ln(2n/δ) / (2k)) · n/(n − 1)
  /// (`sampledBetweennessErrorBound(vertexCount:pivots:failureProbability:)`). For the raw values
  /// multiply ε by (n − 1)(n − 2) (halved when undirected). The bound is additive: accurate for the
  /// high-betweenness vertices that matter for ranking, loose in relative terms for low ones, which
  /// may come out 0 if no pivot's shortest paths pass through them. With `pivots ≥ n` every vertex
  /// is a source and the result is exact. Unlike networkx (whose `k` option skips the n/k factor
  /// for unnormalised directed betweenness), the factor is always applied, so raw estimates are on
  /// the same scale as raw exact values.
  ///
  /// Cost: O(pivots·m) unweighted, O(pivots·m·log m) weighted. Matches networkx
  /// `betweenness_centrality(k=…)` in expectation; igraph `betweenness(sources=…)` and NetworKit
  /// `EstimateBetweenness` do the same work.
  ///
  /// - Parameter includeEdges: also estimate edge betweenness; false leaves `edges` empty and saves
  ///   8 bytes per edge per thread and the time to add them up.
  /// - Throws: `GraphError.undefined` if `pivots < 1`; `GraphError.negativeWeight` for a negative length.
  public func sampledBetweenness(
    pivots: Int, seed: UInt64, weighted: Bool = true, normalized: Bool = true, threads: Int? = nil,
    includeEdges: Bool = true, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> BetweennessScores {
    guard pivots >= 1 else { throw .undefined("sampled betweenness needs at least one pivot, got \(pivots)") }
    let lengths = try pathLengths(weighted: weighted)
    let n = vertexCount
    let k = min(pivots, n)
    var pool = Array(0..<n)
    var generator = SplitMix64(seed: seed)
    for i in 0..<k {
      let j = i + Int(generator.below(UInt64(n - i)))
      pool.swapAt(i, j)
    }
    let sources = Array(pool.prefix(k))
    let sums = brandesSums(
      sources: sources, lengths: lengths, threads: threads, progress: progress, edges: includeEdges)
    return scaledBetweenness(sums, normalized: normalized, sampleFactor: k == 0 ? 1 : Double(n) / Double(k))
  }
}

extension CSRGraph {
  /// The additive error that sampled betweenness stays within, for every vertex at once, with
  /// probability at least 1 − `failureProbability`, on the normalised scale (divide raw values by
  /// (n − 1)(n − 2)): `n/(n − 1) · √(ln(2n/δ) / (2k))` for k pivots (Hoeffding's inequality for
  /// each vertex's mean of k dependencies in [0, n − 2], then the union bound over n vertices).
  /// 0 when `pivots ≥ n` (the computation is exact). See
  /// `sampledBetweenness(pivots:seed:weighted:normalized:threads:includeEdges:progress:)`.
  public static func sampledBetweennessErrorBound(vertexCount n: Int, pivots k: Int, failureProbability δ: Double)
    -> Double
  {
    guard n > 2, k >= 1, k < n, δ > 0, δ < 1 else { return k >= n ? 0 : .infinity }
    let nd = Double(n)
    return nd / (nd - 1) * (log(2 * nd / δ) / (2 * Double(k))).squareRoot()
  }
}
