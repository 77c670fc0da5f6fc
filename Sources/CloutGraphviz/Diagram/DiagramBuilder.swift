import Clout

/// Turns a `Network` into a styled `DOTGraph` (and DOT text) ready for `Graphviz.render`.
///
/// What the graph holds:
/// - one node per drawn entity, named and `id`-ed by the entity id, labelled in the chosen
///   language (fallback English), shaped and coloured by `DiagramStyle`, with a tooltip (kind,
///   role, affiliation chain, bloc) and data attributes `kind`, `name`, `name_<lang>`, `role`,
///   `affiliation` that `DOTNetworkImporter` reads back;
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
    let words = DiagramVocabulary(language: options.language)
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
      if let group = grouping.groupOf[entity.id] { node.attributes["clout_group"] = .text(DOTEscaping.escString(group.id)) }
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
    let statuses = Set(bundle.relations.map(\.status))
    let lineStyle =
      statuses.contains(.active) ? "solid" : (statuses.isSubset(of: [.alleged, .denied]) ? "dotted" : "dashed")
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

  /// The line colours drawn: each polarity present, and `nil` for mixed pairs.
  private func polarities(of selection: DiagramSelection, network: Network) -> [Polarity?] {
    let bundles = DiagramEdgeBundle.bundles(of: selection.relations, merging: true)
    var out: [Polarity?] = []
    for bundle in bundles {
      let p = bundle.polarity(in: network)
      if !out.contains(where: { $0 == p }) { out.append(p) }
    }
    return out.sorted {
      ($0.map { Polarity.allCases.firstIndex(of: $0) ?? 0 } ?? 99)
        < ($1.map { Polarity.allCases.firstIndex(of: $0) ?? 0 } ?? 99)
    }
  }

  private func addLegend(
    to graph: inout DOTGraph, selection: DiagramSelection, network: Network, groups: [DiagramGroup],
    merged: Bool, words: DiagramVocabulary
  ) {
    var kinds: [EntityKind] = []
    for entity in selection.entities where !kinds.contains(entity.kind) { kinds.append(entity.kind) }
    var relationKinds: [(id: String, kind: RelationKind?)] = []
    var statuses: [RelationStatus] = []
    for relation in selection.relations {
      if !relationKinds.contains(where: { $0.id == relation.kind }) {
        relationKinds.append((relation.kind, network.kind(of: relation)))
      }
      if relation.status != .active, !statuses.contains(relation.status) { statuses.append(relation.status) }
    }
    statuses.sort { a, b in
      (RelationStatus.allCases.firstIndex(of: a) ?? 0) < (RelationStatus.allCases.firstIndex(of: b) ?? 0)
    }
    let legend = DiagramLegend(style: style, words: words)
    guard
      let label = legend.label(
        entityKinds: kinds, groups: groups, relationKinds: relationKinds,
        polarities: merged ? polarities(of: selection, network: network) : nil, statuses: statuses)
    else { return }
    var id = Self.legendID
    while network.entity(id) != nil { id += "-" }
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
