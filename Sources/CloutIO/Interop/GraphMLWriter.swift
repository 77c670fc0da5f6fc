import Clout

/// Writes a network as GraphML the way Gephi, yEd, Cytoscape and networkx read it: one `<key>` per
/// attribute with `for` and `attr.type` (string, double, int), an explicit `edgedefault="directed"`,
/// nodes and edges with their ids, `label` on nodes, `weight` (the strength that moves the target)
/// and `label` (the kind) on edges. Graph-level `<data>` carries the network's title, description
/// and its sources, topics and declared kinds as JSON text, and lists (aliases, topics of a
/// relation, citations) are JSON text too, so a Clout → GraphML → Clout round trip keeps
/// everything. Parallel relations stay separate edges with their own ids.
///
/// Cost: O(n + m) plus the size of the values.
package enum GraphMLWriter {
  /// The GraphML text, and warnings about what could not be written.
  package static func write(_ network: Network, scores: NodeScores = NodeScores()) -> (
    text: String, warnings: [Diagnostic]
  ) {
    let graph = ExportGraph(network, scores: scores)
    var x = XMLEscaping()
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    var graphKeys: [String: String] = [:]
    var nodeKeys: [String: String] = [:]
    var edgeKeys: [String: String] = [:]
    func declare(_ domain: String, _ prefix: String, _ columns: [(name: String, sample: InteropValue)]) -> [String:
      String]
    {
      var ids: [String: String] = [:]
      for (i, column) in columns.enumerated() {
        let id = "\(prefix)\(i)"
        ids[column.name] = id
        out +=
          "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(x.attribute(column.name))\" "
          + "attr.type=\"\(type(of: column.sample))\"/>\n"
      }
      return ids
    }
    graphKeys = declare("graph", "g", ExportGraph.columns([graph.graphFields]))
    nodeKeys = declare("node", "n", ExportGraph.columns(graph.nodes.map(\.fields)))
    var edgeColumns = ExportGraph.columns(graph.edges.map { [ExportField("label", .string($0.kind))] + $0.fields })
    if !edgeColumns.contains(where: { $0.name == "strength" }) { edgeColumns.append(("strength", .double(0))) }
    edgeKeys = declare("edge", "e", edgeColumns)
    out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
    for field in graph.graphFields {
      out += "    <data key=\"\(graphKeys[field.name] ?? "")\">\(x.text(field.value.text))</data>\n"
    }
    for node in graph.nodes {
      out += "    <node id=\"\(x.attribute(node.id))\">\n"
      for field in node.fields {
        out += "      <data key=\"\(nodeKeys[field.name] ?? "")\">\(x.text(field.value.text))</data>\n"
      }
      out += "    </node>\n"
    }
    for edge in graph.edges {
      out +=
        "    <edge id=\"\(x.attribute(edge.id))\" source=\"\(x.attribute(edge.source))\" "
        + "target=\"\(x.attribute(edge.target))\">\n"
      for field in [ExportField("label", .string(edge.kind))] + edge.fields {
        out += "      <data key=\"\(edgeKeys[field.name] ?? "")\">\(x.text(field.value.text))</data>\n"
      }
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return (out, XMLWarnings.replaced(x.replaced))
  }

  private static func type(of value: InteropValue) -> String {
    switch value {
    case .double: return "double"
    case .integer: return "int"
    case .boolean: return "boolean"
    case .string, .list, .structured: return "string"
    }
  }
}

/// The warning for characters XML 1.0 cannot hold.
enum XMLWarnings {
  static func replaced(_ count: Int) -> [Diagnostic] {
    guard count > 0 else { return [] }
    return [
      .warning(
        "\(count) control character(s) cannot be written in XML 1.0 and were replaced by U+FFFD",
        hint: "remove control characters from names, notes and quotes")
    ]
  }
}
