import Clout
import CloutGraphviz

/// What `clout render` draws: the relations (filters), the neighbourhood or chain to show, node
/// sizes and clusters, drawn in-process by Graphviz. Shared by the command line and the MCP
/// server's `render` tool. Assumes the filters were checked against the network.
public struct DiagramRequest: Sendable {
  /// How nodes are grouped.
  public enum Clusters: String, CaseIterable, Sendable {
    case none, affiliation, bloc, kind, community
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
  public var clusterBy: Clusters = .none
  public var title: String?
  public var legend = true
  public var edgeLabels = true
  public var layout: GraphvizLayout?
  public var format: GraphvizFormat = .svg

  public init(filter: RelationFilter) { self.filter = filter }

  /// The drawing, with the line that states the highlighted chain (`path: A → B, strength …
  /// (rules)`) if any, or the command line's message for why not.
  public func render(
    _ network: Network
  ) throws(AnswerError) -> (bytes: [UInt8], rendering: GraphvizRendering, chain: String?) {
    var options = DiagramOptions(
      language: language, filter: filter, depth: depth, showsIsolated: false, labelsEdges: edgeLabels,
      showsLegend: legend, title: title)
    if let focus { options.focus = try EntityMatch.resolve(focus, in: network).id }
    let analysis = AnalysisGraph(network: network, filter: filter)
    var chainLine: String?
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
      chainLine =
        "path: \(found.vertices.map { model.name($0) }.joined(separator: " → ")), strength "
        + "\(formatStrength(found.strength)) (\(rules.statement))"
      options.path = found.vertices.map { network.entities[$0].id }
    }
    if let sizeBy {
      do {
        let values = try sizeBy.compute(on: analysis, options: MeasureOptions())
        options.nodeSize = Dictionary(uniqueKeysWithValues: zip(analysis.ids, values))
      } catch {
        throw AnswerError("\(sizeBy.rawValue): \(error)")
      }
    }
    switch clusterBy {
    case .none: options.clustering = .none
    case .affiliation: options.clustering = .affiliation
    case .bloc: options.clustering = .bloc
    case .kind: options.clustering = .kind
    case .community:
      // The signed communities of `clout communities`, with the same numbers as its table and CSV.
      let communities = SignedCommunities(network: network, filter: filter)
      options.clustering = .communities(Dictionary(uniqueKeysWithValues: zip(analysis.ids, communities.numberOf)))
    }
    let rendering: GraphvizRendering
    do {
      let dot = try DiagramBuilder(options: options).dot(for: network)
      rendering = try Graphviz.shared.render(
        dot: dot, options: GraphvizRenderOptions(layout: layout), formats: [format])
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
    return (bytes, rendering, chainLine)
  }
}
