import ArgumentParser
import Clout
import CloutAnswers
import CloutGraphviz
import CloutIO

struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw a network as SVG, PNG, PDF or DOT, in-process through the Graphviz C library.",
    discussion: """
      Shapes follow entity kind; colours follow the groups the network declares (its `groups:` \
      section), else the top of each entity's affiliation chain; the legend names exactly the groups \
      drawn. Relations between the same two entities are drawn as one line: its colour is their \
      polarity (hostile, cooperative, neutral, or both), its width their combined strength, its \
      label their kinds (labels are left out where they have no free place). Ended or paused \
      relations are dashed, alleged ones dotted. SVG output carries tooltips with every relation's \
      kind, date, status, quote and source.

      The layout fits the graph: dot where the relations form a direction hierarchy, force-directed \
      (neato, sfdp for large graphs) for undirected, mostly mutual or tangled ones; stderr says what \
      was measured and why. A layout predicted to take longer than --time-budget falls back to a \
      faster one and says so (Graphviz cannot be interrupted in-process, so the budget acts on the \
      predicted time; a real overrun is reported). --layout overrides the choice.

      Edge lists and graphs of more than 500 entities are drawn as in Gephi: node area by degree \
      (or --size-by), colour by Louvain community, labels on the --labels largest nodes. Above \
      20,000 nodes or 100,000 edges render asks for a readable part instead: --top K (by --size-by \
      or degree), --focus VERTEX --depth N (an ego network) or --community N.

      Examples:
        clout render -o output/overview.svg
        clout render -o h200.png --about h20,h200 --lang ja
        clout render -o ego.pdf --focus nvidia --depth 2
        clout render -o chain.svg --path china nvidia --size-by influence
        clout render edges.txt --undirected -o graph.png --measure
        clout render big.txt --top 2000 --size-by pagerank -o top.svg
      """)

  @OptionGroup var input: NetworkArgument

  @OptionGroup var filters: FilterOptions

  @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "file"))
  var output: String

  @Option(help: "svg, png, pdf or dot (default: from the extension of -o).")
  var format: String?

  @Option(help: "dot, neato, fdp, sfdp, circo or twopi (default: chosen for the graph).")
  var layout: String?

  @OptionGroup var language: LanguageOption

  @Option(help: "Draw only this entity's neighbourhood.")
  var focus: String?

  @Option(help: "How many relation hops around --focus.")
  var depth: Int = 1

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp("Highlight the strongest influence chain between two entities.", valueName: "from to"))
  var path: [String] = []

  @OptionGroup(title: "Chain rules (for --path)") var chain: ChainOptions

  @OptionGroup var standing: StandingTieOptions

  @Option(name: .customLong("size-by"), help: "Scale nodes by a measure (see `clout rank --help`).")
  var sizeBy: Measure?

  @Option(
    name: .customLong("size-scores"), help: "Scale nodes by scores read from a CSV table (see `clout rank --scores`).")
  var sizeScores: String?

  @Option(name: .customLong("cluster-by"), help: "Group nodes in boxes: none, affiliation, group, kind or community.")
  var clusterBy: DiagramRequest.Clusters = .none

  @Option(help: "Graph title (default: the network's title).")
  var title: String?

  @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
  var noLegend = false

  @Flag(name: .customLong("no-edge-labels"), help: "Leave out the relation-kind labels on edges.")
  var noEdgeLabels = false

  @Option(
    name: .customLong("time-budget"),
    help: ArgumentHelp(
      "Seconds the layout may take; a layout predicted to take longer falls back to a faster one (dot → neato → sfdp).",
      valueName: "seconds"))
  var timeBudget: Double = LayoutAdvisor.defaultBudget

  @Flag(help: "Read an edge list as undirected (default: directed).")
  var undirected = false

  @Option(
    help: ArgumentHelp(
      "Large graphs: draw only the K vertices ranked highest by --size-by (default: degree).", valueName: "K"))
  var top: Int?

  @Option(help: ArgumentHelp("Large graphs: draw only this community (see `clout communities`).", valueName: "N"))
  var community: Int?

  @Option(help: ArgumentHelp("Large graphs: how many of the largest nodes carry a label.", valueName: "K"))
  var labels: Int = 30

  @Flag(
    help:
      "Print measurements of the laid-out drawing on stderr: size, smallest text fitted to A2, label collisions, labels on nodes, edge crossings."
  )
  var measure = false

  func validate() throws {
    if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    if let top, top < 1 { throw ValidationError("--top must be 1 or more") }
    if labels < 0 { throw ValidationError("--labels must be 0 or more") }
    if !(timeBudget > 0) { throw ValidationError("--time-budget must be a positive number of seconds") }
    if !path.isEmpty && path.count != 2 { throw ValidationError("--path takes two entities: --path FROM TO") }
    _ = try outputFormat()
    if let layout {
      do { _ = try GraphvizLayout(parsing: layout) } catch { throw ValidationError(error.description) }
    }
  }

  func outputFormat() throws -> GraphvizFormat {
    let name = format ?? String(output.split(separator: ".").last ?? "")
    if format == nil && !output.contains(".") {
      throw ValidationError("cannot tell the format of '\(output)': give --format svg|png|pdf|dot or an extension")
    }
    guard let f = GraphvizFormat(rawValue: name.lowercased()), [.svg, .png, .pdf, .dot].contains(f) else {
      throw ValidationError("unknown format '\(name)'; use svg, png, pdf or dot")
    }
    return f
  }

  func run() throws {
    try OutputFolder.prepare(for: output)
    let file = try NetworkArgument.effectiveFile(input.file)
    if let file, NetworkInput.kind(of: file) == .edgeList {
      if !(try filters.filter()).isEmpty {
        throw usageFailure("relation filters (--kinds, --about, --as-of…) need a network file, not an edge list")
      }
      try language.refuseWithoutNames(file)
      guard case .edgeList(let list) = try NetworkArgument.open(file, directed: !undirected) else { return }
      let graph = list.analysisGraph
      return try renderPlain(graph, origin: file)
    }
    let network = try input.load().network
    try LanguageOption.check(language.lang, in: network)
    do {
      try filters.check(against: network)
    } catch let error as ValidationError {
      throw usageFailure(error.message)
    }
    let filter = try filters.filter()
    if network.entities.count > PlainRender.networkEntities || top != nil || community != nil {
      // The plain drawing labels vertices with the graph's names; the diagram picks the language itself.
      let named = try language.apply(to: network)
      return try renderPlain(AnalysisGraph(network: named, filter: filter), origin: input.file ?? "the network")
    }
    var request = DiagramRequest(filter: filter)
    request.language = language.lang ?? "en"
    request.focus = focus
    request.depth = depth
    request.path = path
    request.sizeBy = sizeBy
    if let sizeScores {
      let ids = AnalysisGraph(network: network, filter: filter).ids
      request.nodeSizes = try VertexScores.load(sizeScores, ids: ids).byID(ids)
      request.nodeSizesMeaning = "scores from \(sizeScores)"
    }
    request.clusterBy = clusterBy
    request.title = title
    request.legend = !noLegend
    request.edgeLabels = !noEdgeLabels
    request.rules = chain.rules
    request.standingTies = !standing.strictAbout
    request.layout = try layout.map { name throws(GraphvizError) in try GraphvizLayout(parsing: name) }
    request.format = try outputFormat()
    request.timeBudget = timeBudget
    let bytes: [UInt8]
    let rendering: GraphvizRendering
    let notes: [String]
    do throws(AnswerError) {
      (bytes, rendering, notes) = try request.render(network)
    } catch {
      Console.error(error.message)
      throw ExitCode(Exit.input)
    }
    for note in notes { Console.error(note) }
    try finish(rendering, bytes: bytes)
  }

  /// Says how the drawing was laid out (and measured, with --measure), then writes it whole.
  private func finish(_ rendering: GraphvizRendering, bytes: [UInt8]) throws {
    Console.error(rendering.layoutReason)
    for warning in rendering.warnings { Console.error("graphviz: \(warning)") }
    if measure, let json = rendering.bytes(.json) { Console.error(try DrawingReport(json: json).text) }
    do {
      try AtomicFile.write(bytes, to: output)
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
    Console.error("wrote \(output) (\(bytes.count) bytes)")
  }

  /// Gephi-like drawing of a plain or large graph (`PlainRender`).
  func renderPlain(_ graph: AnalysisGraph, origin: String) throws {
    let plain = PlainRender(
      graph: graph, origin: origin, sizeBy: sizeBy, focus: focus, depth: depth, top: top, community: community,
      labels: labels, title: title)
    let diagram = try plain.diagram()
    let format = try outputFormat()
    var options = GraphvizRenderOptions(
      layout: try layout.map { name throws(GraphvizError) in try GraphvizLayout(parsing: name) })
    options.timeBudget = timeBudget
    options.limits = .none
    let rendering: GraphvizRendering
    do {
      rendering = try diagram.render(options: options, formats: measure ? [format, .json] : [format])
    } catch {
      Console.error("render: \(error)")
      throw ExitCode(Exit.input)
    }
    guard let bytes = rendering.bytes(format) else {
      Console.error("render: Graphviz produced no \(format.rawValue) output")
      throw ExitCode(Exit.input)
    }
    try finish(rendering, bytes: bytes)
  }
}

extension DiagramRequest.Clusters: ExpressibleByArgument {}
