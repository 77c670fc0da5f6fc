import Clout
import CloutGraphviz
import CloutIO

/// DOT in the import pipeline every exchange format takes: Graphviz (cgraph, in CloutGraphviz)
/// parses the text into a `DOTGraph`; this maps it onto an `ImportedGraph`, which `ImportMapper`
/// turns into a network checked like a hand-written file, and `plainGraph()` into a graph as drawn.
///
/// What is read (the data attributes `DiagramBuilder` writes, so a drawing reads back):
/// - graph: `label` (plain text) → title;
/// - node: `kind`; `name`, else the text of a plain label (not HTML, not `\N`) → name;
///   `name_<lang>` → names; `role`; `affiliation`;
/// - edge: the key, else `id` → id; `kind`, `status`, `date`, `start`, `end`, `strength`,
///   `confidence`, `about` (comma-separated topic ids), `note`, `weight`.
/// Presentation (colours, shapes, tooltips, positions) is not data and is left out without a
/// warning; so are a Clout legend's nodes and the edges that touch them.
///
/// DOT states no places per element, so each node is located at its first mention and each edge at
/// the statement joining its tail to its head (the one with its key, when one has it), found by one
/// scan of the text (`DOTSourceIndex`); that statement's line, verbatim, is what an edge without
/// citations quotes. The scan also checks the node and edge counts the text states against the
/// limits before Graphviz builds the graph. Cost: O(text + n + m).
package enum DOTImport {
  /// Reads a DOT file through Graphviz.
  ///
  /// - Throws: `InputError` located at the line Graphviz names when the text is not DOT, or when
  ///   the file cannot be read, is not UTF-8 or exceeds the limits.
  package static func read(path: String, limits: InteropLimits = .standard) throws(InputError) -> ImportedGraph {
    let graph = try read(text: try NetworkLoader.readText(path), origin: path, limits: limits)
    try limits.check(graph)
    return graph
  }

  /// Reads DOT text through Graphviz; `origin` names it in locations.
  ///
  /// - Throws: `InputError` when the text states more nodes or edges than `limits` allow, or nests
  ///   subgraphs deeper (before Graphviz parses it), or is not DOT (at the line Graphviz names).
  package static func read(text: String, origin: String, limits: InteropLimits = .standard) throws(InputError)
    -> ImportedGraph
  {
    let index = try DOTSourceIndex(text: text, origin: origin, limits: limits)
    let parsed: DOTGraph
    do {
      parsed = try Graphviz.shared.parse(dot: text).graph
    } catch {
      throw InputError(
        error.message, at: SourceLocation(file: origin, line: error.line ?? 1, column: 1),
        hint: error.kind == .parse ? "check the DOT syntax around this line" : nil)
    }
    return importedGraph(parsed, index: index)
  }

  /// Maps a parsed graph; `index` locates its nodes and edges in the text it was parsed from.
  static func importedGraph(_ graph: DOTGraph, index lines: DOTSourceIndex) -> ImportedGraph {
    let legend = Set(graph.nodes.filter { graph.value("clout", of: $0)?.string == "legend" }.map(\.id))
    var graphFields: [ImportedGraph.Field] = []
    if let title = graph.attributes["label"].flatMap({ plainText($0, objectName: "") }) {
      graphFields.append(.init("title", .text(title, at: lines.top)))
    }
    let nodes = graph.nodes.filter { !legend.contains($0.id) }.map { node(in: graph, $0, lines: lines) }
    var seen: [String: Int] = [:]
    let drawn = graph.edges.filter { !legend.contains($0.tail) && !legend.contains($0.head) }
    let edges = drawn.map { edge in
      let pair = edge.tail + "\u{0}" + edge.head
      let occurrence = seen[pair, default: 0]
      seen[pair] = occurrence + 1
      let (at, quote) = lines.statement(
        tail: edge.tail, head: edge.head, key: edge.key, occurrence: occurrence, directed: graph.isDirected)
      var fields: [ImportedGraph.Field] = []
      func add(_ name: String, _ value: String?) {
        if let value { fields.append(.init(name, .text(value, at: at))) }
      }
      for name in ["kind", "status", "date", "start", "end", "strength", "confidence", "weight"] {
        add(name, graph.value(name, of: edge)?.string)
      }
      if let about = graph.value("about", of: edge)?.string {
        let topics = about.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        fields.append(.init("about", .list(topics.map { .text($0, at: at) }, at: at)))
      }
      add("note", graph.value("note", of: edge).map { DOTEscaping.displayText(ofEscString: $0.string) })
      return ImportedGraph.Edge(
        id: edge.key ?? graph.value("id", of: edge)?.string, source: edge.tail, target: edge.head, directed: nil,
        fields: fields, location: at,
        text: quote)
    }
    return ImportedGraph(
      format: .dot, origin: lines.origin, directed: graph.isDirected, graphFields: graphFields, nodes: nodes,
      edges: edges)
  }

  private static func node(in graph: DOTGraph, _ node: DOTNode, lines: DOTSourceIndex) -> ImportedGraph.Node {
    let at = lines.nodeLocation(node.id)
    var fields: [ImportedGraph.Field] = []
    if let kind = graph.value("kind", of: node)?.string { fields.append(.init("kind", .text(kind, at: at))) }
    let name =
      graph.value("name", of: node).map { DOTEscaping.displayText(ofEscString: $0.string) }
      ?? graph.value("label", of: node).flatMap { plainText($0, objectName: node.id) } ?? node.id
    fields.append(.init("name", .text(name, at: at)))
    for (attribute, value) in node.attributes.sorted(by: { $0.key < $1.key }) where attribute.hasPrefix("name_") {
      fields.append(.init(attribute, .text(DOTEscaping.displayText(ofEscString: value.string), at: at)))
    }
    if let role = graph.value("role", of: node) {
      fields.append(.init("role", .text(DOTEscaping.displayText(ofEscString: role.string), at: at)))
    }
    if let affiliation = graph.value("affiliation", of: node)?.string {
      fields.append(.init("affiliation", .text(affiliation, at: at)))
    }
    return ImportedGraph.Node(id: node.id, fields: fields, location: at)
  }

  /// The text a plain (non-HTML) label shows; nil for HTML labels and the `\N` default.
  private static func plainText(_ value: DOTValue, objectName: String) -> String? {
    guard case .text(let label) = value, label != "\\N", !label.isEmpty else { return nil }
    return DOTEscaping.displayText(ofEscString: label, objectName: objectName)
  }
}
