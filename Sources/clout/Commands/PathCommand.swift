import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "The chains from one actor to another, each hop with its relations and quotes.",
    discussion: """
      On a network, paths run along the influence projection (u→v: u moves v) and the best path
      is the strongest chain: the largest product of hop strengths. --k lists the k strongest
      simple chains (Yen's algorithm). --hops ranks by number of hops instead. On an edge list the
      weights are lengths, as in networkx.

      Examples:
        clout path nvidia trump
        clout path china commerce --k 3 --about rare-earths
        clout path 0 33 karate.edges --undirected --hops
      """)

  @Argument(help: "Where the chain starts (id, name, alias or a unique part of one).")
  var from: String

  @Argument(help: "Where it ends.")
  var to: String

  @OptionGroup var input: AnalysisInput

  @Option(help: "How many chains to list, best first.")
  var k: Int = 1

  @Flag(help: "Rank by the number of hops instead of strength (or weight).")
  var hops = false

  @Flag(help: "The strongest chain (the default on networks; kept for clarity in scripts).")
  var strongest = false

  @Option(help: "Output format: table or json.")
  var format: OutputFormat = .table

  func validate() throws {
    if k < 1 { throw ValidationError("--k must be at least 1") }
    if hops && strongest { throw ValidationError("--hops and --strongest exclude each other") }
  }

  func run() throws {
    let g = try input.load()
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
      Console.error(
        "no chain leads from \(g.names[s]) to \(g.names[t])"
          + (g.projection == nil ? "" : " in the influence projection (with these filters)"))
      throw ExitCode(Exit.findings)
    }
    let view = PathView(g: g, paths: paths, hops: hops)
    switch format {
    case .json: print(view.tree().json(), terminator: "")
    case .table, .csv: print(view.text(), terminator: "")
    }
  }
}
