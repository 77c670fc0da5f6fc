/// The outcome of a PageRank run: the scores and how many iterations it took.
public struct PageRankResult: Sendable, Equatable {
  /// PageRank of each vertex; the vector sums to 1.
  public let scores: [Double]
  /// Power iterations done (each one sweep over the arcs).
  public let iterations: Int
}

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
  /// See `pageRankResult(alpha:personalization:weighted:tolerance:maxIterations:threads:progress:)`
  /// for the kernel, threads and progress.
  ///
  /// Cost: O((n + m) · iterations) time, O(n) memory beyond the graph (an unweighted run on a
  /// digraph of more than 2^17 vertices: O(n + m), 4 bytes per arc for the blocked sweep); iterations are at most
  /// log(tolerance)/log(α) (about 185 for α = 0.85), usually far fewer. Matches networkx
  /// `pagerank(alpha, personalization, weight)` and igraph `personalized_pagerank` (PRPACK).
  ///
  /// - Throws: `GraphError.lengthMismatch` if `personalization` does not have one entry per vertex,
  ///   `GraphError.undefined` for α outside [0, 1] or a personalisation that is negative, not finite
  ///   or all zero, `GraphError.negativeWeight` for a negative weight, `GraphError.notConverged`.
  public func pageRank(
    alpha: Double = 0.85, personalization: [Double]? = nil, weighted: Bool = true,
    tolerance: Double = 1e-13, maxIterations: Int = 10_000, threads: Int? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> [Double] {
    try pageRankResult(
      alpha: alpha, personalization: personalization, weighted: weighted, tolerance: tolerance,
      maxIterations: maxIterations, threads: threads, progress: progress
    ).scores
  }

  /// PageRank with its iteration count; the definition, stopping rule and errors are those of
  /// `pageRank(alpha:personalization:weighted:tolerance:maxIterations:threads:progress:)`.
  ///
  /// Kernel: each iteration is one sweep that pulls, for every vertex, the scaled scores
  /// `x[u] / strength(u)` of its in-neighbours over the reverse CSR (times the arc weights, which a
  /// weighted digraph first gathers into in-slot order: 8 bytes per arc for the run) and, in the
  /// same sweep, the L1 change and the dangling mass of the next iteration. In an unweighted run on
  /// a digraph of more than 2^17 vertices the in-slots are first regrouped by blocks of 2^17 tails,
  /// so that each pass of a sweep reads a cache-sized part of the scaled scores (cache blocking),
  /// with the same sums in the same order (`PageRankBlocks`; Nishtala et al. 2007). Sweeps are cut
  /// into fixed vertex chunks of about equal work, whatever the thread count; each chunk's partial
  /// sums are added in chunk order, so the scores are bit-identical for any `threads`.
  ///
  /// - Parameters:
  ///   - threads: how many threads share a sweep (nil: all active processors; small graphs use one).
  ///   - progress: called after each iteration with (iterations done, estimated total), the total
  ///     extrapolated from the observed rate of convergence.
  public func pageRankResult(
    alpha: Double = 0.85, personalization: [Double]? = nil, weighted: Bool = true,
    tolerance: Double = 1e-13, maxIterations: Int = 10_000, threads: Int? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> PageRankResult {
    let n = vertexCount
    if n == 0 { return PageRankResult(scores: [], iterations: 0) }
    guard alpha >= 0, alpha <= 1 else { throw .undefined("PageRank damping α must be in [0, 1], got \(alpha)") }
    let teleport = try Self.teleportVector(personalization, n: n)
    let useWeights = weighted && edgeWeights != nil
    if useWeights, let w = edgeWeights {
      for (e, x) in w.enumerated() where x < 0 { throw .negativeWeight(edge: e, value: x) }
    }
    let kernel = PageRankKernel(graph: self, weighted: useWeights, threads: threads ?? ParallelChunks.defaultThreads)
    return try kernel.solve(
      alpha: alpha, teleport: teleport, tolerance: tolerance, maxIterations: maxIterations, progress: progress)
  }

  /// The personalisation normalised to sum 1, or nil for the uniform vector.
  private static func teleportVector(_ personalization: [Double]?, n: Int) throws(GraphError) -> [Double]? {
    guard let p = personalization else { return nil }
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
