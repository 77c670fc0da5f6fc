import Clout
import CloutIO

/// The answer of `clout influence A B`: how strongly A moves B, its strongest chains with the
/// evidence for every hop, the direct hop, the way back and the carriers, as text and JSON.
public struct InfluenceBetweenView {
  public let answer: InfluenceBetween
  public let model: InfluenceModel
  /// The relation filters in force, in words (`FilterSpec.summary`).
  public let filters: String

  public init(answer: InfluenceBetween, model: InfluenceModel, filters: String) {
    self.answer = answer
    self.model = model
    self.filters = filters
  }

  /// The answer as the command line prints it.
  public func text() -> String {
    let p = InfluenceText(model: model)
    let x = answer
    var out = "How strongly \(p.actor(x.source)) moves \(p.actor(x.target))\n"
    out += "  relations: \(filters)\n"
    out += "  chains: \(x.rules.statement)\n"
    if x.chains.isEmpty {
      out += "\nNo chain within these rules leads from \(p.model.name(x.source)) to \(p.model.name(x.target)).\n"
    } else {
      out += "  strength \(formatStrength(x.strength)) (its strongest chain)\n"
    }
    out +=
      "  direct: "
      + (x.direct.map { "yes, strength \(formatStrength($0.strength))" } ?? "no relation moves it directly")
    out += "\n  back: \(p.model.name(x.target)) moves \(p.model.name(x.source)) with strength "
    out +=
      x.reverse.map { "\(formatStrength($0.strength)) (\($0.hops.count) hop\($0.hops.count == 1 ? "" : "s"))" }
      ?? "0 (no chain)"
    out += "\n"
    for (i, c) in x.chains.enumerated() {
      out +=
        "\nchain \(i + 1): \(c.vertices.map { p.model.name($0) }.joined(separator: " → "))\n"
        + "  strength \(formatStrength(c.strength))  \(InfluenceText.polarity(c.polarity)): "
        + "\(InfluenceText.effect(c.polarity))\n"
      out += p.text(c)
    }
    if !x.carriers.isEmpty {
      out += "\ncarried by (actors inside the chains above):\n"
      for c in x.carriers {
        out +=
          "  \(p.actor(c.vertex))  \(c.chains) chain\(c.chains == 1 ? "" : "s"), "
          + "summed strength \(formatStrength(c.strength))\n"
      }
    }
    return out
  }

  /// The answer as `--format json` prints it.
  public func tree() -> OutputValue {
    let p = InfluenceText(model: model)
    let x = answer
    return .object([
      ("source", .string(p.model.id(x.source))), ("target", .string(p.model.id(x.target))),
      ("max_hops", .int(x.rules.maxHops)), ("time_order", .bool(x.rules.timeOrder)),
      ("rules", .string(x.rules.statement)), ("filters", .string(filters)),
      ("strength", .number(x.strength)),
      ("direct", x.direct.map(p.tree) ?? .null), ("reverse", x.reverse.map(p.tree) ?? .null),
      ("chains", .array(x.chains.map(p.tree))),
      (
        "carriers",
        .array(
          x.carriers.map { c in
            .object([
              ("id", .string(p.model.id(c.vertex))), ("chains", .int(c.chains)), ("strength", .number(c.strength)),
            ])
          })
      ),
    ])
  }
}
