extension CSRGraph {
  /// The modularity of a partition of the vertices.
  ///
  /// - Undirected (Newman & Girvan 2004, Phys. Rev. E 69:026113):
  ///   `Q = Σ_c [L_c/m − γ (D_c / 2m)²]`, L_c the weight of edges inside block c, D_c the total
  ///   degree (strength) of c, m the total weight. A self-loop counts once in L_c and twice in D_c.
  /// - Directed (Leicht & Newman 2008, Phys. Rev. Lett. 100:118703):
  ///   `Q = Σ_c [L_c/m − γ out_c · in_c / m²]` with out_c, in_c the out- and in-strength of c.
  ///
  /// Parallel edges each count with their own weight, which is the same as one edge carrying their
  /// summed weight. A graph without edges (m = 0) has modularity 0 by convention (networkx raises,
  /// igraph returns NaN). Cost: O(n + m) time, O(number of blocks) memory. Matches networkx
  /// `community.modularity(G, communities, weight, resolution)` and igraph `modularity`.
  ///
  /// - Parameters:
  ///   - partition: one block label per vertex.
  ///   - weighted: use edge weights as strengths (1 each when false or when the graph has none).
  ///   - resolution: γ; larger values favour smaller communities.
  /// - Throws: `GraphError.lengthMismatch` if the partition does not label every vertex,
  ///   `GraphError.negativeWeight` if `weighted` and a weight is negative.
  public func modularity(of partition: VertexPartition, weighted: Bool, resolution: Double = 1) throws(GraphError)
    -> Double
  {
    guard partition.labels.count == vertexCount else { throw .lengthMismatch }
    if weighted, let w = edgeWeights {
      for (e, x) in w.enumerated() where x < 0 { throw .negativeWeight(edge: e, value: x) }
    }
    let k = partition.count
    var inside = [Double](repeating: 0, count: k)
    var outStrength = [Double](repeating: 0, count: k)
    var inStrength = [Double](repeating: 0, count: k)
    var m = 0.0
    let labels = partition.labels
    let weights = weighted ? edgeWeights : nil
    // Edges in id order.
    forEachEdge { source, target, e in
      let w = weights?[e] ?? 1
      let cu = Int(labels[Int(source)])
      let cv = Int(labels[Int(target)])
      m += w
      outStrength[cu] += w
      inStrength[cv] += w
      if cu == cv { inside[cu] += w }
    }
    guard m > 0 else { return 0 }
    var q = 0.0
    for c in 0..<k {
      if isDirected {
        q += inside[c] / m - resolution * outStrength[c] * inStrength[c] / (m * m)
      } else {
        let share = (outStrength[c] + inStrength[c]) / (2 * m)
        q += inside[c] / m - resolution * share * share
      }
    }
    return q
  }
}
