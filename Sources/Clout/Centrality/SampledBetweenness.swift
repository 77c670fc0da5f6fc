extension CSRGraph {
  /// Betweenness estimated from `pivots` randomly chosen sources (Brandes & Pich 2007).
  ///
  /// Runs Brandes' single-source dependency accumulation from `pivots` distinct sources drawn
  /// uniformly without replacement (a seeded SplitMix64 generator, so a seed always gives the same
  /// pivots and, as in the exact version, bit-identical results for any thread count), and scales
  /// the sums by n/pivots before the usual raw or normalised scaling of
  /// `betweennessScores(weighted:normalized:threads:progress:)`.
  ///
  /// Error behaviour: the estimate is unbiased for every vertex and edge; its standard deviation
  /// shrinks like 1/√pivots. It is accurate for high-betweenness vertices (those that matter for
  /// ranking) and noisy, in relative terms, for low ones, which may come out 0 if no pivot's shortest
  /// paths pass through them. With `pivots ≥ n` every vertex is a source and the result is exact.
  /// Unlike networkx (whose `k` option skips the n/k factor for unnormalised directed betweenness),
  /// the factor is always applied, so raw estimates are on the same scale as raw exact values.
  ///
  /// Cost: O(pivots·m) unweighted, O(pivots·m·log m) weighted. Matches networkx
  /// `betweenness_centrality(k=…)` in expectation.
  ///
  /// - Throws: `GraphError.undefined` if `pivots < 1`; `GraphError.negativeWeight` for a negative length.
  public func sampledBetweenness(
    pivots: Int, seed: UInt64, weighted: Bool = true, normalized: Bool = true, threads: Int? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> BetweennessScores {
    guard pivots >= 1 else { throw .undefined("sampled betweenness needs at least one pivot, got \(pivots)") }
    let lengths = try pathLengths(weighted: weighted)
    let n = vertexCount
    let k = min(pivots, n)
    var pool = Array(0..<n)
    var generator = PivotGenerator(seed: seed)
    for i in 0..<k {
      let j = i + generator.below(n - i)
      pool.swapAt(i, j)
    }
    let sources = Array(pool.prefix(k))
    let sums = brandesSums(sources: sources, lengths: lengths, threads: threads, progress: progress)
    return scaledBetweenness(sums, normalized: normalized, sampleFactor: k == 0 ? 1 : Double(n) / Double(k))
  }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator for choosing pivots.
private struct PivotGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in 0..<bound (bound ≥ 1), by rejection, without modulo bias.
  mutating func below(_ bound: Int) -> Int {
    let b = UInt64(bound)
    let limit = UInt64.max - UInt64.max % b
    while true {
      let x = next()
      if x < limit { return Int(x % b) }
    }
  }
}
