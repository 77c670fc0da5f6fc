import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct InfluencersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "influencers",
    abstract: "The actors that move ENTITY, strongest first, each with its chain and the evidence for every hop.",
    discussion: """
      Score: the strength of the actor's strongest chain to ENTITY, the product \
      of its hop strengths. A hop's strength is the noisy-or of its relations \
      (strength × status weight or confidence each), read as the chance that they move its \
      target; the score is the chance that the actor's push reaches ENTITY along \
      that chain (docs/INFLUENCE.md). Ties: fewer hops, then id. Polarity:
      + cooperative chains push with ENTITY, − hostile ones against it (the \
      product of the hop signs; neutral hops pass the sign on). With --about, \
      standing ties (relations with neither topic nor date: leads, member-of…) \
      are kept so chains can run through the hierarchy; --strict-about drops them.

      \(chainRulesHelp)

      Examples:
        clout influencers donald-trump --about h200
        clout influencers us-commerce-department --as-of 2025-07 --max-hops 2
        clout influencers nvidia --kinds lobbies,permits,restricts --format json
      """)

  @Argument(help: "The actor moved: id, name, alias or a unique part of one.")
  var entity: String

  @OptionGroup var input: AnalysisInput

  @Option(help: "How many actors to list.")
  var top: Int = 10

  @OptionGroup var options: InfluenceOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    try RankingPrinter(side: .influencers, input: input, options: options, top: top).run(entity)
  }
}

struct InfluencedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "influenced",
    abstract: "The actors ENTITY moves, strongest first, each with its chain and the evidence for every hop.",
    discussion: """
      The mirror of `clout influencers`: an actor's score is the strength of \
      ENTITY's strongest chain to it (docs/INFLUENCE.md).

      \(chainRulesHelp)

      Examples:
        clout influenced china --about rare-earths
        clout influenced lutnick --max-hops 2
      """)

  @Argument(help: "The actor that moves: id, name, alias or a unique part of one.")
  var entity: String

  @OptionGroup var input: AnalysisInput

  @Option(help: "How many actors to list.")
  var top: Int = 10

  @OptionGroup var options: InfluenceOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    try RankingPrinter(side: .influenced, input: input, options: options, top: top).run(entity)
  }
}

/// Runs and prints `influencers` and `influenced`.
struct RankingPrinter {
  let side: InfluenceSide
  let input: AnalysisInput
  let options: InfluenceOptions
  let top: Int

  func run(_ entity: String) throws {
    let model = try input.influenceModel(standingTies: !options.standing.strictAbout)
    let focus = try input.vertex(entity, in: model.analysis)
    let ranking: InfluenceRanking
    do throws(InfluenceError) {
      ranking =
        side == .influencers
        ? try model.influencers(of: focus, rules: options.chain.rules, top: top)
        : try model.influenced(by: focus, rules: options.chain.rules, top: top)
    } catch {
      throw influenceFailure(error)
    }
    let view = InfluenceRankingView(side: side, ranking: ranking, model: model, filters: input.filters.summary)
    switch options.format {
    case .json: print(view.tree().json(), terminator: "")
    case .table: print(view.text(), terminator: "")
    }
  }
}
