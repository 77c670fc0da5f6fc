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
  /// The longest chain considered, in hops.
  public let depth: Int
  /// How many actors have a chain of at most `depth` hops to (or from) the focus.
  public let reachable: Int
  /// The ranked actors (the first `top` of them when a limit was given).
  public let actors: [RankedActor]
}

extension InfluenceModel {
  /// The chain depth used when none is given: four hops. Longer chains are rarely meaningful in
  /// influence networks (their strength is a product of four or more numbers below 1), and the
  /// limit keeps the search linear in the size of the network.
  public static let defaultDepth = 4

  /// The actors that move `target`, ranked by the strength of their strongest chain to it.
  ///
  /// Score of actor u: `max over chains u → … → target of at most depth hops of Π strength(hop)`,
  /// the "most reliable path" value. Each hop's strength is the probability that the hop's
  /// relations move its target (noisy-or of `strength × confidence`), so the score is the
  /// probability that u's push reaches the target along that chain if every hop passes it on
  /// independently; it is a lower bound of u's chance of reaching the target at all under the
  /// independent-cascade reading of the same weights (Kempe, Kleinberg & Tardos 2003). Every score
  /// is the product of the hop strengths printed with it, so it can be checked by hand.
  /// Order: score (ties within a relative 1e-12), then fewer hops, then entity id. The target is
  /// not ranked.
  ///
  /// Cost: O(depth · (n + m)) for the search, plus O(top · depth) to attach evidence.
  ///
  /// - Parameters:
  ///   - depth: the longest chain, in hops (≥ 1).
  ///   - top: how many actors to return (nil: all that reach the target).
  public func influencers(
    of target: Int, depth: Int = InfluenceModel.defaultDepth, top: Int? = nil
  ) throws(InfluenceError) -> InfluenceRanking {
    try ranking(focus: target, side: .influencers, depth: depth, top: top)
  }

  /// The actors `source` moves, ranked by the strength of its strongest chain to each; the mirror
  /// of `influencers(of:depth:top:)` with the same score, order and cost.
  public func influenced(
    by source: Int, depth: Int = InfluenceModel.defaultDepth, top: Int? = nil
  ) throws(InfluenceError) -> InfluenceRanking {
    try ranking(focus: source, side: .influenced, depth: depth, top: top)
  }

  private func ranking(focus: Int, side: InfluenceSide, depth: Int, top: Int?) throws(InfluenceError)
    -> InfluenceRanking
  {
    try check(focus)
    guard depth >= 1 else { throw .invalidDepth(depth) }
    if let top, top < 1 { throw .invalidCount(name: "top", value: top) }
    let ids = analysis.ids
    let search = HopLimitedChains(
      graph: graph, root: focus, maxHops: depth, incoming: side == .influencers, ids: ids)
    var reached = (0..<vertexCount).filter { $0 != focus && search.strength($0) > 0 }
    reached.sort { a, b in
      let x = search.strength(a)
      let y = search.strength(b)
      if !ChainOrder.same(x, y) { return x > y }
      if search.hops(a) != search.hops(b) { return search.hops(a) < search.hops(b) }
      return ids[a] < ids[b]
    }
    let shown = top.map { Array(reached.prefix($0)) } ?? reached
    var actors: [RankedActor] = []
    for (i, v) in shown.enumerated() {
      let arcs = search.arcs(v) ?? []
      let chain = self.chain(from: side == .influencers ? v : focus, arcs: arcs)
      actors.append(RankedActor(rank: i + 1, vertex: v, score: chain.strength, chain: chain))
    }
    return InfluenceRanking(focus: focus, side: side, depth: depth, reachable: reached.count, actors: actors)
  }
}
