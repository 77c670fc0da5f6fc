/// A diagram of a plain graph (an edge list, an imported graph, a large network) with the defaults
/// people know from Gephi: node area by a measure (degree unless given), colour by community,
/// labels only on the largest nodes, thin translucent edges, no edge labels.
///
/// Labels go inside their nodes, which grow to hold them, so the layout's overlap removal keeps
/// every label clear of other nodes and labels. Their font size is chosen so that the drawing,
/// fitted to A2, shows them at `labelPointsOnA2` points: the drawing's side is predicted as
/// 65 pt × √n (measured with sfdp and `overlap=prism` on graphs of 1,000 and 10,000 nodes with 3–5
/// edges per node: 63 and 66 pt × √n); when the laid-out drawing comes out so much larger that
/// labels would fall under 7 pt on A2, the layout runs once more with the measured size. Cost: one
/// layout, rarely two.
public struct PlainGraphDiagram: Sendable {
  /// Vertex names, shown as labels.
  public var names: [String]
  public var tails: [Int]
  public var heads: [Int]
  public var isDirected: Bool
  /// A value per vertex that sets node area (nil: degree).
  public var sizes: [Double]?
  /// A community per vertex (nil: one colour).
  public var communities: [Int]?
  /// How many of the largest nodes carry a label.
  public var labelCount: Int
  public var title: String?
  /// Label size on an A2 sheet, in points.
  public var labelPointsOnA2 = 9.0

  public init(
    names: [String], tails: [Int], heads: [Int], isDirected: Bool, sizes: [Double]? = nil, communities: [Int]? = nil,
    labelCount: Int = 30, title: String? = nil
  ) {
    self.names = names
    self.tails = tails
    self.heads = heads
    self.isDirected = isDirected
    self.sizes = sizes
    self.communities = communities
    self.labelCount = labelCount
    self.title = title
  }

  /// The values that size the nodes: `sizes`, else degree.
  var values: [Double] {
    if let sizes, sizes.count == names.count { return sizes.map { $0.isFinite ? $0 : 0 } }
    var degree = [Double](repeating: 0, count: names.count)
    for (t, h) in zip(tails, heads) {
      if names.indices.contains(t) { degree[t] += 1 }
      if names.indices.contains(h) { degree[h] += 1 }
    }
    return degree
  }

  /// The graph: node `n<i>` for vertex i; the `labelled` nodes carry their name at `fontSize`.
  public func graph(fontSize: Double = 14, fontName: String = DiagramStyle.standard.fontName) -> DOTGraph {
    let values = values
    let low = values.min() ?? 0
    let high = values.max() ?? 0
    var graph = DOTGraph(name: "clout", isDirected: isDirected)
    graph.attributes = [
      "bgcolor": "white", "pad": "0.3", "outputorder": "edgesfirst", "fontname": .text(fontName),
    ]
    graph.nodeDefaults = [
      "shape": "circle", "label": "", "style": "filled", "penwidth": "0.5", "fontname": .text(fontName),
      "fixedsize": "true", "margin": "0.04,0.02",
    ]
    graph.edgeDefaults = [
      "color": .text(DiagramPalette.withAlpha(DiagramPalette.grey, 0x66)), "penwidth": "0.5", "arrowsize": "0.4",
    ]
    if let title, !title.isEmpty {
      graph.attributes["label"] = .text(DOTEscaping.escString(title))
      graph.attributes["labelloc"] = "t"
      graph.attributes["fontsize"] = .text(DiagramBuilder.number(fontSize * 1.6))
    }
    let colours = communityColours()
    let labelled = Set(labelled)
    for i in names.indices {
      let t = high > low ? (values[i] - low) / (high - low) : 0.5
      var attributes: DOTAttributes = [
        "width": .text(DiagramBuilder.number(0.12 + 0.5 * t.squareRoot())), "fillcolor": .text(colours[i].fill),
        "color": .text(colours[i].border), "tooltip": .text(DOTEscaping.tooltip(names[i])),
        "id": .text(DOTEscaping.escString("n\(i)")),
      ]
      if labelled.contains(i) {
        attributes["label"] = .text(DOTEscaping.escString(names[i]))
        attributes["fontsize"] = .text(DiagramBuilder.number(fontSize))
        attributes["fixedsize"] = "false"
        attributes["shape"] = "ellipse"
        attributes["height"] = attributes["width"]
        attributes["fillcolor"] = .text(DiagramPalette.tint(colours[i].border, share: 0.3))
      }
      graph.nodes.append(DOTNode(id: "n\(i)", attributes: attributes))
    }
    for (t, h) in zip(tails, heads) where names.indices.contains(t) && names.indices.contains(h) {
      graph.edges.append(DOTEdge(tail: "n\(t)", head: "n\(h)"))
    }
    return graph
  }

  /// Node colours: the seven largest communities get the palette, the rest grey.
  func communityColours() -> [(fill: String, border: String)] {
    let grey = (fill: DiagramPalette.greyTint, border: DiagramPalette.grey)
    guard let communities, communities.count == names.count else {
      return Array(
        repeating: (DiagramPalette.tint(DiagramPalette.blue, share: 0.6), DiagramPalette.blue), count: names.count)
    }
    var sizes: [Int: Int] = [:]
    for c in communities { sizes[c, default: 0] += 1 }
    let ranked = sizes.keys.sorted { (sizes[$0] ?? 0, $1) > (sizes[$1] ?? 0, $0) }
    var colour: [Int: (fill: String, border: String)] = [:]
    for (i, c) in ranked.prefix(DiagramPalette.groupColors.count).enumerated() where (sizes[c] ?? 0) > 1 {
      let c0 = DiagramPalette.groupColors[i]
      colour[c] = (DiagramPalette.tint(c0, share: 0.6), c0)
    }
    return communities.map { colour[$0] ?? grey }
  }

  /// The indices of the `labelCount` largest nodes (ties by index).
  var labelled: [Int] {
    let values = values
    return Array(names.indices.sorted { (values[$0], -$0) > (values[$1], -$1) }.prefix(max(0, labelCount)))
  }

  /// The predicted side of the drawing, in points (see the type's description).
  var predictedSide: Double { 65 * Double(max(1, names.count)).squareRoot() }

  /// Lays out and renders (see the type's description).
  public func render(
    options: GraphvizRenderOptions = GraphvizRenderOptions(), formats: [GraphvizFormat]
  ) throws(GraphvizError) -> GraphvizRendering {
    let wanted = formats.contains(.json) ? formats : formats + [.json]
    var side = (width: predictedSide, height: predictedSide)
    var rendering: GraphvizRendering
    var rounds = 0
    repeat {
      rounds += 1
      let fontSize = labelPointsOnA2 / DrawingMeasurement.a2Scale(width: side.width, height: side.height)
      rendering = try Graphviz.shared.render(graph(fontSize: fontSize), options: options, formats: wanted)
      guard let json = rendering.bytes(.json), let drawn = try? DrawingMeasurement(json: json) else { break }
      if drawn.texts.isEmpty || drawn.smallestTextOnA2 >= 7 { break }
      side = (drawn.width, drawn.height)
    } while rounds < 2
    let outputs = formats.contains(.json) ? rendering.outputs : rendering.outputs.filter { $0.format != .json }
    return GraphvizRendering(
      layout: rendering.layout,
      layoutReason: rendering.layoutReason + "; labels on the \(labelled.count) largest nodes"
        + (rounds > 1 ? " (laid out twice to size them)" : ""),
      outputs: outputs, warnings: rendering.warnings)
  }
}
