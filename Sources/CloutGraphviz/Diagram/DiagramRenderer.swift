/// Renders a diagram so that its edge labels never collide: for small `neato` diagrams first picks
/// the start with the fewest crossings and pins it (`DiagramLayoutSearch`); lays it out, measures the drawing
/// (`DrawingMeasurement`), and while an edge label overlaps another label or a node, leaves that
/// label out (the thinner edge's first) and lays out again.
///
/// Force-directed layouts and `dot` place nodes without regard to external labels (`xlabel`), so
/// dropping one keeps the node positions; Graphviz then re-places the remaining labels. At most
/// `rounds` rounds; the edge keeps its tooltip with the kinds. Cost: up to `rounds` layouts.
public enum DiagramRenderer {
  public static let rounds = 4

  /// The rendering, how many edge labels were left out, and what the layout search chose (nil when
  /// it did not apply).
  public static func render(
    _ graph: DOTGraph, options: GraphvizRenderOptions = GraphvizRenderOptions(), formats: [GraphvizFormat]
  ) throws(GraphvizError) -> (rendering: GraphvizRendering, droppedLabels: Int, search: DiagramLayoutSearch.Choice?) {
    let search = try DiagramLayoutSearch.choose(graph, options: options)
    var graph = search?.graph ?? graph
    var dropped = 0
    let wanted = formats.contains(.json) ? formats : formats + [.json]
    for round in 1...rounds {
      let rendering = try Graphviz.shared.render(graph, options: options, formats: wanted)
      guard round < rounds, let json = rendering.bytes(.json), let measured = try? DrawingMeasurement(json: json)
      else { return (rendering, dropped, search) }
      var culprits: Set<String> = []
      for (a, b) in measured.labelCollisions() {
        let edges = [a, b].filter(\.onEdge)
        guard let pick = edges.min(by: { width(of: $0, in: graph) < width(of: $1, in: graph) }) else { continue }
        if let id = pick.ownerID { culprits.insert(id) }
      }
      for (text, _) in measured.labelsOnNodes() where text.onEdge {
        if let id = text.ownerID { culprits.insert(id) }
      }
      if culprits.isEmpty { return (rendering, dropped, search) }
      for i in graph.edges.indices {
        if let id = graph.edges[i].attributes["id"]?.string, culprits.contains(id),
          graph.edges[i].attributes.removeValue(forKey: "xlabel") != nil
            || graph.edges[i].attributes.removeValue(forKey: "label") != nil
        {
          dropped += 1
        }
      }
    }
    return (try Graphviz.shared.render(graph, options: options, formats: wanted), dropped, search)
  }

  private static func width(of text: DrawingMeasurement.Text, in graph: DOTGraph) -> Double {
    let edge = graph.edges.first { $0.attributes["id"]?.string == text.ownerID }
    return edge.flatMap { Double($0.attributes["penwidth"]?.string ?? "") } ?? 1
  }
}
