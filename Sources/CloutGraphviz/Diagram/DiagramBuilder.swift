import Clout

/// Turns a `Network` into a styled `DOTGraph` (and DOT text) ready for `Graphviz.render`.
///
/// What the graph holds:
/// - one node per drawn entity, named and `id`-ed by the entity id, labelled in the chosen
///   language (fallback English), shaped and coloured by `DiagramStyle`, with a tooltip (kind,
///   role, affiliation chain, bloc) and data attributes `kind`, `name`, `name_<lang>`, `role`,
///   `affiliation` that `DOTImport` (CloutAnswers) reads back;
/// - one edge per drawn relation — parallel relations stay separate edges, each with its own key,
///   `id`, label, colour and tooltip, since each carries its own evidence — keyed and `id`-ed by the
///   relation id, with a tooltip (kind, ends, date, status, confidence, topics, quotes with source
///   titles, note), `URL` to the first cited source that has a URL, and data attributes `kind`,
///   `status`, `date`, `start`, `end`, `strength`, `confidence`, `about`, `note`; the kind and
///   status mark are its `label`, or its `xlabel` in clustered diagrams (see `DotCleanupHazard`);
/// - optional clusters, emphasis (focus entity with a double border, path thicker in its polarity colour
///   with black node borders and other relations dimmed, node size by a value) and a legend node of exactly the entity
///   kinds, blocs, relation kinds and statuses drawn.
/// Every string is escaped for its attribute (`DOTEscaping.escString` for labels and ids,
/// `DOTEscaping.tooltip` for tooltips, `DOTEscaping.url` for URLs, `DOTEscaping.html` inside the
/// legend); `DOTWriter` quotes the rest.
///
/// Cost: O(n + m) plus the tooltips' text.
public struct DiagramBuilder: Sendable {
  public var style: DiagramStyle
  public var options: DiagramOptions

  /// The legend node's name and id (suffixed if an entity already uses it).
  public static let legendID = "clout-legend"

  public init(style: DiagramStyle = .standard, options: DiagramOptions = DiagramOptions()) {
    self.style = style
    self.options = options
  }

  /// The DOT text of the diagram.
  public func dot(for network: Network) throws(DiagramError) -> String {
    DOTWriter.write(try graph(for: network))
  }

