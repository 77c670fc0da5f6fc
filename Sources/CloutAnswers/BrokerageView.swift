import Clout
import CloutIO

/// The answer of `clout brokers A B`: who brokers between the two sides, with the two-step
/// chains each broker carries, as text and JSON.
public struct BrokerageView {
  public let answer: Brokerage
  public let model: InfluenceModel
  /// The relation filters in force, in words (`FilterSpec.summary`).
  public let filters: String
  /// Whether hostile relations were counted (`--hostile`).
  public let hostile: Bool
  /// The chain rules the chains followed.
  public let rules: ChainRules

  public init(answer: Brokerage, model: InfluenceModel, filters: String, hostile: Bool, rules: ChainRules) {
    self.answer = answer
    self.model = model
    self.filters = filters
    self.hostile = hostile
    self.rules = rules
  }

  private static func roles(_ b: Broker) -> String {
    BrokerRole.allCases.compactMap { r in b.roles[r].map { "\(r.rawValue) \($0)" } }.joined(separator: ", ")
  }

  /// The answer as the command line prints it.
  public func text() -> String {
    let p = InfluenceText(model: model)
    let x = answer
    var out = "Who brokers between \(p.actor(x.first)) and \(p.actor(x.second))\n"
    out +=
      "  relations: \(filters)\(hostile ? "" : " · cooperative and neutral only (--hostile for all)")\n"
    out += "  chains: \(rules.statement)\n"
    out += "  sides: \(x.firstSide.count) and \(x.secondSide.count) actors (each actor with its affiliates)\n"
    out += "  score: summed strength of the open two-step chains across the sides that pass through the broker\n"
    if x.brokers.isEmpty { return out + "\nNo actor brokers between these sides through these relations.\n" }
    let shown = x.brokers.count == x.candidates ? "all shown" : "top \(x.brokers.count) shown"
    out += "  \(x.candidates) broker\(x.candidates == 1 ? "" : "s") (\(shown))\n"
    let ranks = self.ranks
    for (i, b) in x.brokers.enumerated() {
      out +=
        "\n\(ranks.label(i)). \(p.actor(b.vertex))  score \(formatStrength(b.score))  \(b.count) chain\(b.count == 1 ? "" : "s")"
        + " (\(Self.roles(b)))\n"
      for e in b.examples {
        out +=
          "   \(e.role.rawValue): \(e.chain.vertices.map { p.model.name($0) }.joined(separator: " → "))"
          + "  strength \(formatStrength(e.chain.strength))  \(InfluenceText.polarity(e.chain.polarity))\n"
        out += p.text(e.chain, indent: "     ")
      }
    }
    if ranks.tied.contains(true) { out += "\n" + CompetitionRanks.rule + "\n" }
    return out
  }

  /// Shared ranks: brokers tie when their scores and their numbers of chains are equal.
  public var ranks: CompetitionRanks {
    let brokers = answer.brokers
    return CompetitionRanks(count: brokers.count) { i, j in
      CompetitionRanks.tie(brokers[i].score, brokers[j].score) && brokers[i].count == brokers[j].count
    }
  }

  /// The answer as `--format json` prints it.
  public func tree() -> OutputValue {
    let p = InfluenceText(model: model)
    let x = answer
    let ranks = self.ranks
    return .object([
      ("first", .string(p.model.id(x.first))), ("second", .string(p.model.id(x.second))),
      ("first_side", .array(x.firstSide.map { .string(p.model.id($0)) })),
      ("second_side", .array(x.secondSide.map { .string(p.model.id($0)) })),
      ("filters", .string(filters)), ("rules", .string(rules.statement)),
      ("candidates", .int(x.candidates)),
      (
        "brokers",
        .array(
          x.brokers.enumerated().map { i, b in
            .object([
              ("rank", .int(ranks.ranks[i])), ("tied", .bool(ranks.tied[i])), ("id", .string(p.model.id(b.vertex))),
              ("name", .string(p.model.name(b.vertex))),
              ("score", .number(b.score)), ("count", .int(b.count)),
              ("roles", .object(BrokerRole.allCases.map { ($0.rawValue, .int(b.roles[$0] ?? 0)) })),
              (
                "examples",
                .array(b.examples.map { .object([("role", .string($0.role.rawValue)), ("chain", p.tree($0.chain))]) })
              ),
            ])
          })
      ),
    ])
  }
}
