import Clout
import CloutGraphviz

/// What `clout render` draws: the relations (filters), the neighbourhood or chain to show, node
/// sizes and clusters, drawn in-process by Graphviz. Shared by the command line and the MCP
/// server's `render` tool. Assumes the filters were checked against the network.
public struct DiagramRequest: Sendable {
  /// How nodes are grouped.
  public enum Clusters: String, CaseIterable, Sendable {
    case none, affiliation, group, kind, community
  }

  public var filter: RelationFilter
  public var language = "en"
  public var focus: String?
  public var depth = 1
  /// Two entities whose strongest influence chain is highlighted, or empty.
  public var path: [String] = []
  /// The chain rules the highlighted chain follows (`--max-hops`, `--no-time-order`).
  public var rules = ChainRules()
  /// Whether `--about` keeps the standing ties for the chain (unless `--strict-about`).
  public var standingTies = true
  public var sizeBy: Measure?
  /// Node sizes by entity id, read from a score table (`--size-scores`); they replace `sizeBy`.
  public var nodeSizes: [String: Double]?
  /// What `nodeSizes` are, for the legend (e.g. "scores from pr.csv").
  public var nodeSizesMeaning: String?
  public var clusterBy: Clusters = .none
  public var title: String?
  public var legend = true
  public var edgeLabels = true
  public var layout: GraphvizLayout?
  public var format: GraphvizFormat = .svg
  /// Seconds the layout may take; a layout predicted to take longer falls back to a faster one.
  public var timeBudget = LayoutAdvisor.defaultBudget

  public init(filter: RelationFilter) { self.filter = filter }

  /// The drawing, with the lines the command line prints before its layout line (the highlighted
  /// chain, `path: A → B, strength … (rules)`; edge labels left out), or its message for why not.
  public func render(
    _ network: Network
  ) throws(AnswerError) -> (bytes: [UInt8], rendering: GraphvizRendering, notes: [String]) {
    var options = DiagramOptions(
      language: language, filter: filter, depth: depth, showsIsolated: false, labelsEdges: edgeLabels,
      showsLegend: legend, title: title)
    if let focus { options.focus = try EntityMatch.resolve(focus, in: network).id }
    let analysis = AnalysisGraph(network: network, filter: filter)
    var notes: [String] = []
    if network.groups.isEmpty, !network.entities.contains(where: { $0.affiliation != nil }) {
      // Nothing in the data groups the entities (an imported social graph): colour by the
      // communities `clout communities --unsigned` lists.
      do throws(AnswerError) {
        let communities = try LouvainCommunities(of: analysis.graph)
        options.colorByCommunity = Dictionary(uniqueKeysWithValues: zip(analysis.ids, communities.numberOf))
      } catch {
        notes.append("\(error.message); nodes are not coloured by community")
      }
    }
    if path.count == 2 {
      // The strongest chain of `clout path` and `clout influence`: the same engine and rules.
      let s = try EntityMatch.resolve(path[0], in: network)
      let t = try EntityMatch.resolve(path[1], in: network)
      let model = InfluenceModel(network: network, filter: filter, standingTies: standingTies)
      guard let a = network.entityPosition(s.id), let b = network.entityPosition(t.id),
        let found = try? model.strongestChain(from: a, to: b, rules: rules)
      else {
        throw AnswerError(
          "no influence chain leads from \(s.name) to \(t.name) with these filters (\(rules.statement))")
      }
      // Stated beside "wrote …", as every chain answer states its rules.
      notes.append(
        "path: \(found.vertices.map { model.name($0) }.joined(separator: " → ")), strength "
          + "\(formatStrength(found.strength)) (\(rules.statement))")
      options.path = found.vertices.map { network.entities[$0].id }
    }
    if let sizeBy {
      do {
        let values = try sizeBy.compute(on: analysis, options: MeasureOptions())
        options.nodeSize = Dictionary(uniqueKeysWithValues: zip(analysis.ids, values))
        options.nodeSizeMeaning = sizeBy.rawValue
      } catch {
        throw AnswerError("\(sizeBy.rawValue): \(error)")
      }
    }
    if let nodeSizes {
      options.nodeSize = nodeSizes
      options.nodeSizeMeaning = nodeSizesMeaning
    }
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
    let rendering: GraphvizRendering
    do {
      let graph = try DiagramBuilder(options: options).graph(for: network)
      var renderOptions = GraphvizRenderOptions(layout: layout)
      renderOptions.timeBudget = timeBudget
      let result = try DiagramRenderer.render(graph, options: renderOptions, formats: [format])
      rendering = result.rendering
      if let search = result.search { notes.append(search.summary) }
      if result.droppedLabels > 0 {
        notes.append(
          "left out \(result.droppedLabels) edge label(s) that had no free place (kinds stay in the tooltips)")
      }
    } catch let error as DiagramError {
      throw AnswerError("render: \(error)")
    } catch let error as GraphvizError {
      throw AnswerError("render: \(error)")
    } catch {
      throw AnswerError("render: \(error)")
    }
    guard let bytes = rendering.bytes(format) else {
      throw AnswerError("render: Graphviz produced no \(format.rawValue) output")
    }
    return (bytes, rendering, notes)
  }
}
