extension CSRGraph {
  /// Closeness centrality with the Wasserman–Faust correction for graphs that are not connected.
  ///
  /// Definition: `C(u) = ((r−1)/(n−1)) · ((r−1)/Σ_v d(v,u))`, where the sum runs over the r−1
  /// vertices v ≠ u that reach u, and `C(u) = 0` when nothing reaches u (or all of those distances
  /// are 0). Directed graphs use INCOMING distances d(v→u). Weighted: weights are lengths.
  /// Parallel edges: only the shortest counts; self-loops never matter.
  ///
  /// Cost: one search per vertex, O(n·m) unweighted or O(n·m·log m) weighted, on all cores
  /// (results are independent per vertex, so identical for any thread count).
  /// Matches networkx `closeness_centrality(wf_improved=True, distance=…)`; igraph
  /// `closeness(mode="in", normalized=True)` equals it times (r−1)/(n−1) on connected parts.
  ///
  /// - Throws: `GraphError.negativeWeight` for a negative length.
  public func closeness(weighted: Bool = true, threads: Int? = nil) throws(GraphError) -> [Double] {
    try incomingDistanceSums(weighted: weighted, threads: threads).closeness
  }

  /// Harmonic centrality: `H(u) = Σ_{v≠u, v reaches u} 1/d(v,u)`, not normalised.
  ///
  /// Directed graphs use INCOMING distances, weighted graphs use weights as lengths; pairs at
  /// distance 0 are skipped (as networkx does). Cost as for `closeness(weighted:threads:)`.
  /// Matches networkx `harmonic_centrality(distance=…)` and igraph `harmonic_centrality(mode="in")`.
  ///
  /// - Throws: `GraphError.negativeWeight` for a negative length.
  public func harmonic(weighted: Bool = true, threads: Int? = nil) throws(GraphError) -> [Double] {
    try incomingDistanceSums(weighted: weighted, threads: threads).harmonic
  }

  /// Closeness and harmonic centrality from one search per vertex along reversed arcs.
  func incomingDistanceSums(
    weighted: Bool, threads: Int?
  ) throws(GraphError) -> (closeness: [Double], harmonic: [Double]) {
    let lengths = try pathLengths(weighted: weighted)
    let n = vertexCount
    var closeness = [Double](repeating: 0, count: n)
    var harmonic = [Double](repeating: 0, count: n)
    let graph = self
    ParallelChunks.run(
      count: n, threads: threads,
      work: { range in
        var values: [(Double, Double)] = []
        values.reserveCapacity(range.count)
        if lengths == nil {
          // Hop counts: the flat breadth-first workspace; sums in visiting order, as below.
          let search = BreadthFirstWorkspace(graph: graph, incoming: true)
          for u in range {
            search.run(from: u)
            var total = 0.0
            var inverse = 0.0
            for i in 0..<search.reachedCount {
              let d = Double(search.level[Int(search.order[i])])
              total += d
              if d > 0 { inverse += 1 / d }
            }
            values.append((Self.closeness(reached: search.reachedCount - 1, total: total, n: n), inverse))
          }
          return values
        }
        let search = ShortestPathSearch(graph: graph, lengths: lengths, reverse: true, trackPaths: false)
        for u in range {
          search.run(from: u)
          var total = 0.0
          var inverse = 0.0
          for v in search.reached {
            let d = search.distance[Int(v)]
            total += d
            if d > 0 { inverse += 1 / d }
          }
          values.append((Self.closeness(reached: search.reachedCount - 1, total: total, n: n), inverse))
        }
        return values
      },
      combine: { range, values in
        for (i, u) in range.enumerated() {
          closeness[u] = values[i].0
          harmonic[u] = values[i].1
        }
      })
    return (closeness, harmonic)
  }

  /// Wasserman–Faust closeness from the number of other vertices that reach u and their total
  /// distance.
  private static func closeness(reached: Int, total: Double, n: Int) -> Double {
    guard total > 0, n > 1 else { return 0 }
    let r = Double(reached)
    return (r / total) * (r / Double(n - 1))
  }
}
