import ArgumentParser
import Clout
import CloutAnswers
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
  var format: AnswerFormat = .table

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
    if examples < 0 { throw ValidationError("--examples must be 0 or more") }
  }

  func run() throws {
    let model = try input.influenceModel(standingTies: !standing.strictAbout)
    let a = try input.vertex(first, in: model.analysis)
    let b = try input.vertex(second, in: model.analysis)
    let answer: Brokerage
    do throws(InfluenceError) {
      answer =
        try hostile
        ? model.brokersIncludingHostile(between: a, and: b, top: top, examples: examples, rules: chain.rules)
        : model.brokers(between: a, and: b, top: top, examples: examples, rules: chain.rules)
    } catch {
      throw influenceFailure(error)
    }
    let view = BrokerageView(
      answer: answer, model: model, filters: input.filters.summary, hostile: hostile, rules: chain.rules)
    switch format {
    case .json: print(view.tree().json(), terminator: "")
    case .table: print(view.text(), terminator: "")
    }
  }
}
