/// One part of an actor's score: the relations (one hop) or the chain behind it and what it adds.
public struct ScorePart: Sendable, Hashable {
  /// What the part adds to the score, in the score's own units; nil for measures that are not a sum
  /// of parts (closeness, core, clustering), where the parts are listed as the evidence the
  /// formula reads.
  public let amount: Double?
  /// The evidence: a one-hop chain for an arc, a longer chain for a pair of actors or a distance.
  public let chain: InfluenceChain
  /// How the amount is made, e.g. `0.85 · 0.12 · 0.5 / 1.3` or `1 of 2 strongest chains`.
  public let note: String

  public init(amount: Double?, chain: InfluenceChain, note: String) {
    self.amount = amount
    self.chain = chain
    self.note = note
  }
}

/// Why an actor has the score it has under a measure: the arcs, chains or pairs that make it, each
/// with its relations and their citations.
public struct ScoreExplanation: Sendable {
  /// The actor explained.
  public let vertex: Int
  public let measure: Measure
  /// The score, exactly as `Measure.compute` gives it (what `clout rank` prints).
  public let score: Double
  /// The actor's rank among all actors under the measure, as `clout rank` gives it: standard
  /// competition ranking (`CompetitionRanks`), so actors whose scores tie share a rank.
  public let rank: Int
  /// Whether the rank is shared with another actor.
  public let tied: Bool
  /// How the parts make the score.
  public let formula: String
  /// The share owed to no relation (PageRank's teleportation, Katz's β), when the measure has one.
  public let base: Double?
  /// The parts, largest first (then by chain order); only the first `top` when a limit was given.
  public let parts: [ScorePart]
  /// How many parts there are in all.
  public let partCount: Int
  /// `base + Σ amount` over all parts, for measures that are sums; equals `score` up to rounding
  /// (and up to the convergence tolerance of the iterative measures).
  public let explained: Double?
}

extension InfluenceModel {
  /// Explains actor `v`'s score under `measure` by the relations and chains it is made of.
  ///
  /// Decompositions (weights are the projection's strengths; lengths are −log strength as in
  /// `AnalysisGraph`):
  /// - degree, in-, out-degree: one part per arc, amount 1. Strength variants: amount = arc weight.
  /// - reach: one part per actor w that v moves, amount the strength of v's strongest chain to w
  ///   under `rules` (exactly the chain `strongestChain(from:to:rules:)` names).
  /// - pagerank: `PR(v) = (1−α)/n + α·D/n + Σ_{u→v} α·PR(u)·w(u,v)/out(u)`, D the PageRank of
  ///   vertices without out-arcs; parts are the in-arcs (Brin & Page 1998; networkx `pagerank`).
  ///   influence: the same on the reversed projection, so the parts are the arcs v → w (whom v
  ///   moves) with amount `α·I(w)·w(v,w)/in(w)`.
  /// - katz: `x_v = Σ_{u→v} α·w(u,v)·x_u + base` exactly (α = 0.1; base is β after normalisation).
  /// - eigenvector, authorities: shares of `Σ_{u→v} w(u,v)·x_u` (hub scores for authorities);
  ///   hubs: shares of `Σ_{v→w} w(v,w)·a_w`. Each part is `score · term / Σ terms`.
  /// - betweenness: one part per ordered pair (s, t) whose strongest chains pass through v, amount
  ///   `σ_st(v)/σ_st / ((n−1)(n−2))` (Brandes 2001; networkx `betweenness_centrality`), with one of
  ///   those chains through v as evidence.
  /// - harmonic: one part per actor u that reaches v, amount `1/d(u,v)`; closeness: the same chains
  ///   with their distances, the score being `(r/(n−1))·(r/Σd)` (not a sum of parts).
  /// - core: the arcs to neighbours whose core number is at least v's (they hold v in its k-core).
  /// - clustering: the arcs between v's neighbours (each closes triangles through v).
  ///
  /// Cost: that of the measure, plus for betweenness and closeness one search per actor
  /// (O(n·(n + m)·log m)).
  public func explain(
    _ v: Int, by measure: Measure, top: Int? = nil, rules: ChainRules = ChainRules()
  ) throws(InfluenceError) -> ScoreExplanation {
    try check(v)
    if let top, top < 1 { throw .invalidCount(name: "top", value: top) }
    let scores: [Double]
    do {
      scores = try measure.compute(on: analysis, options: MeasureOptions(chainRules: rules))
    } catch {
      throw .engine(error)
    }
    let ids = analysis.ids
    var order = Array(scores.indices)
    order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : ids[$0] < ids[$1] }
    let ranks = CompetitionRanks(sortedScores: order.map { scores[$0] })
    let position = order.firstIndex(of: v) ?? 0
    let decomposition: MeasureParts.Decomposition
    do {
      decomposition = try MeasureParts(model: self, measure: measure, scores: scores, rules: rules).parts(of: v)
    } catch {
      throw .engine(error)
    }
    var parts = decomposition.parts
    parts.sort { a, b in
      let x = a.amount ?? 0
      let y = b.amount ?? 0
      if !ChainOrder.same(x, y) { return x > y }
      return ChainOrder.precedes(
        (a.chain.strength, a.chain.vertices, a.chain.arcs), (b.chain.strength, b.chain.vertices, b.chain.arcs),
        ids: ids)
    }
    let explained: Double? =
      decomposition.additive ? parts.reduce(decomposition.base ?? 0) { $0 + ($1.amount ?? 0) } : nil
    return ScoreExplanation(
      vertex: v, measure: measure, score: scores[v], rank: ranks.ranks[position], tied: ranks.tied[position],
      formula: decomposition.formula,
      base: decomposition.base, parts: top.map { Array(parts.prefix($0)) } ?? parts, partCount: parts.count,
      explained: explained)
  }
}
