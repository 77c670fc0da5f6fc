extension AnalysisGraph {
  /// Reach: how many others an actor moves, and how strongly — the default ranking of `clout rank`.
  ///
  /// Definition: `reach(v) = Σ_{w ≠ v} s*(v → w)`, where `s*(v → w)` is the strength of v's
  /// strongest chain to w under `rules` (`InfluenceModel.strongestChain(from:to:rules:)`), 0 when
  /// there is none. It is the expected number of actors v moves when each actor is reached along
  /// its single strongest chain: the influence spread of the maximum-influence-arborescence model
  /// (Chen, Wang & Wang 2010, "Scalable influence maximization for prevalent viral marketing in
  /// large-scale social networks", KDD), a tractable stand-in for the independent-cascade spread
  /// of Kempe, Kleinberg & Tardos (2003), with a hop limit in place of MIA's strength threshold.
  ///
  /// Why this and not PageRank on the reversed projection: an actor whose only tie is one mutual
  /// contact with a hub inherits, under PageRank, a share of the hub's mass that grows with the hub,
  /// not with anything the actor does. Under reach a chain's strength is a product of numbers
  /// ≤ 1, so such a leaf reaches at most its tie's strength times what the hub reaches, and
  /// contact kinds (meets, negotiates) end a chain (`RelationKind.onward`): one meeting with a
  /// president adds that meeting's strength, nothing more. Every score is a sum of chain strengths
  /// that `clout explain --by reach` lists.
  ///
  /// On an imported graph the weights are strengths (each in (0, 1]; unweighted arcs have
  /// strength 1) and every arc is an undated, onward relation.
  ///
  /// Cost: one chain search per vertex, O(n · maxHops² · L · (n + m)).
  ///
  /// - Throws: `GraphError.undefined` when an imported graph has a weight outside (0, 1].
  public func reach(rules: ChainRules = ChainRules()) throws(GraphError) -> [Double] {
    guard rules.maxHops >= 1 else { throw .undefined("reach needs a hop limit of at least 1") }
    let channels: ChainChannels
    if let network, let projection {
      channels = ChainChannels(projection: projection, network: network)
    } else {
      for e in 0..<graph.edgeCount {
        let w = graph.weight(ofEdge: e)
        guard w > 0, w <= 1 else {
          throw .undefined("edge \(e) has weight \(w); reach reads weights as strengths in (0, 1]")
        }
      }
      channels = ChainChannels(graph: graph)
    }
    var scores = [Double](repeating: 0, count: vertexCount)
    for v in 0..<vertexCount {
      let search = ChainSearch(graph: graph, channels: channels, ids: ids, root: v, rules: rules)
      var total = 0.0
      for w in 0..<vertexCount where w != v { total += search.strength(w) }
      scores[v] = total
    }
    return scores
  }
}
