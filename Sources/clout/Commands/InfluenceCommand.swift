import ArgumentParser
import Clout
import CloutIO

struct InfluenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "influence",
    abstract: "How strongly A moves B: the strongest chains from A to B, each hop with its evidence.",
    discussion: """
      Strength: that of the strongest chain from A to B, the product of its hop \
      strengths (the score `clout influencers` ranks by; docs/INFLUENCE.md). \
      --top lists that many chains, best first (Yen's algorithm), each with its \
      polarity: + pushes with B, − against it. Also shown: the direct hop A → B \
      if any, how strongly B moves A back, and the actors that carry A's \
      influence (those inside the listed chains).

      \(chainRulesHelp)

      Examples:
        clout influence china donald-trump --about rare-earths
        clout influence jensen-huang donald-trump --about h200
        clout influence jensen-huang trump-administration --top 5 --format json
      """)

  @Argument(help: "The actor that moves: id, name, alias or a unique part of one.")
  var from: String

  @Argument(help: "The actor moved.")
  var to: String

  @OptionGroup var input: AnalysisInput

  @Option(help: "How many chains to list.")
  var top: Int = 3

  @OptionGroup var options: InfluenceOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    let model = try input.influenceModel(standingTies: !options.standing.strictAbout)
    let a = try input.vertex(from, in: model.analysis)
    let b = try input.vertex(to, in: model.analysis)
    if a == b { throw usageFailure("'\(from)' and '\(to)' are the same actor (\(model.id(a))); name two actors") }
    let answer: InfluenceBetween
    do throws(InfluenceError) {
      answer = try model.influence(from: a, to: b, rules: options.chain.rules, chains: top)
    } catch {
      throw influenceFailure(error)
    }
    let p = InfluenceText(model: model)
    switch options.format {
    case .json: print(tree(answer, p).json(), terminator: "")
    case .table, .csv: print(text(answer, p), terminator: "")
    }
  }

  private func text(_ x: InfluenceBetween, _ p: InfluenceText) -> String {
    var out = "How strongly \(p.actor(x.source)) moves \(p.actor(x.target))\n"
    out += "  relations: \(input.filters.summary)\n"
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

  private func tree(_ x: InfluenceBetween, _ p: InfluenceText) -> OutputValue {
    .object([
      ("source", .string(p.model.id(x.source))), ("target", .string(p.model.id(x.target))),
      ("max_hops", .int(x.rules.maxHops)), ("time_order", .bool(x.rules.timeOrder)),
      ("rules", .string(x.rules.statement)), ("filters", .string(input.filters.summary)),
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
