import Clout
import Foundation

/// The exchange formats Clout reads and writes besides its own YAML/JSON (docs/INTEROP.md).
public enum InteropFormat: String, Sendable, CaseIterable {
  /// GraphML (Gephi, yEd, Cytoscape, networkx `read_graphml`).
  case graphml
  /// GEXF 1.3 (Gephi, networkx `read_gexf`).
  case gexf
  /// A pair of CSV sheets, `NAME.nodes.csv` and `NAME.edges.csv` (Gephi data laboratory, Kumu).
  case csv
  /// Node-link JSON: `{"nodes": […], "edges": […]}` (d3, networkx `node_link_graph`).
  case json
  /// Cytoscape.js JSON: `{"elements": {"nodes": [{"data": …}], "edges": […]}}`.
  case cytoscape
  /// Graphviz DOT, drawn with Clout's style (read and written through CloutGraphviz).
  case dot
  /// A Cypher script of MERGE statements for Neo4j (written only).
  case cypher
  /// neo4j-admin import CSV: `NAME.neo4j-entities.csv` and `NAME.neo4j-relations.csv` (written only).
  case neo4j
  /// GraphFrames / Spark tables in a folder: `vertices.csv`, `edges.csv` and a manifest (written
  /// only, by `GraphFramesWriter`; docs/SPARK.md).
  case graphframes

  /// Whether Clout reads this format.
  public var isReadable: Bool { self != .cypher && self != .neo4j && self != .graphframes }

  /// The format a file name implies, from its extension: `.graphml`, `.gexf`, `.csv`, `.json`,
  /// `.cyjs`, `.dot`/`.gv`, `.cypher`/`.cql`. A `.json` file may also be Clout's own JSON:
  /// `detect(path:)` looks inside to tell.
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    let table: [(String, InteropFormat)] = [
      (".graphml", .graphml), (".gexf", .gexf), (".csv", .csv), (".json", .json), (".cyjs", .cytoscape),
      (".dot", .dot), (".gv", .dot), (".cypher", .cypher), (".cql", .cypher),
    ]
    guard let match = table.first(where: { lower.hasSuffix($0.0) }) else { return nil }
    self = match.1
  }

  /// What a file to read holds, looking inside where the name is not enough: a `.json` file is
  /// node-link JSON when its top level has `nodes` and `edges` or `links`, Cytoscape.js JSON when
  /// it has `elements`, and Clout's own JSON otherwise; an `.xml` file is GraphML or GEXF by its
  /// root element. Nil for Clout YAML/JSON, edge lists and unknown extensions.
  public static func detect(path: String) -> InteropFormat? {
    let lower = path.lowercased()
    if lower.hasSuffix(".xml") { return sniffXML(path) }
    if lower.hasSuffix(".csv") { return CSVSheets.isSheetName(path) ? .csv : nil }
    guard let format = InteropFormat(fileName: path) else { return nil }
    if format == .json { return sniffJSON(path) }
    return format
  }

  private static func head(_ path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: 1 << 16) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  private static func sniffXML(_ path: String) -> InteropFormat? {
    guard let text = head(path) else { return nil }
    if text.contains("<graphml") { return .graphml }
    if text.contains("<gexf") { return .gexf }
    return nil
  }

  /// Top-level keys of a JSON object, read from its first 64 KiB without parsing the whole file.
  private static func sniffJSON(_ path: String) -> InteropFormat? {
    guard let text = head(path) else { return nil }
    let keys = topLevelKeys(Array(text.utf8))
    if keys.contains("elements") { return .cytoscape }
    if keys.contains("nodes") { return .json }
    return nil
  }

  /// The keys at depth 1 of a JSON object, as far as the bytes go.
  static func topLevelKeys(_ bytes: [UInt8]) -> Set<String> {
    var keys: Set<String> = []
    var depth = 0
    var i = 0
    var expectingKey = false
    while i < bytes.count {
      let b = bytes[i]
      switch b {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        expectingKey = b == UInt8(ascii: "{") && depth == 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
      case UInt8(ascii: ","):
        if depth == 1 { expectingKey = true }
      case UInt8(ascii: "\""):
        var j = i + 1
        var text: [UInt8] = []
        while j < bytes.count, bytes[j] != UInt8(ascii: "\"") {
          if bytes[j] == UInt8(ascii: "\\") { j += 1 }
          if j < bytes.count { text.append(bytes[j]) }
          j += 1
        }
        if depth == 1 && expectingKey {
          keys.insert(String(decoding: text, as: UTF8.self))
          expectingKey = false
        }
        i = j
      default: break
      }
      i += 1
    }
    return keys
  }
}
