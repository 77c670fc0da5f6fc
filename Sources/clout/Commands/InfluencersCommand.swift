import ArgumentParser
import Clout
import CloutIO

struct InfluencersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "influencers",
    abstract: "The actors that move ENTITY, strongest first, each with its chain and the evidence for every hop.",
    discussion: """
      Score: the strength of the actor's strongest chain to ENTITY, the product \
      of its hop strengths. A hop's strength is the noisy-or of its relations \
      (strength × status weight or confidence each), read as the chance that they move its \
      target; the score is the chance that the actor's push reaches ENTITY along
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
    let printer = InfluenceText(model: model)
    switch options.format {
    case .json: print(tree(ranking, printer).json(), terminator: "")
    case .table, .csv: print(text(ranking, printer), terminator: "")
    }
  }

  private func text(_ ranking: InfluenceRanking, _ p: InfluenceText) -> String {
    let focus = p.actor(ranking.focus)
    var out = side == .influencers ? "Who moves \(focus)\n" : "Whom \(focus) moves\n"
    out += "  relations: \(input.filters.summary)\n"
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
    for a in ranking.actors {
      let hops = a.chain.hops.count
      out +=
        "\n\(a.rank). \(p.actor(a.vertex))  score \(formatStrength(a.score))  \(InfluenceText.polarity(a.chain.polarity))"
        + "  \(hops) hop\(hops == 1 ? "" : "s")\n"
      out += p.text(a.chain)
    }
    return out
  }

  private func tree(_ ranking: InfluenceRanking, _ p: InfluenceText) -> OutputValue {
    .object([
      (side == .influencers ? "target" : "source", .string(p.model.id(ranking.focus))),
      ("name", .string(p.model.name(ranking.focus))), ("max_hops", .int(ranking.rules.maxHops)),
      ("time_order", .bool(ranking.rules.timeOrder)), ("rules", .string(ranking.rules.statement)),
      ("filters", .string(input.filters.summary)),
      ("score", .string("strength of the strongest chain: product of its hop strengths")),
      ("reachable", .int(ranking.reachable)),
      (
        side == .influencers ? "influencers" : "influenced",
        .array(
          ranking.actors.map { a in
            .object([
              ("rank", .int(a.rank)), ("id", .string(p.model.id(a.vertex))), ("name", .string(p.model.name(a.vertex))),
              ("kind", .string(p.model.analysis.kinds[a.vertex])), ("score", .number(a.score)),
              ("polarity", .string(a.chain.polarity.rawValue)), ("hops", .int(a.chain.hops.count)),
              ("chain", p.tree(a.chain)),
            ])
          })
      ),
    ])
  }
}