  /// The diagram as a graph value.
  ///
  /// - Throws: `DiagramError` for an unknown focus or path entity, a path step with no drawn
  ///   relation, or a relation naming an unknown entity.
  public func graph(for network: Network) throws(DiagramError) -> DOTGraph {
    let selection = try DiagramSelection.select(from: network, options: options)
    let words = DiagramVocabulary(language: options.language, network: network)
    let tips = DiagramTooltips(network: network, words: words, language: options.language)
    let bundles = DiagramEdgeBundle.bundles(of: selection.relations, merging: options.mergesParallel)
    // A graph whose every drawn relation is symmetric (an imported undirected graph) is drawn
    // undirected: no arrowheads.
    let directed = !selection.relations.allSatisfy { network.kind(of: $0)?.symmetric ?? false }
    var graph = DOTGraph(name: "clout", isDirected: directed)
    graph.attributes = [
      "fontname": .text(style.fontName), "rankdir": .text(options.rankDirection), "outputorder": "edgesfirst",
      "bgcolor": "white", "pad": "0.3", "nodesep": "0.35", "ranksep": "0.6", "forcelabels": "false",
    ]
    if let title = options.title ?? network.title, !title.isEmpty {
      graph.attributes["label"] = .text(DOTEscaping.escString(title))
      graph.attributes["labelloc"] = "t"
      graph.attributes["fontsize"] = "18"
      // Clusters inherit root graph attributes as defaults; every cluster sets its own label and tooltip.
      graph.attributes["tooltip"] = .text(DOTEscaping.tooltip(title))
    }
    graph.nodeDefaults = ["fontname": .text(style.fontName), "fontsize": "12", "margin": "0.12,0.06"]
    graph.edgeDefaults = ["fontname": .text(style.fontName), "fontsize": "11.5", "arrowsize": "0.8"]

    let path = Set(options.path)
    let sizes = NodeSizeScale(values: options.nodeSize)
    let grouping = DiagramGrouping.resolve(
      entities: selection.entities, network: network, communities: options.colorByCommunity, words: words)
    let hints = DiagramPlacement.hints(entities: selection.entities, grouping: grouping, bundles: bundles)
    if !hints.isEmpty, selection.entities.count <= LayoutAdvisor.neatoNodes, options.clustering == .none {
      // Groups side by side: neato starts from the group positions (`DiagramPlacement`).
      graph.attributes["layout"] = "neato"
      for (name, value) in LayoutAdvisor.tuning(
        for: .neato, shape: GraphShape(nodeCount: 0, edgeCount: bundles.count, hasCycles: false))
      {
        graph.attributes[name] = .text(value)
      }
      // Stress from subset distances spreads hubs' many neighbours apart: on the seed overview it
      // draws with about half the crossings of the plain stress model (`DiagramLayoutSearch`).
      graph.attributes["model"] = "subset"
    }
    for entity in selection.entities {
      var node = node(
        for: entity, group: grouping.groupOf[entity.id], tips: tips, emphasised: path.contains(entity.id), size: sizes)
      if let hint = hints[entity.id] { node.attributes["pos"] = .text(hint) }
      if let group = grouping.groupOf[entity.id] {
        node.attributes["clout_group"] = .text(DOTEscaping.escString(group.id))
      }
      graph.nodes.append(node)
    }
    // Edge labels name relation kinds: they add nothing when every drawn relation has the same kind
    // (the legend says it once).
    let kindCount = Set(selection.relations.map(\.kind)).count
    let labels = options.labelsEdges && kindCount > 1
    var keys: Set<String> = []
    for bundle in bundles {
      let ids = bundle.relations.map(\.id)
      var key = ids.joined(separator: "+")
      var n = 2
      while !keys.insert(key).inserted {
        key = ids.joined(separator: "+") + "#\(n)"
        n += 1
      }
      let onPath: Bool? =
        options.path.count > 1 ? bundle.relations.contains { selection.pathRelations.contains($0.id) } : nil
      if bundle.relations.count == 1, let relation = bundle.relations.first {
        graph.edges.append(
          edge(
            for: relation, key: key, network: network, tips: tips, words: words, onPath: onPath, labelled: labels,
            directed: directed))
      } else {
        graph.edges.append(
          mergedEdge(
            bundle, key: key, network: network, tips: tips, words: words, onPath: onPath, labelled: labels,
            directed: directed))
      }
    }
    if options.clustering != .none {
      // Without global ranking, dot in Graphviz 2.43 loses edges between clusters ("lost … edge")
      // on the seed network and routes splines badly.
      graph.attributes["newrank"] = "true"
    }
    for group in DiagramClusters.groups(
      of: selection.entities, mode: options.clustering, network: network, grouping: grouping, words: words)
    {
      graph.subgraphs.append(
        DOTSubgraph(
          name: "cluster_" + group.key,
          attributes: [
            "label": .text(DOTEscaping.escString(group.label)),
            "id": .text(DOTEscaping.escString("cluster-" + group.key)),
            "tooltip": .text(DOTEscaping.tooltip(group.label)), "style": "rounded", "color": .text(DiagramPalette.grey),
            "fontsize": "12",
          ],
          nodes: group.members))
    }
    if options.showsLegend {
      addLegend(
        to: &graph, selection: selection, network: network, groups: grouping.drawn, merged: options.mergesParallel,
        words: words)
    }
    return graph
  }

