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
  public var sizeBy: Measure?
  public var clusterBy: Clusters = .none
  public var title: String?
  public var legend = true
  public var edgeLabels = true
  public var layout: GraphvizLayout?
  public var format: GraphvizFormat = .svg

  public init(filter: RelationFilter) { self.filter = filter }

  /// The drawing, or the command line's message for why not.
  public func render(_ network: Network) throws(AnswerError) -> (bytes: [UInt8], rendering: GraphvizRendering) {
    var options = DiagramOptions(
      language: language, filter: filter, depth: depth, showsIsolated: false, labelsEdges: edgeLabels,
      showsLegend: legend, title: title)
    if let focus { options.focus = try EntityMatch.resolve(focus, in: network).id }
    let analysis = AnalysisGraph(network: network, filter: filter)
    if path.count == 2 {
      let s = try EntityMatch.resolve(path[0], in: network)
      let t = try EntityMatch.resolve(path[1], in: network)
      guard let a = network.entityPosition(s.id), let b = network.entityPosition(t.id),
        let chain = try? analysis.lengths.shortestPath(from: a, to: b, weighted: true)
      else {
        throw AnswerError("no influence chain leads from \(s.name) to \(t.name) with these filters")
      }
      options.path = chain.vertices.map { network.entities[$0].id }
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
      let result = try? analysis.graph.bestLouvain(weighted: true, seeds: Array(0..<10))
      let labels = result?.partition.labels ?? []
      options.clustering = .communities(
        Dictionary(uniqueKeysWithValues: zip(analysis.ids, labels.map { Int($0) })))
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
    return (bytes, rendering)
  }
}
