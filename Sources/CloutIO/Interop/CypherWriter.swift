import Clout
import CloutText

/// Writes a network as a Cypher script for Neo4j: one MERGE statement per source, topic, entity
/// and relation, so running it twice changes nothing (`cypher-shell -f network.cypher`).
///
/// - `(:Source {id})` and `(:Topic {id})` nodes with their records.
/// - `(:Entity {id})` nodes, also labelled by kind (`:Person`, `:Agency`…), with `name`, `kind`,
///   `name_<lang>`, `aliases`, `role`, `affiliation`, `note` and free attributes.
/// - One relationship per relation, typed by kind (`lobbies` → `:LOBBIES`, `depends-on` →
///   `:DEPENDS_ON`) and merged on its id, with Clout's fields as properties; `first_day` and
///   `last_day` are Neo4j dates for temporal queries; citations are the parallel lists `sources`
///   (source ids) and `quotes`.
///
/// Strings are single-quoted with backslash escapes; labels, types and keys that are not plain
/// identifiers are back-quoted. Cost: O(n + m) plus the size of the values.
package enum CypherWriter {
  package static func write(_ network: Network, scores: NodeScores = NodeScores()) -> (
    text: String, warnings: [Diagnostic]
  ) {
    let graph = ExportGraph(network, scores: scores)
    var out = "// Clout network" + (network.title.map { ": " + $0.replacingNewlines } ?? "") + "\n"
    out +=
      "// \(network.entities.count) entities, \(network.relations.count) relations, \(network.sources.count) "
      + "sources, \(network.topics.count) topics. Run: cypher-shell -f FILE\n"
    for label in ["Entity", "Source", "Topic"] {
      out +=
        "CREATE CONSTRAINT clout_\(label.lowercased())_id IF NOT EXISTS FOR (n:\(label)) REQUIRE n.id IS UNIQUE;\n"
    }
    for s in network.sources {
      var p: [(String, String)] = [("title", string(s.title))]
      if let v = s.outlet { p.append(("outlet", string(v))) }
      if let v = s.author { p.append(("author", string(v))) }
      if let v = s.date { p.append(("date", string(v.description))) }
      if let v = s.language { p.append(("language", string(v))) }
      if let v = s.url { p.append(("url", string(v))) }
      if let v = s.file { p.append(("file", string(v))) }
      if let v = s.note { p.append(("note", string(v))) }
      out += "MERGE (n:Source {id: \(string(s.id))}) SET n += \(map(p));\n"
    }
    for t in network.topics {
      var p: [(String, String)] = [("name", string(t.name))]
      for language in t.names.keys.sorted() {
        if let name = t.names[language] { p.append(("name_" + language, string(name))) }
      }
      if let v = t.note { p.append(("note", string(v))) }
      out += "MERGE (n:Topic {id: \(string(t.id))}) SET n += \(map(p));\n"
    }
    for node in graph.nodes {
      let kind = node.fields.first { $0.name == "kind" }?.value.text ?? ""
      let p = node.fields.map { ($0.name == "label" ? "name" : $0.name, value($0.value)) }
      out += "MERGE (n:Entity {id: \(string(node.id))}) SET n:\(identifier(label(ofKind: kind))), n += \(map(p));\n"
    }
    for edge in graph.edges {
      var p: [(String, String)] = edge.fields.filter { $0.name != "sources" }.map { ($0.name, value($0.value)) }
      let r = edge.relation
      if let first = (r.date ?? r.start)?.lowerBound { p.append(("first_day", "date(\(string(DayText.iso(first))))")) }
      if let last = (r.date ?? r.end)?.upperBound { p.append(("last_day", "date(\(string(DayText.iso(last))))")) }
      if !r.citations.isEmpty {
        p.append(("sources", list(r.citations.map(\.source))))
        p.append(("quotes", list(r.citations.map(\.quote))))
        if r.citations.contains(where: { $0.note != nil }) {
          p.append(("citation_notes", list(r.citations.map { $0.note ?? "" })))
        }
      }
      out +=
        "MATCH (a:Entity {id: \(string(edge.source))}), (b:Entity {id: \(string(edge.target))}) "
        + "MERGE (a)-[r:\(identifier(relationshipType(ofKind: edge.kind))) {id: \(string(edge.id))}]->(b) "
        + "SET r += \(map(p));\n"
    }
    var warnings: [Diagnostic] = []
    let declared = network.relationKinds.kinds.filter { !RelationKind.builtIn.contains($0) }
    if !declared.isEmpty {
      warnings.append(
        .warning(
          "Cypher has no place for the meaning of \(declared.count) declared relation kind(s); relationships keep "
            + "their kind as type"))
    }
    return (out, warnings)
  }

  /// `think-tank` → `ThinkTank`.
  package static func label(ofKind kind: String) -> String {
    let parts = kind.split { !$0.isLetter && !$0.isNumber }
    let joined = parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    return joined.isEmpty ? "Entity" : joined
  }

  /// `depends-on` → `DEPENDS_ON`.
  package static func relationshipType(ofKind kind: String) -> String {
    let parts = kind.split { !$0.isLetter && !$0.isNumber }
    let joined = parts.map { $0.uppercased() }.joined(separator: "_")
    return joined.isEmpty ? "RELATED_TO" : joined
  }

  private static func value(_ v: InteropValue) -> String {
    switch v {
    case .string(let s): return string(s)
    case .double(let x): return OutputValue.numberText(x) + (x == x.rounded() && abs(x) < 1e15 ? ".0" : "")
    case .integer(let n): return String(n)
    case .boolean(let b): return b ? "true" : "false"
    case .list(let items): return list(items)
    case .structured(let value): return string(value.compactJSON())
    }
  }

  private static func list(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ", ") + "]" }

  private static func map(_ properties: [(String, String)]) -> String {
    "{" + properties.map { identifier($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
  }

  /// A name as a Cypher identifier: plain when it can be, else back-quoted.
  package static func identifier(_ name: String) -> String {
    let plain =
      !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0))
      }
      && !("0"..."9").contains(name.unicodeScalars.first ?? "0")
    return plain ? name : "`" + name.replacingBackquotes + "`"
  }

  /// A Cypher string literal.
  package static func string(_ s: String) -> String { "'" + Escaper.cypher(s) + "'" }

}

extension String {
  fileprivate var replacingNewlines: String { split(whereSeparator: \.isNewline).joined(separator: " ") }
  fileprivate var replacingBackquotes: String {
    split(separator: "`", omittingEmptySubsequences: false).joined(separator: "``")
  }
}
