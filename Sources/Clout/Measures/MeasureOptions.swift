/// How `Measure.compute(on:options:progress:)` runs: on how many threads, and whether betweenness
/// is computed exactly or estimated from sampled sources.
public struct MeasureOptions: Sendable, Equatable {
  /// Threads for parallel measures (nil: all active processors). Results do not depend on it.
  public var threads: Int?
  /// Estimate betweenness from this many sources drawn uniformly at random (Brandes & Pich 2007);
  /// nil computes it exactly. See `CSRGraph.sampledBetweenness(pivots:seed:weighted:normalized:threads:includeEdges:progress:)`.
  public var betweennessPivots: Int?
  /// Seed of the source sample: the same seed gives the same estimate.
  public var seed: UInt64
  /// The chain rules of `reach` (hop limit, time order).
  public var chainRules: ChainRules

  public init(
    threads: Int? = nil, betweennessPivots: Int? = nil, seed: UInt64 = 42, chainRules: ChainRules = ChainRules()
  ) {
    self.threads = threads
    self.betweennessPivots = betweennessPivots
    self.seed = seed
    self.chainRules = chainRules
  }

  /// The additive error every normalised betweenness estimate stays within, all vertices at once,
  /// with probability at least 1 − `failureProbability`, on a graph of `vertexCount` vertices; nil
  /// when betweenness is exact (no pivots, or at least as many pivots as vertices).
  public func betweennessErrorBound(vertexCount: Int, failureProbability: Double = 0.05) -> Double? {
    guard let pivots = betweennessPivots, pivots < vertexCount else { return nil }
    return CSRGraph.sampledBetweennessErrorBound(
      vertexCount: vertexCount, pivots: pivots, failureProbability: failureProbability)
  }
}
