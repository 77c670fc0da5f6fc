import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct InfoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Summarise a network: entities and relations by kind, dates, sources, components.",
    discussion: """
      An edge list (.txt, .edges, .tsv, .csv: `src dst [weight]` per line) is summarised as a \
      graph: vertices, arcs, self-loops, density, largest degrees, weak and strong components.
      """)

  @OptionGroup var input: NetworkArgument

  @Flag(help: "Read an edge list as undirected (default: directed).")
  var undirected = false

  @Option(help: "Output format: table or json.")
  var format: AnswerFormat = .table

  func run() throws {
    let file = try NetworkArgument.effectiveFile(input.file)
    if let file, NetworkInput.kind(of: file) == .edgeList {
      guard case .edgeList(let list) = try NetworkArgument.open(file, directed: !undirected) else { return }
      let summary = EdgeListSummary(list.graph, origin: file)
      print(format == .json ? summary.tree().json() : summary.text(), terminator: "")
      return
    }
    if undirected { throw usageFailure("--undirected applies to edge lists only") }
    let loaded = try NetworkArgument.checked(NetworkArgument.read(file, resolved: true))
    let summary = NetworkSummary(loaded.network)
    switch format {
    case .json: print(summary.tree(origin: loaded.origin).json(), terminator: "")
    case .table: print(summary.text(origin: loaded.origin), terminator: "")
    }
  }
}
