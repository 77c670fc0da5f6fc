import Clout

/// Writes a network as GEXF 1.3 (https://gexf.net), the format Gephi reads natively.
///
/// - Typed attributes: one `<attribute>` per field (string or double); lists and citations are
///   JSON text. Nodes carry their `label`; edges their `kind` (GEXF 1.3's kind of parallel edges,
///   so parallel relations of different kinds stay apart), `label` (the kind) and `weight` (the
///   strength that moves the target).
/// - Time: a dated relation becomes the interval of days in which Clout holds it to be in force
///   (`Relation.firstDay` to `Relation.lastDay`, the rule `--as-of`, `--between`, `diff` and
///   time-respecting chains use), closed at both ends, in a `dynamic` graph with
///   `timeformat="date"`, so Gephi's timeline shows a relation exactly when Clout counts it. An
///   event holds on its date (`date: 2025-06` is `start="2025-06-01" end="2025-06-30"`) or, with
///   `lasts: 6m`, until six months after that; a state from its start to its end, with no `end`
///   when open-ended (or bounded by `lasts`). The exact partial dates and the holding period also
///   travel as the `date`, `start_date`, `end_date` and `lasts` attributes.
/// - `viz:` colour, size and shape of nodes and colour, thickness and shape of edges come from a
///   `GEXFAppearance` when one is given.
/// - GEXF has no place for document-level records: the title, the records of sources and topics
///   and declared kinds are left out with a warning (relations keep their citations, as source id
///   and quote, and their topic ids).
///
/// Cost: O(n + m) plus the size of the values.
package enum GEXFWriter {
  package static func write(_ network: Network, scores: NodeScores = NodeScores(), appearance: GEXFAppearance? = nil)
    -> (
      text: String, warnings: [Diagnostic]
    )
  {
    let graph = ExportGraph(network, scores: scores)
    var x = XMLEscaping()
    let dynamic = network.relations.contains { $0.date != nil || $0.start != nil || $0.end != nil }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      + "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    out += "  <meta>\n    <creator>Clout</creator>\n"
    if let d = network.description { out += "    <description>\(x.text(d))</description>\n" }
    out += "  </meta>\n"
    out +=
      "  <graph defaultedgetype=\"directed\" mode=\"\(dynamic ? "dynamic" : "static")\""
      + (dynamic ? " timeformat=\"date\"" : "") + ">\n"
    let nodeColumns = ExportGraph.columns(graph.nodes.map { $0.fields.filter { $0.name != "label" } })
    var edgeColumns = ExportGraph.columns(graph.edges.map { edgeFields($0) })
    if !edgeColumns.contains(where: { $0.name == "strength" }) { edgeColumns.append(("strength", .double(0))) }
    let nodeIDs = declare("node", nodeColumns, into: &out, &x)
    let edgeIDs = declare("edge", edgeColumns, into: &out, &x)
    out += "    <nodes>\n"
    for node in graph.nodes {
      let label = node.fields.first { $0.name == "label" }?.value.text ?? node.id
      out += "      <node id=\"\(x.attribute(node.id))\" label=\"\(x.attribute(label))\">\n"
      attvalues(node.fields.filter { $0.name != "label" }, ids: nodeIDs, indent: "        ", into: &out, &x)
      if let look = appearance?.nodes[node.id] {
        if let c = look.color { out += "        " + color(c) + "\n" }
        if let s = look.size { out += "        <viz:size value=\"\(OutputValue.numberText(s))\"/>\n" }
        if let s = look.shape { out += "        <viz:shape value=\"\(x.attribute(s))\"/>\n" }
      }
      out += "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for edge in graph.edges {
      out +=
        "      <edge id=\"\(x.attribute(edge.id))\" source=\"\(x.attribute(edge.source))\" "
        + "target=\"\(x.attribute(edge.target))\" kind=\"\(x.attribute(edge.kind))\" "
        + "label=\"\(x.attribute(edge.kind))\" weight=\"\(OutputValue.numberText(edge.weight))\""
        + interval(edge.relation) + ">\n"
      attvalues(edgeFields(edge), ids: edgeIDs, indent: "        ", into: &out, &x)
      if let look = appearance?.edges[edge.id] {
        if let c = look.color { out += "        " + color(c) + "\n" }
        if let t = look.thickness { out += "        <viz:thickness value=\"\(OutputValue.numberText(t))\"/>\n" }
        if let s = look.shape { out += "        <viz:shape value=\"\(x.attribute(s))\"/>\n" }
      }
      out += "      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return (
      out,
      ExportLosses.documentTables(of: network, format: "GEXF", keepsDescription: true)
        + XMLWarnings.replaced(x.replaced)
    )
  }

  /// The edge's fields as GEXF attributes: the kind is the edge's own `kind`, the weight its own
  /// `weight`, and `start`/`end` are renamed so that they do not clash with the interval.
  private static func edgeFields(_ edge: ExportGraph.Edge) -> [ExportField] {
    edge.fields.compactMap { field in
      switch field.name {
      case "kind", "weight": return nil
      case "start": return ExportField("start_date", field.value)
      case "end": return ExportField("end_date", field.value)
      default: return field
      }
    }
  }

  private static func declare(
    _ cls: String, _ columns: [(name: String, sample: InteropValue)], into out: inout String, _ x: inout XMLEscaping
  ) -> [String: String] {
    guard !columns.isEmpty else { return [:] }
    var ids: [String: String] = [:]
    out += "    <attributes class=\"\(cls)\">\n"
    for (i, column) in columns.enumerated() {
      let id = "\(cls == "node" ? "n" : "e")\(i)"
      ids[column.name] = id
      let type: String
      switch column.sample {
      case .double: type = "double"
      case .integer: type = "long"
      case .boolean: type = "boolean"
      case .string, .list, .structured: type = "string"
      }
      out += "      <attribute id=\"\(id)\" title=\"\(x.attribute(column.name))\" type=\"\(type)\"/>\n"
    }
    out += "    </attributes>\n"
    return ids
  }

  private static func attvalues(
    _ fields: [ExportField], ids: [String: String], indent: String, into out: inout String, _ x: inout XMLEscaping
  ) {
    guard !fields.isEmpty else { return }
    out += indent + "<attvalues>\n"
    for field in fields {
      out += indent + "  <attvalue for=\"\(ids[field.name] ?? "")\" value=\"\(x.attribute(field.value.text))\"/>\n"
    }
    out += indent + "</attvalues>\n"
  }

  private static func color(_ c: GEXFAppearance.Color) -> String {
    var s = "<viz:color r=\"\(c.red)\" g=\"\(c.green)\" b=\"\(c.blue)\""
    if c.alpha < 1 { s += " a=\"\(OutputValue.numberText((c.alpha * 100).rounded() / 100))\"" }
    return s + "/>"
  }

  /// ` start="…" end="…"`: the first and last day the relation holds by Clout's time rules
  /// (`Relation.firstDay`, `Relation.lastDay`: `lasts` included); no `end` when open-ended.
  static func interval(_ r: Relation) -> String {
    var s = ""
    if let first = r.firstDay { s += " start=\"\(DayText.iso(first))\"" }
    if let last = r.lastDay { s += " end=\"\(DayText.iso(last))\"" }
    return s
  }

}
