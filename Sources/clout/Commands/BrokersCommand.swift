import ArgumentParser
import Clout
import CloutIO

struct BrokersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brokers",
    abstract: "Who brokers between two sides (each actor with its affiliates), with the two-step chains they carry.",
    discussion: """
      A side is an actor and every entity affiliated with it, directly or \
      through others (a minister through its ministry to its country). v brokers \
      when u → v → w with u and w on opposite sides and nothing moving w from u \
      directly (Gould & Fernandez 1989): a representative carries its own side's \
      influence out, a gatekeeper lets the other side's in, a liaison belongs to \
      neither. Brokerage is mediation: only cooperative and neutral relations \
      count (an actor that sanctions the other side moves it but does not broker \
      between them); --hostile counts every relation. Score: the summed strengths \
      of the broker's two-step chains (docs/INFLUENCE.md), which follow the \
      chain rules like every chain.

      \(chainRulesHelp)

      Examples:
        clout brokers united-states china
        clout brokers united-states china --about rare-earths,h20 --examples 1
      """)

  @Argument(help: "The first side's actor: id, name, alias or a unique part of one.")
  var first: String

  @Argument(help: "The second side's actor.")
  var second: String

  @OptionGroup var input: AnalysisInput

  @Option(help: "How many brokers to list.")
  var top: Int = 10

  @Option(help: "How many brokered chains to show per broker.")
  var examples: Int = 2

  @Flag(help: "Count hostile relations too (sanctions, restrictions…): plain Gould–Fernandez brokerage.")
  var hostile = false

  @OptionGroup var chain: ChainOptions

  @OptionGroup var standing: StandingTieOptions

  @Option(help: "Output format: table or json.")
  var format: OutputFormat = .table

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
    if examples < 0 { throw ValidationError("--examples must be 0 or more") }
    if format == .csv { throw ValidationError("--format: use table or json") }
  }

  func run() throws {
    let model = try input.influenceModel(standingTies: !standing.strictAbout)
    let a = try input.vertex(first, in: model.analysis)
    let b = try input.vertex(second, in: model.analysis)
    let answer: Brokerage
    do throws(InfluenceError) {
      answer = try model.brokers(
        between: a, and: b, top: top, examples: examples, hostile: hostile, rules: chain.rules)
    } catch {
      throw influenceFailure(error)
    }
    let p = InfluenceText(model: model)
    switch format {
    case .json: print(tree(answer, p).json(), terminator: "")
    case .table, .csv: print(text(answer, p), terminator: "")
    }
  }

  private static func roles(_ b: Broker) -> String {
    BrokerRole.allCases.compactMap { r in b.roles[r].map { "\(r.rawValue) \($0)" } }.joined(separator: ", ")
  }

  private func text(_ x: Brokerage, _ p: InfluenceText) -> String {
    var out = "Who brokers between \(p.actor(x.first)) and \(p.actor(x.second))\n"
    out +=
      "  relations: \(input.filters.summary)\(hostile ? "" : " · cooperative and neutral only (--hostile for all)")\n"
    out += "  chains: \(chain.rules.statement)\n"
    out += "  sides: \(x.firstSide.count) and \(x.secondSide.count) actors (each actor with its affiliates)\n"
    out += "  score: summed strength of the open two-step chains across the sides that pass through the broker\n"
    if x.brokers.isEmpty { return out + "\nNo actor brokers between these sides through these relations.\n" }
    let shown = x.brokers.count == x.candidates ? "all shown" : "top \(x.brokers.count) shown"
    out += "  \(x.candidates) broker\(x.candidates == 1 ? "" : "s") (\(shown))\n"
    for b in x.brokers {
      out +=
        "\n\(b.rank). \(p.actor(b.vertex))  score \(formatStrength(b.score))  \(b.count) chain\(b.count == 1 ? "" : "s")"
        + " (\(Self.roles(b)))\n"
      for e in b.examples {
        out +=
          "   \(e.role.rawValue): \(e.chain.vertices.map { p.model.name($0) }.joined(separator: " → "))"
          + "  strength \(formatStrength(e.chain.strength))  \(InfluenceText.polarity(e.chain.polarity))\n"
        out += p.text(e.chain, indent: "     ")
      }
    }
    return out
  }

  private func tree(_ x: Brokerage, _ p: InfluenceText) -> OutputValue {
    .object([
      ("first", .string(p.model.id(x.first))), ("second", .string(p.model.id(x.second))),
      ("first_side", .array(x.firstSide.map { .string(p.model.id($0)) })),
      ("second_side", .array(x.secondSide.map { .string(p.model.id($0)) })),
      ("filters", .string(input.filters.summary)), ("rules", .string(chain.rules.statement)),
      ("candidates", .int(x.candidates)),
      (
        "brokers",
        .array(
          x.brokers.map { b in
            .object([
              ("rank", .int(b.rank)), ("id", .string(p.model.id(b.vertex))), ("name", .string(p.model.name(b.vertex))),
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
