/// A diagram of a plain graph (an edge list, an imported graph, a large network) with the defaults
/// people know from Gephi: node area by a measure (degree unless given), colour by community,
/// labels only on the largest nodes, thin translucent edges, no edge labels.
///
/// Rendering takes two layouts (`render`): the first places the nodes with the engine
/// `LayoutAdvisor` picks (sfdp for large graphs); the second (Graphviz's `nop2`, which keeps the
/// positions) places the labels, with a font size chosen from the first drawing's size so that,
/// fitted to A2, labels are `labelPointsOnA2` points, and drops labels that have no free place
/// (`forcelabels=false`). Cost: two layouts; the second is O(n + m) plus label placement.
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

  /// The graph without labels: node `n<i>` for vertex i.
  public func graph(fontName: String = DiagramStyle.standard.fontName) -> DOTGraph {
    let values = values
    let low = values.min() ?? 0
    let high = values.max() ?? 0
    var graph = DOTGraph(name: "clout", isDirected: isDirected)
    graph.attributes = [
      "bgcolor": "white", "pad": "0.3", "outputorder": "edgesfirst", "forcelabels": "false",
      "fontname": .text(fontName),
    ]
    graph.nodeDefaults = [
      "shape": "circle", "label": "", "style": "filled", "penwidth": "0.5", "fontname": .text(fontName),
      "fixedsize": "true",
    ]
    graph.edgeDefaults = [
      "color": .text(DiagramPalette.withAlpha(DiagramPalette.grey, 0x66)), "penwidth": "0.5", "arrowsize": "0.4",
    ]
    let colours = communityColours()
    for i in names.indices {
      let t = high > low ? (values[i] - low) / (high - low) : 0.5
      let colour = colours[i]
      graph.nodes.append(
        DOTNode(
          id: "n\(i)",
          attributes: [
            "width": .text(DiagramBuilder.number(0.12 + 0.5 * t.squareRoot())), "fillcolor": .text(colour.fill),
            "color": .text(colour.border), "tooltip": .text(DOTEscaping.tooltip(names[i])),
            "id": .text(DOTEscaping.escString("n\(i)")),
          ]))
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

  /// Lays out, sizes and places the labels, and renders (see the type's description).
  public func render(
    options: GraphvizRenderOptions = GraphvizRenderOptions(), formats: [GraphvizFormat]
  ) throws(GraphvizError) -> GraphvizRendering {
    var graph = graph()
    let first = try Graphviz.shared.render(graph, options: options, formats: [.plain])
    let placed = PlainLayout(text: first.text(.plain) ?? "")
    let scale = DrawingMeasurement.a2Scale(width: placed.width, height: placed.height)
    let fontSize = labelPointsOnA2 / scale
    graph.attributes["bb"] = nil
    for i in graph.nodes.indices {
      guard let p = placed.positions[graph.nodes[i].id] else { continue }
      graph.nodes[i].attributes["pos"] = .text(DiagramBuilder.number(p.x) + "," + DiagramBuilder.number(p.y) + "!")
    }
    for i in labelled {
      graph.nodes[i].attributes["xlabel"] = .text(DOTEscaping.escString(names[i]))
      graph.nodes[i].attributes["fontsize"] = .text(DiagramBuilder.number(fontSize))
    }
    if let title, !title.isEmpty {
      graph.attributes["label"] = .text(DOTEscaping.escString(title))
      graph.attributes["labelloc"] = "t"
      graph.attributes["fontsize"] = .text(DiagramBuilder.number(fontSize * 1.6))
    }
    graph.attributes["splines"] = "false"
    graph.attributes["notranslate"] = "true"
    // Graphviz places external labels clear of each other but not always of every node: measure,
    // drop the labels that still touch something, and place the rest again (positions are kept).
    var second = try Graphviz.shared.renderKeepingPositions(graph, formats: formats + [.json])
    for _ in 0..<3 {
      guard let json = second.bytes(.json), let measured = try? DrawingMeasurement(json: json) else { break }
      var culprits = Set(measured.labelsOnNodes().compactMap { $0.0.ownerID })
      for (a, b) in measured.labelCollisions() {
        if let id = [a, b].compactMap(\.ownerID).max() { culprits.insert(id) }
      }
      culprits.remove("clout")
      if culprits.isEmpty { break }
      for i in graph.nodes.indices where culprits.contains(graph.nodes[i].id) {
        graph.nodes[i].attributes["xlabel"] = nil
      }
      second = try Graphviz.shared.renderKeepingPositions(graph, formats: formats + [.json])
    }
    if !formats.contains(.json) {
      second = GraphvizRendering(
        layout: second.layout, layoutReason: second.layoutReason, outputs: second.outputs.filter { $0.format != .json },
        warnings: second.warnings)
    }
    return GraphvizRendering(
      layout: first.layout,
      layoutReason: first.layoutReason + "; labels on the \(labelled.count) largest nodes where they fit",
      outputs: second.outputs, warnings: first.warnings + second.warnings)
  }
}

/// Node positions (in points) and drawing size from Graphviz `plain` output.
struct PlainLayout {
  var width = 0.0
  var height = 0.0
  var positions: [String: (x: Double, y: Double)] = [:]

  init(text: String) {
    for line in text.split(separator: "\n") {
      let f = line.split(separator: " ", omittingEmptySubsequences: true)
      if f.first == "graph", f.count >= 4 {
        width = (Double(f[2]) ?? 0) * 72
        height = (Double(f[3]) ?? 0) * 72
      } else if f.first == "node", f.count >= 4, let x = Double(f[2]), let y = Double(f[3]) {
        let name = f[1].hasPrefix("\"") ? String(f[1].dropFirst().dropLast()) : String(f[1])
        positions[name] = (x * 72, y * 72)
      }
    }
  }
}
