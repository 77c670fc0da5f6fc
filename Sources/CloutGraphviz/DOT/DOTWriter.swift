/// Writes a `DOTGraph` as DOT text that Graphviz reads back to the same graph.
///
/// Layout of the output: the graph header, root `graph [...]`, `node [...]` and `edge [...]`
/// defaults, every node with its attributes, the subgraphs (members listed by ID, nested
/// subgraphs inside), then every edge (`key` first when present). Attributes are sorted by name
/// so the text is deterministic. IDs and values are quoted by `DOTEscaping.id(_:)`; HTML values are
/// written between `<` and `>` as given (they must be well-formed: build them with
/// `DOTEscaping.html(_:)`). Root graph attributes come first, so clusters inherit them as
/// Graphviz defaults (a cluster without its own `label` shows the root's label): give every
/// cluster a label when the root has one.
///
/// Cost: O(size of the output).
package enum DOTWriter {
  /// The DOT text of a graph.
  package static func write(_ graph: DOTGraph) -> String {
    var out = ""
    if graph.isStrict { out += "strict " }
    out += graph.isDirected ? "digraph" : "graph"
    if let name = graph.name { out += " " + DOTEscaping.id(name) }
    out += " {\n"
    if !graph.attributes.isEmpty { out += "  graph " + attributeList(graph.attributes) + ";\n" }
    if !graph.nodeDefaults.isEmpty { out += "  node " + attributeList(graph.nodeDefaults) + ";\n" }
    if !graph.edgeDefaults.isEmpty { out += "  edge " + attributeList(graph.edgeDefaults) + ";\n" }
    for node in graph.nodes {
      out += "  " + DOTEscaping.id(node.id)
      if !node.attributes.isEmpty { out += " " + attributeList(node.attributes) }
      out += ";\n"
    }
    for subgraph in graph.subgraphs { write(subgraph, indent: "  ", into: &out) }
    let arrow = graph.isDirected ? " -> " : " -- "
    for edge in graph.edges {
      out += "  " + DOTEscaping.id(edge.tail) + arrow + DOTEscaping.id(edge.head)
      var attributes = edge.attributes
      attributes["key"] = nil
      var items = attributeItems(attributes)
      if let key = edge.key { items.insert("key=" + DOTEscaping.id(key), at: 0) }
      if !items.isEmpty { out += " [" + items.joined(separator: ", ") + "]" }
      out += ";\n"
    }
    out += "}\n"
    return out
  }

  private static func write(_ subgraph: DOTSubgraph, indent: String, into out: inout String) {
    out += indent + "subgraph"
    if let name = subgraph.name { out += " " + DOTEscaping.id(name) }
    out += " {\n"
    let inner = indent + "  "
    if !subgraph.attributes.isEmpty { out += inner + "graph " + attributeList(subgraph.attributes) + ";\n" }
    if !subgraph.nodes.isEmpty {
      out += inner + subgraph.nodes.map(DOTEscaping.id).joined(separator: "; ") + ";\n"
    }
    for child in subgraph.subgraphs { write(child, indent: inner, into: &out) }
    out += indent + "}\n"
  }

  /// `[a=1, b="x y"]`, sorted by name (an empty list is `[]`).
  static func attributeList(_ attributes: DOTAttributes) -> String {
    "[" + attributeItems(attributes).joined(separator: ", ") + "]"
  }

  /// `a=1`, `b="x y"`…, sorted by name.
  static func attributeItems(_ attributes: DOTAttributes) -> [String] {
    attributes.sorted { $0.key < $1.key }.map { DOTEscaping.id($0.key) + "=" + value($0.value) }
  }

  /// A value as DOT: quoted text, or `<…>` for HTML.
  static func value(_ value: DOTValue) -> String {
    switch value {
    case .text(let s): DOTEscaping.id(s)
    case .html(let s): "<" + s + ">"
    }
  }
}
