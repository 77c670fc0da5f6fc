import ArgumentParser
import Clout
import CloutGraphviz
import CloutIO

struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw a network as SVG, PNG, PDF or DOT, in-process through the Graphviz C library.",
    discussion: """
      Shapes and colours follow entity kind and bloc (United States, China, allies, third
      countries); edge colour, style and arrowhead follow relation kind and polarity; pen width
      follows strength; ended or paused relations are dashed, alleged ones dotted. SVG output
      carries tooltips with each relation's kind, date, status, quote and source.

      The layout is chosen for the graph at hand (dot for small acyclic graphs, sfdp for large or
      cyclic ones) and named on stderr; --layout overrides it.

      Examples:
        clout render -o output/overview.svg
        clout render -o h200.png --about h20,h200 --lang ja
        clout render -o ego.pdf --focus nvidia --depth 2
        clout render -o chain.svg --path china us-commerce-department --size-by influence
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

  @Option(name: .customLong("size-by"), help: "Scale nodes by a measure (see `clout rank --help`).")
  var sizeBy: Measure?

  @Option(
    name: .customLong("size-scores"), help: "Scale nodes by scores read from a CSV table (see `clout rank --scores`).")
  var sizeScores: String?

  @Option(name: .customLong("cluster-by"), help: "Group nodes: none, affiliation, bloc, kind or community.")
  var clusterBy: ClusterChoice = .none

  @Option(help: "Graph title (default: the network's title).")
  var title: String?

  @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
  var noLegend = false

  @Flag(name: .customLong("no-edge-labels"), help: "Leave out the relation-kind labels on edges.")
  var noEdgeLabels = false

  enum ClusterChoice: String, ExpressibleByArgument, CaseIterable {
    case none, affiliation, bloc, kind, community
  }

  func validate() throws {
    if depth < 0 { throw ValidationError("--depth must be 0 or more") }
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
    let network = try input.load().network
    do {
      try filters.check(against: network)
    } catch let error as ValidationError {
      throw usageFailure(error.message)
    }
    let filter = try filters.filter()
    var options = DiagramOptions(
      language: lang, filter: filter, depth: depth, showsIsolated: false, labelsEdges: !noEdgeLabels,
      showsLegend: !noLegend, title: title)
    if let focus { options.focus = try EntityLookup.resolve(focus, in: network).id }
    let analysis = AnalysisGraph(network: network, filter: filter)
    if path.count == 2 {
      let s = try EntityLookup.resolve(path[0], in: network)
      let t = try EntityLookup.resolve(path[1], in: network)
      guard let a = network.entityPosition(s.id), let b = network.entityPosition(t.id),
        let chain = try? analysis.lengths.shortestPath(from: a, to: b, weighted: true)
      else {
        Console.error("no influence chain leads from \(s.name) to \(t.name) with these filters")
        throw ExitCode(Exit.input)
      }
      options.path = chain.vertices.map { network.entities[$0].id }
    }
    if let sizeBy {
      let values = try Analysis.compute(sizeBy, on: analysis)
      options.nodeSize = Dictionary(uniqueKeysWithValues: zip(analysis.ids, values))
    }
    if let sizeScores { options.nodeSize = try ScoreFile.load(sizeScores, ids: analysis.ids).byID(analysis.ids) }
    switch clusterBy {
    case .none: options.clustering = .none
    case .affiliation: options.clustering = .affiliation
    case .bloc: options.clustering = .bloc
    case .kind: options.clustering = .kind
    case .community:
      let result = try? analysis.graph.bestLouvain(weighted: true, seeds: Array(0..<10))
      let labels = result?.partition.labels ?? []
      options.clustering = .communities(
        Dictionary(uniqueKeysWithValues: zip(analysis.ids, labels.map { Int($0) })))
    }
    let format = try outputFormat()
    let rendering: GraphvizRendering
    do {
      let dot = try DiagramBuilder(options: options).dot(for: network)
      let chosen = try layout.map { name throws(GraphvizError) in try GraphvizLayout(parsing: name) }
      rendering = try Graphviz.shared.render(
        dot: dot, options: GraphvizRenderOptions(layout: chosen), formats: [format])
    } catch let error as DiagramError {
      Console.error("render: \(error)")
      throw ExitCode(Exit.input)
    } catch let error as GraphvizError {
      Console.error("render: \(error)")
      throw ExitCode(Exit.input)
    }
    Console.error(rendering.layoutReason)
    for warning in rendering.warnings { Console.error("graphviz: \(warning)") }
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