  private func node(
    for entity: Entity, group: DiagramGroup?, tips: DiagramTooltips, emphasised: Bool, size: NodeSizeScale
  ) -> DOTNode {
    let shape = style.shape(for: entity.kind)
    var attributes: DOTAttributes = [
      "id": .text(DOTEscaping.escString(entity.id)),
      "label": .text(DOTEscaping.escString(entity.name(in: options.language))),
      "shape": .text(shape.name), "style": .text(shape.rounded ? "rounded,filled" : "filled"),
      "fillcolor": .text(group?.fill ?? "white"), "color": .text(group?.border ?? DiagramPalette.grey),
      "penwidth": "1.5", "tooltip": .text(DOTEscaping.tooltip(tips.entity(entity, group: group))),
      "kind": .text(entity.kind.id), "name": .text(DOTEscaping.escString(entity.name)),
    ]
    for (language, name) in entity.names {
      attributes["name_" + language] = .text(DOTEscaping.escString(name))
    }
    if let role = entity.role { attributes["role"] = .text(DOTEscaping.escString(role)) }
    if let affiliation = entity.affiliation { attributes["affiliation"] = .text(affiliation) }
    if entity.id == options.focus { attributes["peripheries"] = "2" }
    if emphasised {
      attributes["color"] = .text(DiagramPalette.black)
      attributes["penwidth"] = "3"
    }
    if let t = size.position(of: entity.id) {
      attributes["width"] = .text(Self.number(0.9 + 1.6 * t))
      attributes["height"] = .text(Self.number(0.5 + 0.7 * t))
      attributes["fontsize"] = .text(Self.number(12 + 8 * t))
    }
    return DOTNode(id: entity.id, attributes: attributes)
  }

  private func edge(
    for relation: Relation, key: String, network: Network, tips: DiagramTooltips, words: DiagramVocabulary,
    onPath: Bool?, labelled: Bool, directed: Bool
  ) -> DOTEdge {
    let kind = network.kind(of: relation)
    let look = style.appearance(of: relation, kind: kind)
    var color = look.color
    var penwidth = look.penwidth
    if let onPath {
      if onPath {
        // The chain keeps its polarity colour (the legend's colours still apply); it stands out by width.
        penwidth += 2.5
      } else {
        color = DiagramPalette.withAlpha(color, 0x55)
      }
    }
    let tooltip = DOTValue.text(DOTEscaping.tooltip(tips.relation(relation)))
    var attributes: DOTAttributes = [
      "id": .text(DOTEscaping.escString(relation.id)), "color": .text(color), "fontcolor": .text(color),
      "style": .text(look.style), "arrowhead": .text(look.arrowhead), "penwidth": .text(Self.number(penwidth)),
      "tooltip": tooltip, "labeltooltip": tooltip, "kind": .text(relation.kind),
      "status": .text(relation.status.rawValue),
    ]
    if look.direction != "forward" { attributes["dir"] = .text(look.direction) }
    if look.direction == "both" { attributes["arrowtail"] = .text(look.arrowtail) }
    if !directed { for name in ["dir", "arrowhead", "arrowtail"] { attributes[name] = nil } }
    if labelled {
      var label = words.relationKind(relation.kind)
      if look.marksStatus { label += " " + words.statusMark(relation.status) }
      attributes["xlabel"] = .text(DOTEscaping.escString(label))
    }
    if let url = tips.url(of: relation) { attributes["URL"] = .text(DOTEscaping.url(url)) }
    if let date = relation.date { attributes["date"] = .text(date.description) }
    if let start = relation.start { attributes["start"] = .text(start.description) }
    if let end = relation.end { attributes["end"] = .text(end.description) }
    if let strength = relation.strength { attributes["strength"] = .text(Self.number(strength)) }
    if let confidence = relation.confidence { attributes["confidence"] = .text(Self.number(confidence)) }
    if !relation.about.isEmpty { attributes["about"] = .text(relation.about.joined(separator: ",")) }
    if let note = relation.note { attributes["note"] = .text(DOTEscaping.escString(note)) }
    return DOTEdge(tail: relation.from, head: relation.to, key: key, attributes: attributes)
  }

