import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

/// The input of analysis commands: a network file (or the bundled one), or a plain edge list
/// (`.txt`, `.edges`, `.tsv`, `.csv`: `src dst [weight]` per line).
struct AnalysisInput: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "A network (.yaml/.json, .graphml, .gexf, .dot, NAME.nodes.csv, node-link .json) or an edge list "
        + "(.txt/.edges/.tsv/.csv). Omit it for the bundled network.",
      valueName: "file"))
  var file: String?

  @Flag(help: "Read an edge list as undirected (default: directed).")
  var undirected = false

  @OptionGroup var filters: FilterOptions

  @OptionGroup var language: LanguageOption

  /// Loads the input and builds the graph to analyse.
  func load() throws -> AnalysisGraph {
    let file = try NetworkArgument.effectiveFile(self.file)
    let kind = file.map(NetworkInput.kind(of:)) ?? .network
    if kind == .edgeList, !(try filters.filter()).isEmpty {
      throw ValidationError("relation filters (--kinds, --about, --as-of…) need a network file, not an edge list")
    }
    if kind == .network, undirected { throw ValidationError("--undirected applies to edge lists only") }
    let loaded: LoadedNetwork
    if let file, kind != .network {
      switch try NetworkArgument.open(file, directed: !undirected) {
      case .edgeList(let list):
        try language.refuseWithoutNames(file)
        return list.analysisGraph
      case .graph(let g):
        if !(try filters.filter()).isEmpty {
          throw usageFailure(
            "relation filters (--kinds, --about, --as-of…) need a network; the edges of \(file) name no relation kinds")
        }
        try language.refuseWithoutNames(file)
        return undirected ? AnalysisGraph(graph: g.graph.undirected(), ids: g.ids) : g
      case .network(let network):
        if undirected { throw usageFailure("--undirected applies to plain graphs; \(file) is a Clout network") }
        loaded = network
      }
    } else {
      loaded = try NetworkArgument.read(file, resolved: true)
    }
    let network = try language.apply(to: NetworkArgument.checked(loaded).network)
    do {
      try filters.check(against: network)
    } catch let error as ValidationError {
      throw usageFailure(error.message)
    }
    return AnalysisGraph(network: network, filter: try filters.filter())
  }

  /// Finds a vertex by what the user typed: an entity (id, name, alias, part of a name) for
  /// networks, an exact label for edge lists.
  func vertex(_ query: String, in g: AnalysisGraph) throws -> Int {
    if let network = g.network {
      let entity = try EntityLookup.resolve(query, in: network)
      guard let v = network.entityPosition(entity.id) else { throw ExitCode(Exit.input) }
      return v
    }
    guard let v = g.ids.firstIndex(of: query) else {
      Console.error("no vertex labelled '\(query)' in \(file ?? "the graph")")
      throw ExitCode(Exit.input)
    }
    return v
  }
}

extension NetworkArgument {
  init(file: String?) {
    self.init()
    self.file = file
  }
}

/// Prints a usage problem found after parsing (it needs the data to be noticed) and gives the
/// exit code for it.
func usageFailure(_ message: String) -> ExitCode {
  Console.error("Error: \(message)")
  return ExitCode(Exit.input)
}
