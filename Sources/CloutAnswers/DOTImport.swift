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
/// DOT states no places per element, so each node is located at the first line naming it and each
/// edge at the line stating it (its tail, an edge operator and its head, and its key when that
/// line has it); that line, verbatim, is what an edge without citations quotes. Cost: O((n + m) · lines)
/// for the locations, O(n + m) otherwise.
package enum DOTImport {
  /// Reads a DOT file through Graphviz.
  ///
  /// - Throws: `InputError` located at the line Graphviz names when the text is not DOT, or when
  ///   the file cannot be read, is not UTF-8 or exceeds the limits.
  package static func read(path: String, limits: InteropLimits = .standard) throws(InputError) -> ImportedGraph {
    let graph = try read(text: try NetworkLoader.readText(path), origin: path)
    try limits.check(graph)
    return graph
  }

  /// Reads DOT text through Graphviz; `origin` names it in locations.
  package static func read(text: String, origin: String) throws(InputError) -> ImportedGraph {
    let parsed: DOTGraph
    do {
      parsed = try Graphviz.shared.parse(dot: text).graph
    } catch {
      throw InputError(
        error.message, at: SourceLocation(file: origin, line: error.line ?? 1, column: 1),
        hint: error.kind == .parse ? "check the DOT syntax around this line" : nil)
    }
    return importedGraph(parsed, text: text, origin: origin)
  }

  /// Maps a parsed graph; `text` is the DOT it was parsed from (for locations and quotes).
  package static func importedGraph(_ graph: DOTGraph, text: String, origin: String) -> ImportedGraph {
    let lines = DOTLines(text: text, origin: origin)
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
      let at = lines.edgeLocation(tail: edge.tail, head: edge.head, key: edge.key, occurrence: occurrence)
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
        text: lines.quote(tail: edge.tail, head: edge.head, key: edge.key, occurrence: occurrence))
    }
    return ImportedGraph(
      format: .dot, origin: origin, directed: graph.isDirected, graphFields: graphFields, nodes: nodes, edges: edges)
  }

  private static func node(in graph: DOTGraph, _ node: DOTNode, lines: DOTLines) -> ImportedGraph.Node {
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

/// The lines of a DOT text, to find where it states a node or an edge.
private struct DOTLines {
  let origin: String
  let text: String
  let lines: [String]
  /// The lines holding an edge operator.
  private let edgeLines: [Int]

  init(text: String, origin: String) {
    self.text = text
    self.origin = origin
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    self.lines = lines
    edgeLines = lines.indices.filter { lines[$0].contains("->") || lines[$0].contains("--") }
  }

  var top: SourceLocation { SourceLocation(file: origin, line: 1, column: 1) }

  /// The first line naming the node, at the name's column.
  func nodeLocation(_ id: String) -> SourceLocation {
    for (i, line) in lines.enumerated() {
      if let column = Self.column(of: DOTEscaping.id(id), in: line) ?? Self.column(of: id, in: line) {
        return SourceLocation(file: origin, line: i + 1, column: column)
      }
    }
    return top
  }

  /// The line stating the edge (see `quote`), at the tail's column.
  func edgeLocation(tail: String, head: String, key: String?, occurrence: Int) -> SourceLocation {
    guard let i = edgeLine(tail: tail, head: head, key: key, occurrence: occurrence) else { return top }
    let column = Self.column(of: DOTEscaping.id(tail), in: lines[i]) ?? Self.column(of: tail, in: lines[i]) ?? 1
    return SourceLocation(file: origin, line: i + 1, column: column)
  }

  /// What an imported relation quotes, verbatim: the line stating the edge, else the whole text.
  func quote(tail: String, head: String, key: String?, occurrence: Int) -> String {
    edgeLine(tail: tail, head: head, key: key, occurrence: occurrence).map { lines[$0] } ?? text
  }

  /// The index of the line stating an edge: a line naming the tail, then an edge operator, then the
  /// head, each name standing alone; the one with the edge's key when a line has it, else the
  /// `occurrence`-th such line (the n-th edge between the two on the n-th line naming them), else
  /// the last; failing that, the first edge line naming either end.
  private func edgeLine(tail: String, head: String, key: String?, occurrence: Int) -> Int? {
    let names = { (name: String) in [DOTEscaping.id(name), name] }
    let between = edgeLines.filter { i in
      names(tail).contains { t in names(head).contains { h in Self.states(lines[i], tail: t, head: h) } }
    }
    if let key {
      let keyed = ["key=\(key),", "key=\(key)]", "key=\(key) ", "key=\"\(key)\""]
      if let i = between.first(where: { i in keyed.contains { lines[i].contains($0) } }) { return i }
    }
    if !between.isEmpty { return between[min(occurrence, between.count - 1)] }
    return edgeLines.first {
      Self.column(of: tail, in: lines[$0]) != nil || Self.column(of: head, in: lines[$0]) != nil
    }
  }

  /// Whether `line` writes `tail`, an edge operator and `head` in that order, the names standing alone.
  private static func states(_ line: String, tail: String, head: String) -> Bool {
    var from = line.startIndex
    while let t = token(tail, in: line, from: from) {
      for op in ["->", "--"] {
        if let o = line.range(of: op, range: t.upperBound..<line.endIndex),
          token(head, in: line, from: o.upperBound) != nil
        {
          return true
        }
      }
      from = t.upperBound
    }
    return false
  }

  /// The 1-based column where `token` stands alone in `line` (not inside a longer name).
  private static func column(of token: String, in line: String) -> Int? {
    Self.token(token, in: line, from: line.startIndex).map { line[..<$0.lowerBound].unicodeScalars.count + 1 }
  }

  /// The first place from `from` where `token` stands alone in `line`.
  private static func token(_ token: String, in line: String, from start: String.Index) -> Range<String.Index>? {
    guard !token.isEmpty else { return nil }
    func isNamePart(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
    var from = start
    while let range = line.range(of: token, range: from..<line.endIndex) {
      let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
      let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
      if !isNamePart(before) && !isNamePart(after) { return range }
      from = range.upperBound
    }
    return nil
  }
}