  /// One edge for several relations between the same two entities (see `DiagramEdgeBundle`).
  private func mergedEdge(
    _ bundle: DiagramEdgeBundle, key: String, network: Network, tips: DiagramTooltips, words: DiagramVocabulary,
    onPath: Bool?, labelled: Bool, directed: Bool
  ) -> DOTEdge {
    let polarity = bundle.polarity(in: network)
    var color = polarity.map(style.color(for:)) ?? style.mixedColor
    var penwidth = style.penWidth(forStrength: bundle.strength(in: network))
    if let onPath {
      if onPath {
        // The chain keeps its polarity colour (the legend's colours still apply); it stands out by width.
        penwidth += 2.5
      } else {
        color = DiagramPalette.withAlpha(color, 0x55)
      }
    }
    let lineStyle = Self.lineStyle(of: bundle)
    let tooltip = DOTValue.text(
      DOTEscaping.tooltip(bundle.relations.map { tips.relation($0) }.joined(separator: "\n\n")))
    let ids = bundle.relations.map(\.id)
    var attributes: DOTAttributes = [
      "id": .text(DOTEscaping.escString(ids.joined(separator: "+"))), "color": .text(color),
      "fontcolor": .text(color), "style": .text(lineStyle), "penwidth": .text(Self.number(penwidth)),
      "tooltip": tooltip, "labeltooltip": tooltip, "relations": .text(ids.joined(separator: ",")),
    ]
    if directed {
      let arrow = polarity.map(DiagramStyle.arrow(for:)) ?? "normal"
      attributes["arrowhead"] = .text(arrow)
      if bundle.goesBothWays {
        attributes["dir"] = "both"
        attributes["arrowtail"] = .text(arrow)
      }
    }
    if labelled {
      attributes["xlabel"] = .text(DOTEscaping.escString(bundle.kinds.map(words.relationKind).joined(separator: ", ")))
    }
    if let url = bundle.relations.lazy.compactMap({ tips.url(of: $0) }).first {
      attributes["URL"] = .text(DOTEscaping.url(url))
    }
    return DOTEdge(tail: bundle.tail, head: bundle.head, key: key, attributes: attributes)
  }

