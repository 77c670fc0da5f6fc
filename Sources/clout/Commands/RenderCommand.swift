import ArgumentParser
import Clout
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
        clout render -o chain.svg --path china us-commerce-department --size-by influence
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

  @Option(help: "Label language: en, ja, zh… (falls back to English).")
  var lang: String = "en"

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
  var clusterBy: ClusterChoice = .none

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

  enum ClusterChoice: String, ExpressibleByArgument, CaseIterable {
    case none, affiliation, group, kind, community
  }

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
    if let file, InputFile.format(of: file) == nil, EdgeList.isEdgeListFile(file) {
      if !(try filters.filter()).isEmpty {
        throw usageFailure("relation filters (--kinds, --about, --as-of…) need a network file, not an edge list")
      }
      let list: EdgeList
      do throws(InputError) {
        list = try EdgeListReader.read(
          path: file, directed: !undirected, progress: ProgressReporter.callback("reading \(file)"))
      } catch {
        for d in error.diagnostics { Console.error(d.description) }
        throw ExitCode(Exit.input)
      }
      let graph = AnalysisGraph(graph: list.graph, ids: (0..<list.graph.vertexCount).map(list.label))
      return try renderPlain(graph, origin: file)
    }
    let network = try input.load().network
    do {
      try filters.check(against: network)
    } catch let error as ValidationError {
      throw usageFailure(error.message)
    }
    let filter = try filters.filter()
    if network.entities.count > PlainRender.networkEntities || top != nil || community != nil {
      return try renderPlain(AnalysisGraph(network: network, filter: filter), origin: input.file ?? "the network")
    }
    var options = DiagramOptions(
      language: lang, filter: filter, depth: depth, showsIsolated: false, labelsEdges: !noEdgeLabels,
      showsLegend: !noLegend, title: title)
    if let focus { options.focus = try EntityLookup.resolve(focus, in: network).id }
    let analysis = AnalysisGraph(network: network, filter: filter)
    if network.groups.isEmpty, !network.entities.contains(where: { $0.affiliation != nil }) {
      // Nothing in the data groups the entities (an imported social graph): colour by community.
      if let louvain = try? analysis.graph.undirected().bestLouvain(weighted: analysis.graph.isWeighted, seeds: [0]) {
        options.colorByCommunity = Dictionary(
          uniqueKeysWithValues: zip(analysis.ids, louvain.partition.labels.map { Int($0) }))
      }
    }
    if path.count == 2 {
      // The strongest chain of `clout path` and `clout influence`: the same engine and rules.
      let s = try EntityLookup.resolve(path[0], in: network)
      let t = try EntityLookup.resolve(path[1], in: network)
      let model = InfluenceModel(network: network, filter: filter, standingTies: !standing.strictAbout)
      guard let a = network.entityPosition(s.id), let b = network.entityPosition(t.id),
        let found = try? model.strongestChain(from: a, to: b, rules: chain.rules)
      else {
        Console.error(
          "no influence chain leads from \(s.name) to \(t.name) with these filters (\(chain.rules.statement))")
        throw ExitCode(Exit.input)
      }
      // Stated beside "wrote …", as every chain answer states its rules.
      Console.error(
        "path: \(found.vertices.map { model.name($0) }.joined(separator: " → ")), strength "
          + "\(formatStrength(found.strength)) (\(chain.rules.statement))")
      options.path = found.vertices.map { network.entities[$0].id }
    }
    if let sizeBy {
      let values = try Analysis.compute(sizeBy, on: analysis)
      options.nodeSize = Dictionary(uniqueKeysWithValues: zip(analysis.ids, values))
    }
    if let sizeScores { options.nodeSize = try ScoreFile.load(sizeScores, ids: analysis.ids).byID(analysis.ids) }
    switch clusterBy {
    case .none: options.clustering = .none
    case .affiliation: options.clustering = .affiliation
    case .group: options.clustering = .group
    case .kind: options.clustering = .kind
    case .community:
      // The signed communities of `clout communities`, with the same numbers as its table and CSV.
      let communities = SignedCommunities(network: network, filter: filter)
      options.clustering = .communities(Dictionary(uniqueKeysWithValues: zip(analysis.ids, communities.numberOf)))
    }
    let format = try outputFormat()
    let rendering: GraphvizRendering
    do {
      let graph = try DiagramBuilder(options: options).graph(for: network)
      let chosen = try layout.map { name throws(GraphvizError) in try GraphvizLayout(parsing: name) }
      var renderOptions = GraphvizRenderOptions(layout: chosen)
      renderOptions.timeBudget = timeBudget
      let result = try DiagramRenderer.render(graph, options: renderOptions, formats: [format])
      rendering = result.rendering
      if result.droppedLabels > 0 {
        Console.error(
          "left out \(result.droppedLabels) edge label(s) that had no free place (kinds stay in the tooltips)")
      }
    } catch let error as DiagramError {
      Console.error("render: \(error)")
      throw ExitCode(Exit.input)
    } catch let error as GraphvizError {
      Console.error("render: \(error)")
      throw ExitCode(Exit.input)
    }
    Console.error(rendering.layoutReason)
    for warning in rendering.warnings { Console.error("graphviz: \(warning)") }
    if measure, let json = rendering.bytes(.json) { Console.error(try DrawingReport(json: json).text) }
    guard let bytes = rendering.bytes(format) else {
      Console.error("render: Graphviz produced no \(format.rawValue) output")
      throw ExitCode(Exit.input)
    }
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
    Console.error(rendering.layoutReason)
    for warning in rendering.warnings { Console.error("graphviz: \(warning)") }
    if measure, let json = rendering.bytes(.json) { Console.error(try DrawingReport(json: json).text) }
    guard let bytes = rendering.bytes(format) else {
      Console.error("render: Graphviz produced no \(format.rawValue) output")
      throw ExitCode(Exit.input)
    }
    do {
      try AtomicFile.write(bytes, to: output)
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
    Console.error("wrote \(output) (\(bytes.count) bytes)")
  }
}
