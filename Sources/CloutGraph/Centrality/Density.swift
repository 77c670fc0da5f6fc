extension CSRGraph {
  /// The number of self-loops (edges from a vertex to itself). O(m). networkx `number_of_selfloops`.
  public var selfLoopCount: Int {
    var c = 0
    for e in 0..<edgeCount where edgeSources[e] == edgeTargets[e] { c += 1 }
    return c
  }

  /// Edge density: undirected `2m/(n(n−1))`, directed `m/(n(n−1))`, where m counts every edge,
  /// self-loops and parallel edges included (so it can exceed 1 on a multigraph); 0 when n ≤ 1.
  /// O(1). Matches networkx `density` and igraph `density(loops=False)`.
  public var density: Double {
    let n = Double(vertexCount)
    guard vertexCount > 1 else { return 0 }
    let m = Double(edgeCount)
    return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
  }
}
