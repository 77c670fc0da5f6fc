import Clout
import CloutIO

/// The answer of `clout explain`: why an actor has its score, part by part, each part a chain
/// with its evidence, as text and JSON.
public struct ExplanationView {
  public let answer: ScoreExplanation
  public let model: InfluenceModel
  /// The relation filters in force, in words (`FilterSpec.summary`).
  public let filters: String

  public init(answer: ScoreExplanation, model: InfluenceModel, filters: String) {
    self.answer = answer
    self.model = model
    self.filters = filters
  }

  /// The answer as the command line prints it.
  public func text() -> String {
    let p = InfluenceText(model: model)
    let x = answer
    var out =
      "\(p.actor(x.vertex))  \(x.measure.rawValue) \(formatNumber(x.score))  rank \(x.rank)\(x.tied ? "=" : "") of \(p.model.vertexCount)\n"
    out += "  \(x.measure.summary)\n"
    out += "  relations: \(filters)\n"
    out += "  made of: \(x.formula)\n"
    if let base = x.base { out += "  owed to no relation: \(formatNumber(base))\n" }
    if let total = x.explained { out += "  the parts add up to \(formatNumber(total))\n" }
    if x.parts.isEmpty { return out + "\nNo relation contributes to this score.\n" }
    let shown = x.parts.count == x.partCount ? "all shown" : "largest \(x.parts.count) shown"
    out += "  \(x.partCount) part\(x.partCount == 1 ? "" : "s") (\(shown))\n"
    for (i, part) in x.parts.enumerated() {
      let amount = part.amount.map { "adds \(formatNumber($0))" } ?? "listed"
      out +=
        "\n\(i + 1). \(part.chain.vertices.map { p.model.name($0) }.joined(separator: " → "))  \(amount)"
        + "  \(InfluenceText.polarity(part.chain.polarity))\n"
      out += "   \(part.note)\n"
      out += p.text(part.chain)
    }
    return out
  }

  /// The answer as `--format json` prints it.
  public func tree() -> OutputValue {
    let p = InfluenceText(model: model)
    let x = answer
    return .object([
      ("id", .string(p.model.id(x.vertex))), ("name", .string(p.model.name(x.vertex))),
      ("measure", .string(x.measure.rawValue)), ("score", .number(x.score)), ("rank", .int(x.rank)),
      ("tied", .bool(x.tied)),
      ("of", .int(p.model.vertexCount)), ("filters", .string(filters)),
      ("formula", .string(x.formula)), ("base", x.base.map { .number($0) } ?? .null),
      ("explained", x.explained.map { .number($0) } ?? .null), ("parts_total", .int(x.partCount)),
      (
        "parts",
        .array(
          x.parts.map { part in
            .object([
              ("amount", part.amount.map { .number($0) } ?? .null), ("note", .string(part.note)),
              ("chain", p.tree(part.chain)),
            ])
          })
      ),
    ])
  }
}