  /// What the legend explains: the line looks and styles exactly as drawn (merged bundles or
  /// single relations), the groups, node size and chain.
  private func legendContents(
    selection: DiagramSelection, network: Network, groups: [DiagramGroup], merged: Bool, directed: Bool
  ) -> DiagramLegend.Contents {
    var contents = DiagramLegend.Contents(groups: groups)
    var keys: [DiagramLegend.LineKey] = []
    var styles: [String: [RelationStatus]] = [:]
    func add(_ polarity: Polarity?, _ form: String, _ kinds: [String]) {
      if let i = keys.firstIndex(where: { $0.polarity == polarity && $0.form == form }) {
        for kind in kinds where !keys[i].kinds.contains(kind) { keys[i].kinds.append(kind) }
      } else {
        keys.append(DiagramLegend.LineKey(polarity: polarity, form: form, kinds: kinds))
      }
    }
    func style(_ lineStyle: String, _ statuses: [RelationStatus]) {
      guard lineStyle != "solid" else { return }
      for status in statuses where status != .active && !(styles[lineStyle] ?? []).contains(status) {
        styles[lineStyle, default: []].append(status)
      }
    }
    if merged {
      // One row per line colour drawn; each kind is listed under its own polarity (a pair's line
      // takes the colour of its hostile or cooperative kinds, so neutral kinds may be drawn in them).
      let bundles = DiagramEdgeBundle.bundles(of: selection.relations, merging: true)
      for bundle in bundles {
        add(bundle.polarity(in: network), directed ? "forward" : "none", [])
        style(Self.lineStyle(of: bundle), bundle.relations.map(\.status))
      }
      for relation in selection.relations {
        let polarity = network.kind(of: relation)?.polarity ?? .neutral
        if let i = keys.firstIndex(where: { $0.polarity == polarity }), !keys[i].kinds.contains(relation.kind) {
          keys[i].kinds.append(relation.kind)
        }
      }
    } else {
      for relation in selection.relations {
        let kind = network.kind(of: relation)
        var form: String
        switch kind?.influence ?? .forward {
        case .forward: form = "forward"
        case .reverse: form = "reverse"
        case .mutual: form = "mutual"
        case .none: form = (kind?.symmetric ?? false) ? "none" : "forward"
        }
        if !directed { form = "none" }
        add(kind?.polarity ?? .neutral, form, [relation.kind])
        style(DiagramStyle.lineStyle(for: relation.status), [relation.status])
      }
    }
    func rank(_ p: Polarity?) -> Int { p.map { Polarity.allCases.firstIndex(of: $0) ?? 0 } ?? 99 }
    let forms = ["forward", "reverse", "mutual", "none"]
    contents.lines = keys.sorted {
      (rank($0.polarity), forms.firstIndex(of: $0.form) ?? 9) < (rank($1.polarity), forms.firstIndex(of: $1.form) ?? 9)
    }
    let order = RelationStatus.allCases
    contents.styles = ["dashed", "dotted"].compactMap { name in
      styles[name].map { (name, $0.sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }) }
    }
    if !options.nodeSize.isEmpty, let meaning = options.nodeSizeMeaning { contents.sizeMeaning = meaning }
    if options.path.count > 1, let first = options.path.first, let last = options.path.last {
      func name(_ id: String) -> String { network.entity(id)?.name(in: options.language) ?? id }
      contents.path = (name(first), name(last))
    }
    return contents
  }

  /// The line style of a merged edge: solid when one of its relations is active, dotted when all
  /// are alleged or denied, else dashed.
  static func lineStyle(of bundle: DiagramEdgeBundle) -> String {
    let statuses = Set(bundle.relations.map(\.status))
    return statuses.contains(.active) ? "solid" : (statuses.isSubset(of: [.alleged, .denied]) ? "dotted" : "dashed")
  }

  private func addLegend(
    to graph: inout DOTGraph, selection: DiagramSelection, network: Network, groups: [DiagramGroup],
    merged: Bool, words: DiagramVocabulary
  ) {
    var id = Self.legendID
    while network.entity(id) != nil { id += "-" }
    // Entity kinds: one sample node per kind drawn, in its own shape, named inside.
    var kinds: [EntityKind] = []
    for entity in selection.entities where !kinds.contains(entity.kind) { kinds.append(entity.kind) }
    for kind in kinds {
      let shape = style.shape(for: kind)
      let sample = id + "-" + kind.id
      graph.nodes.append(
        DOTNode(
          id: sample,
          attributes: [
            "id": .text(DOTEscaping.escString(sample)), "label": .text(DOTEscaping.escString(words.entityKind(kind))),
            "shape": .text(shape.name), "style": .text(shape.rounded ? "rounded,filled" : "filled"),
            "fillcolor": "white", "color": .text(DiagramPalette.grey), "penwidth": "1.5", "clout": "legend",
            "tooltip": .text(DOTEscaping.tooltip(words.word(.legend) + ": " + words.entityKind(kind))),
          ]))
    }
    let contents = legendContents(
      selection: selection, network: network, groups: groups, merged: merged, directed: graph.isDirected)
    guard let label = DiagramLegend(style: style, words: words).label(contents) else { return }
    graph.nodes.append(
      DOTNode(
        id: id,
        attributes: [
          "id": .text(id), "label": .html(label), "shape": "plain", "clout": "legend",
          "tooltip": .text(DOTEscaping.tooltip(words.word(.legend))),
        ]))
  }

  /// A number as DOT text: up to 3 decimals, no trailing zeros.
  static func number(_ x: Double) -> String {
    let rounded = (x * 1000).rounded() / 1000
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
  }
}

/// Maps per-entity values linearly onto 0…1 for node sizes (finite values only).
struct NodeSizeScale {
  let values: [String: Double]
  let low: Double
  let high: Double

  init(values: [String: Double]) {
    let finite = values.filter { $0.value.isFinite }
    self.values = finite
    low = finite.values.min() ?? 0
    high = finite.values.max() ?? 0
  }

  /// The entity's place between the smallest (0) and largest (1) value; 0.5 when all are equal;
  /// nil without a value.
  func position(of id: String) -> Double? {
    guard let v = values[id] else { return nil }
    return high > low ? (v - low) / (high - low) : 0.5
  }
}
