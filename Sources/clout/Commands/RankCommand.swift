import ArgumentParser
import Clout
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
    let scoreColumn = try self.scores.map { try ScoreFile.load($0, ids: g.ids) }
    if scoreColumn == nil { compute.announce(by, on: g) }
    var options = compute.measureOptions
    options.chainRules = chain.rules
    let scores = try scoreColumn?.values ?? Analysis.compute(by, on: g, options: options)
    let measureName = scoreColumn?.measure ?? by.rawValue
    let meaning = scoreColumn == nil ? Self.meaning(by, rules: chain.rules) : "scores read from \(self.scores ?? "")"
    // An edge list has no names or kinds: its labels are the ids.
    let plain = g.network == nil && g.names == g.ids && g.kinds.allSatisfy(\.isEmpty)
    var order = Array(0..<g.vertexCount)
    if let scoreColumn { order = order.filter { scoreColumn.scored[$0] } }
    if let kind { order = order.filter { g.kinds[$0] == kind } }
    order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : g.ids[$0] < g.ids[$1] }
    if top > 0 { order = Array(order.prefix(top)) }
    switch format {
    case .json:
      let rows: [OutputValue] = order.enumerated().map { rank, v in
        .object(
          plain
            ? [("rank", .int(rank + 1)), ("id", .string(g.ids[v])), ("score", .number(scores[v]))]
            : [
              ("rank", .int(rank + 1)), ("id", .string(g.ids[v])), ("name", .string(g.names[v])),
              ("kind", .string(g.kinds[v])), ("score", .number(scores[v])),
            ])
      }
      var fields: [(String, OutputValue)] = [("measure", .string(measureName)), ("means", .string(meaning))]
      if scoreColumn == nil, by == .betweenness, let pivots = compute.samples, pivots < g.vertexCount {
        let bound = compute.measureOptions.betweennessErrorBound(vertexCount: g.vertexCount)
        fields.append(
          (
            "sampled",
            .object([
              ("sources", .int(pivots)), ("seed", .int(Int(truncatingIfNeeded: compute.seed))),
              ("error_bound", .number(bound ?? 0)), ("confidence", .number(0.95)),
            ])
          ))
      }
      fields.append(("results", .array(rows)))
      print(OutputValue.object(fields).json(), terminator: "")
    case .table, .csv:
      var table = Table(plain ? ["rank", "id", measureName] : ["rank", "id", "name", "kind", measureName])
      for (rank, v) in order.enumerated() {
        let score = formatNumber(scores[v])
        table.add(
          plain ? [String(rank + 1), g.ids[v], score] : [String(rank + 1), g.ids[v], g.names[v], g.kinds[v], score])
      }
      if format == .table { print("\(measureName): \(meaning)") }
      print(format == .csv ? table.csv() : table.text(), terminator: "")
    }
  }

  /// The one line every ranking prints: what its number means (with the chain rules for reach).
  static func meaning(_ measure: Measure, rules: ChainRules) -> String {
    measure == .reach ? "\(measure.summary) (\(rules.statement))" : measure.summary
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
