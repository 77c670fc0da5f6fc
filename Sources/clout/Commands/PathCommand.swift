import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "The chains from one actor to another, each hop with its relations and quotes.",
    discussion: """
      On a network, paths run along the influence projection (u→v: u moves v) and the best path \
      is the strongest chain: the largest product of hop strengths, the same chain `clout \
      influence`, `influencers`, `influenced`, `explain` and `render --path` name for the pair. \
      --k lists the k strongest simple chains (Yen's algorithm). --hops ranks by number of hops \
      instead. On an edge list the weights are lengths, as in networkx.

      \(chainRulesHelp)

      Examples:
        clout path nvidia donald-trump
        clout path china nvidia --k 3
        clout path jensen-huang us-commerce-department --max-hops 6 --no-time-order
        clout path 0 33 karate.edges --undirected --hops
      """)

  @Argument(help: "Where the chain starts (id, name, alias or a unique part of one).")
  var from: String

  @Argument(help: "Where it ends.")
  var to: String

  @OptionGroup var input: AnalysisInput

  @OptionGroup var chain: ChainOptions

  @OptionGroup var standing: StandingTieOptions

  @Option(help: "How many chains to list, best first.")
  var k: Int = 1

  @Flag(help: "Rank by the number of hops instead of strength (or weight).")
  var hops = false

  @Flag(help: "The strongest chain (the default on networks; kept for clarity in scripts).")
  var strongest = false

  @Option(help: "Output format: table or json.")
  var format: AnswerFormat = .table

  func validate() throws {
    if k < 1 { throw ValidationError("--k must be at least 1") }
    if hops && strongest { throw ValidationError("--hops and --strongest exclude each other") }
  }

  func run() throws {
    let g = try input.load()
    guard g.network != nil else { return try plainPaths(g) }
    let model = try input.influenceModel(standingTies: !standing.strictAbout)
    let s = try input.vertex(from, in: model.analysis)
    let t = try input.vertex(to, in: model.analysis)
    if s == t { throw usageFailure("FROM and TO are the same actor (\(model.name(s))); name two different actors") }
    let rules = chain.rules
    let chains: [InfluenceChain]
    do throws(InfluenceError) {
      chains = try ChainsView.find(in: model, from: s, to: t, k: k, rules: rules, hops: hops)
    } catch {
      throw influenceFailure(error)
    }
    if chains.isEmpty {
      Console.error(
        "no chain leads from \(model.name(s)) to \(model.name(t)) in the influence projection (with these filters; "
          + "\(rules.statement))")
      throw ExitCode(Exit.findings)
    }
    let view = ChainsView(
      model: model, source: s, target: t, chains: chains, rules: rules, hops: hops, filters: input.filters.summary)
    switch format {
    case .json: print(view.tree().json(), terminator: "")
    case .table: print(view.text(), terminator: "")
    }
  }

  /// Paths of an imported graph (no evidence): weights are lengths, as in networkx.
  private func plainPaths(_ g: AnalysisGraph) throws {
    let s = try input.vertex(from, in: g)
    let t = try input.vertex(to, in: g)
    if s == t { throw usageFailure("FROM and TO are the same actor (\(g.names[s])); name two different actors") }
    let paths: [GraphPath]
    do {
      paths = try g.lengths.kShortestPaths(from: s, to: t, k: k, weighted: !hops)
    } catch {
      Console.error("path: \(error)")
      throw ExitCode(Exit.input)
    }
    if paths.isEmpty {
      Console.error("no path leads from \(g.names[s]) to \(g.names[t])")
      throw ExitCode(Exit.findings)
    }
    let view = PathView(g: g, paths: paths, hops: hops)
    switch format {
    case .json: print(view.tree().json(), terminator: "")
    case .table: print(view.text(), terminator: "")
    }
  }
}
