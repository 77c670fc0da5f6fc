/// Which way a ranking looks from its focus actor.
public enum InfluenceSide: String, Sendable, Hashable {
  /// The actors that move the focus (chains ending at it).
  case influencers
  /// The actors the focus moves (chains starting at it).
  case influenced
}

/// One actor of an influence ranking, with the chain that earns its score.
public struct RankedActor: Sendable, Hashable {
  /// 1-based position.
  public let rank: Int
  /// The actor's vertex.
  public let vertex: Int
  /// The strength of its strongest chain to (or from) the focus, in (0, 1].
  public let score: Double
  /// That chain, hop by hop with its evidence; `chain.strength == score`.
  public let chain: InfluenceChain
}

/// The actors that move an actor, or that it moves, strongest first.
public struct InfluenceRanking: Sendable {
  /// The actor asked about.
  public let focus: Int
  public let side: InfluenceSide
  /// The rules the chains follow (hop limit, time order).
  public let rules: ChainRules
  /// How many actors have a chain to (or from) the focus under the rules.
  public let reachable: Int
  /// The ranked actors (the first `top` of them when a limit was given).
  public let actors: [RankedActor]
}

extension InfluenceModel {
  /// The actors that move `target`, ranked by the strength of their strongest chain to it.
  ///
  /// Score of actor u: the strength of `strongestChain(from: u, to: target, rules:)`, the "most
  /// reliable path" value under the chain rules. Each hop's strength is the probability that the
  /// hop's relations move its target (noisy-or of `strength × weight`), so the score is the
  /// probability that u's push reaches the target along that chain if every hop passes it on
  /// independently; it is a lower bound of u's chance of reaching the target at all under the
  /// independent-cascade reading of the same weights (Kempe, Kleinberg & Tardos 2003). Every score
  /// is the product of the hop strengths printed with it, so it can be checked by hand.
  /// Order: `ChainOrder` on the chains (score within a relative 1e-12, then fewer hops), then
  /// entity id. The target is not ranked.
  ///
  /// Cost: one chain search from every actor within `maxHops` arcs of the target.
  ///
  /// - Parameters:
  ///   - top: how many actors to return (nil: all that reach the target).
  public func influencers(
    of target: Int, rules: ChainRules = ChainRules(), top: Int? = nil
  ) throws(InfluenceError) -> InfluenceRanking {
    try ranking(focus: target, side: .influencers, rules: rules, top: top)
  }

  /// The actors `source` moves, ranked by the strength of its strongest chain to each; the mirror
  /// of `influencers(of:rules:top:)` with the same score and order (one chain search).
  public func influenced(
    by source: Int, rules: ChainRules = ChainRules(), top: Int? = nil
  ) throws(InfluenceError) -> InfluenceRanking {
    try ranking(focus: source, side: .influenced, rules: rules, top: top)
  }

  /// The strongest chain from every actor to `target` (influencers) or from `source` to every
  /// actor (influenced), as found chains indexed by vertex.
  func strongestFound(focus: Int, side: InfluenceSide, rules: ChainRules) -> [FoundChain?] {
    let ids = analysis.ids
    var found = [FoundChain?](repeating: nil, count: vertexCount)
    switch side {
    case .influenced:
      let search = ChainSearch(graph: graph, channels: channels, ids: ids, root: focus, rules: rules)
      for v in 0..<vertexCount where v != focus { found[v] = search.best(v) }
    case .influencers:
      for u in graph.verticesReaching(focus, within: rules.maxHops) where u != focus {
        found[u] = strongestFound(from: u, to: focus, k: 1, rules: rules).first
      }
    }
    return found
  }

  private func ranking(focus: Int, side: InfluenceSide, rules: ChainRules, top: Int?) throws(InfluenceError)
    -> InfluenceRanking
  {
    try check(focus)
    try check(rules)
    if let top, top < 1 { throw .invalidCount(name: "top", value: top) }
    let ids = analysis.ids
    let found = strongestFound(focus: focus, side: side, rules: rules)
    var reached: [(vertex: Int, chain: FoundChain)] = (0..<vertexCount).compactMap { v in
      found[v].map { (v, $0) }
    }
    reached.sort { a, b in
      if !ChainOrder.same(a.chain.strength, b.chain.strength) { return a.chain.strength > b.chain.strength }
      if a.chain.arcs.count != b.chain.arcs.count { return a.chain.arcs.count < b.chain.arcs.count }
      return ids[a.vertex] < ids[b.vertex]
    }
    let shown = top.map { Array(reached.prefix($0)) } ?? reached
    var actors: [RankedActor] = []
    for (i, x) in shown.enumerated() {
      let chain = self.chain(from: x.chain.vertices[0], arcs: x.chain.arcs, rules: rules)
      actors.append(RankedActor(rank: i + 1, vertex: x.vertex, score: x.chain.strength, chain: chain))
    }
    return InfluenceRanking(focus: focus, side: side, rules: rules, reachable: reached.count, actors: actors)
  }
}
