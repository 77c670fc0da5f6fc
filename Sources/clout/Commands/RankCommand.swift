import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

extension Measure: ExpressibleByArgument {}

struct RankCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rank",
    abstract: "Rank actors (or vertices of an edge list) by a centrality measure.",
    discussion: """
      On a network the measures run on the influence projection (an arc u→v means u moves v; \
      see docs/FORMAT.md). The default, `reach`, is how many others an actor moves and how \
      strongly: the sum of the strengths of its strongest chains to them (docs/INFLUENCE.md); \
      `influence`, `out-degree` and `hubs` also score how much an actor moves \
      others; `pagerank`, `in-degree` and `authorities` how much it is moved; `betweenness` its \
      brokerage along strongest chains. On an edge list the weights are used as given.

      Measures:
      \(Measure.allCases.map { "  \($0.rawValue.padding(14))\($0.summary)" }.joined(separator: "\n"))

      \(chainRulesHelp)

      Ties: \(CompetitionRanks.rule) When every actor ties (a network of disconnected pairs, \
      filters that leave a symmetric structure), the table says so instead of ranking them, and \
      JSON has "all_tied": true.

      Examples:
        clout rank --top 10
        clout rank --by betweenness --about h200 --as-of 2025-12
        clout rank edges.txt --by pagerank --format csv
        clout rank big.txt --by betweenness --samples 256
        clout rank --scores pagerank.csv       # scores computed elsewhere (clout spark … --format csv)
      """)

  @OptionGroup var input: AnalysisInput

  @OptionGroup var compute: ComputeOptions

  @Option(help: "The measure to rank by (see the list above; default reach on a network, influence on an edge list).")
  var by: Measure?

  @OptionGroup var chain: ChainOptions

  @Option(help: "Only entities of this kind (person, agency, company, country, organization…).")
  var kind: String?

  @Option(help: "How many to show (0 = all).")
  var top: Int = 20

  @Option(help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Rank by scores read from a CSV table (a 'key' or 'id' column, the score last) instead of --by.",
      valueName: "file"))
  var scores: String?

  func validate() throws {
    if top < 0 { throw ValidationError("--top must be 0 or more") }
  }

  func run() throws {
    let g = try input.load()
    let by = self.by ?? (g.network == nil ? .influence : .reach)
    let scoreColumn = try self.scores.map { try VertexScores.load($0, ids: g.ids) }
    if scoreColumn == nil { compute.announce(by, on: g) }
    var options = compute.measureOptions
    options.chainRules = chain.rules
    let scores = try scoreColumn?.values ?? Analysis.compute(by, on: g, options: options)
    var sampling: RankView.Sampling?
    if by == .betweenness, let pivots = compute.samples, pivots < g.vertexCount {
      let bound = compute.measureOptions.betweennessErrorBound(vertexCount: g.vertexCount)
      sampling = RankView.Sampling(sources: pivots, seed: compute.seed, errorBound: bound ?? 0)
    }
    let column = scoreColumn.map {
      RankView.ScoreColumn(name: $0.measure, origin: self.scores ?? "", scored: $0.scored)
    }
    let view = RankView(
      g: g, measure: by, scores: scores, kind: kind, top: top, sampling: sampling, rules: chain.rules, column: column)
    switch format {
    case .json: print(view.tree().json(), terminator: "")
    case .table: print(view.text(), terminator: "")
    case .csv: print(view.table().csv(), terminator: "")
    }
  }
}

/// Runs engine computations for the CLI, turning engine errors into exit 2 with their message.
enum Analysis {
  static func compute(_ measure: Measure, on g: AnalysisGraph, options: MeasureOptions = MeasureOptions()) throws
    -> [Double]
  {
    do {
      return try measure.compute(on: g, options: options, progress: ProgressReporter.callback(measure.rawValue))
    } catch {
      Console.error("\(measure.rawValue): \(error)")
      throw ExitCode(Exit.input)
    }
  }
}
