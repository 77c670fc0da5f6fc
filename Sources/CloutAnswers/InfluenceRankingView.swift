import Clout
import CloutIO

/// The answer of `clout influencers` and `clout influenced`: the ranked actors, each with its
/// strongest chain and the evidence for every hop, as text and as a JSON tree.
public struct InfluenceRankingView {
  public let side: InfluenceSide
  public let ranking: InfluenceRanking
  public let model: InfluenceModel
  /// The relation filters in force, in words (`FilterSpec.summary`).
  public let filters: String

  public init(side: InfluenceSide, ranking: InfluenceRanking, model: InfluenceModel, filters: String) {
    self.side = side
    self.ranking = ranking
    self.model = model
    self.filters = filters
  }

  /// The answer as the command line prints it.
  public func text() -> String {
    let p = InfluenceText(model: model)
    let focus = p.actor(ranking.focus)
    var out = side == .influencers ? "Who moves \(focus)\n" : "Whom \(focus) moves\n"
    out += "  relations: \(filters)\n"
    out += "  chains: \(ranking.rules.statement)\n"
    out += "  score: strength of the strongest chain = product of its hop strengths (docs/INFLUENCE.md)\n"
    if ranking.actors.isEmpty {
      out +=
        side == .influencers
        ? "\nNo actor moves \(focus) through these relations.\n"
        : "\n\(focus) moves no actor through these relations.\n"
      return out
    }
    let shown = ranking.actors.count == ranking.reachable ? "all shown" : "top \(ranking.actors.count) shown"
    out += "  \(ranking.reachable) actor\(ranking.reachable == 1 ? "" : "s") (\(shown))\n"
    let ranks = self.ranks
    for (i, a) in ranking.actors.enumerated() {
      let hops = a.chain.hops.count
      out +=
        "\n\(ranks.label(i)). \(p.actor(a.vertex))  score \(formatStrength(a.score))  \(InfluenceText.polarity(a.chain.polarity))"
        + "  \(hops) hop\(hops == 1 ? "" : "s")\n"
      out += p.text(a.chain)
    }
    if ranks.tied.contains(true) { out += "\n" + CompetitionRanks.rule + "\n" }
    return out
  }

  /// Shared ranks: actors tie when their chains are equally strong and equally long.
  public var ranks: CompetitionRanks {
    let actors = ranking.actors
    return CompetitionRanks(count: actors.count) { i, j in
      CompetitionRanks.tie(actors[i].score, actors[j].score) && actors[i].chain.hops.count == actors[j].chain.hops.count
    }
  }

  /// The answer as `--format json` prints it.
  public func tree() -> OutputValue {
    let p = InfluenceText(model: model)
    let ranks = self.ranks
    return .object([
      (side == .influencers ? "target" : "source", .string(p.model.id(ranking.focus))),
      ("name", .string(p.model.name(ranking.focus))), ("max_hops", .int(ranking.rules.maxHops)),
      ("time_order", .bool(ranking.rules.timeOrder)), ("rules", .string(ranking.rules.statement)),
      ("filters", .string(filters)),
      ("score", .string("strength of the strongest chain: product of its hop strengths")),
      ("reachable", .int(ranking.reachable)),
      (
        side == .influencers ? "influencers" : "influenced",
        .array(
          ranking.actors.enumerated().map { i, a in
            .object([
              ("rank", .int(ranks.ranks[i])), ("tied", .bool(ranks.tied[i])), ("id", .string(p.model.id(a.vertex))),
              ("name", .string(p.model.name(a.vertex))),
              ("kind", .string(p.model.analysis.kinds[a.vertex])), ("score", .number(a.score)),
              ("polarity", .string(a.chain.polarity.rawValue)), ("hops", .int(a.chain.hops.count)),
              ("chain", p.tree(a.chain)),
            ])
          })
      ),
    ])
  }
}
