import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct CommunitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "communities",
    abstract: "Groups of actors tied more closely to each other than to the rest (Louvain).",
    discussion: """
      Louvain (Blondel et al. 2008) on the influence projection with directed modularity
      (Leicht–Newman) and strengths as weights; the best of --runs seeded runs is shown, so the
      answer is the same every time. Modularity is a lower bound of the best possible.
      """)

  @OptionGroup var input: AnalysisInput

  @Option(help: "Resolution γ: larger gives smaller communities.")
  var resolution: Double = 1

  @Option(help: "Seeded runs to take the best of (default: 10, or 1 on graphs of more than 100k arcs).")
  var runs: Int?

  @Option(help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  func validate() throws {
    if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
    if !(resolution > 0) { throw ValidationError("--resolution must be positive") }
  }

  func run() throws {
    let g = try input.load()
    let result: LouvainResult
    do {
      let count = runs ?? (g.graph.edgeCount > 100_000 ? 1 : 10)
      result = try g.graph.bestLouvain(weighted: true, resolution: resolution, seeds: (0..<UInt64(count)).map { $0 })
    } catch {
      Console.error("communities: \(error)")
      throw ExitCode(Exit.input)
    }
    let groups = result.partition.members().sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    switch format {
    case .json:
      print(
        OutputValue.object([
          ("modularity", .number(result.modularity)),
          ("communities", .array(groups.map { .array($0.map { .string(g.ids[$0]) }) })),
        ]).json(), terminator: "")
    case .csv:
      var table = Table(["id", "name", "community"])
      for (c, members) in groups.enumerated() { for v in members { table.add([g.ids[v], g.names[v], String(c + 1)]) } }
      print(table.csv(), terminator: "")
    case .table:
      print("\(groups.count) communities, modularity \(formatNumber(result.modularity))")
      for (c, members) in groups.enumerated() {
        print("\n\(c + 1). (\(members.count))  " + members.map { g.names[$0] }.joined(separator: ", "))
      }
    }
  }
}
