import Clout
import Foundation

/// A network as two CSV sheets, `NAME.nodes.csv` and `NAME.edges.csv`, with the columns Gephi's
/// data laboratory and Kumu import, plus Clout's own fields.
///
/// - Nodes: `Id`, `Label` (the name), `Type` (the entity kind), then `name_<lang>`, `aliases`,
///   `role`, `affiliation`, `note` and one column per free attribute.
/// - Edges: `Source`, `Target`, `Type` (`Directed`, for Gephi), `Id`, `Label` (the kind), `Weight`
///   (the strength that moves the target), then `kind`, `strength`, `date`, `start`, `end`,
///   `status`, `confidence`, `about`, `place`, `note`, `sources`. Lists and citations are JSON text.
///
/// Reading accepts Gephi's and Kumu's spellings too: `From`/`To` for the ends, an edge `Type` that
/// is a relation type (Kumu) rather than a direction (Gephi), a `Direction` column, nodes keyed by
/// `Label` when there is no `Id` (Kumu). An edges sheet may be read alone (its ends are then the
/// nodes). Sheets have no place for document-level records, so the title, description, source and
/// topic records and declared kinds are left out with a warning.
package enum CSVSheets {
  /// Whether a file name follows the sheet convention (`NAME.nodes.csv` or `NAME.edges.csv`).
  package static func isSheetName(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".nodes.csv") || lower.hasSuffix(".edges.csv")
  }

  /// The two sheets a path names: `NAME.csv`, `NAME.nodes.csv`, `NAME.edges.csv` or `NAME` all
  /// stand for `NAME.nodes.csv` and `NAME.edges.csv`.
  package static func paths(for path: String) -> (nodes: String, edges: String) {
    let base = stem(path)
    return (base + ".nodes.csv", base + ".edges.csv")
  }

  static func stem(_ path: String) -> String {
    for suffix in [".nodes.csv", ".edges.csv", ".csv"] where path.lowercased().hasSuffix(suffix) {
      return String(path.dropLast(suffix.count))
    }
    return path
  }

  // MARK: Reading

  /// Reads the pair a path names. A plain `NAME.csv` is read as an edges sheet on its own.
  package static func read(path: String, limits: InteropLimits = .standard) throws(InputError) -> ImportedGraph {
    let lower = path.lowercased()
    var nodesPath: String?
    let edgesPath: String
    if lower.hasSuffix(".nodes.csv") || lower.hasSuffix(".edges.csv") {
      let pair = paths(for: path)
      edgesPath = pair.edges
      if FileManager.default.fileExists(atPath: pair.nodes) { nodesPath = pair.nodes }
      if !FileManager.default.fileExists(atPath: edgesPath) {
        throw InputError(
          "\(edgesPath) is missing: a nodes sheet is read with its edges sheet",
          hint: "name the sheets NAME.nodes.csv and NAME.edges.csv, side by side")
      }
    } else {
      edgesPath = path
    }
    let nodes = try nodesPath.map { p throws(InputError) in
      try CSVTable.parse(
        TextFile.utf8(TextFile.bytes(p, maxBytes: limits.maxFileBytes, what: "a file to import"), file: p), file: p,
        limits: limits)
    }
    let edges = try CSVTable.parse(
      TextFile.utf8(
        TextFile.bytes(edgesPath, maxBytes: limits.maxFileBytes, what: "a file to import"), file: edgesPath),
      file: edgesPath, limits: limits)
    return try graph(nodes: nodes, nodesFile: nodesPath, edges: edges, edgesFile: edgesPath)
  }

  /// Reads sheets held in memory (an edges sheet, and optionally its nodes sheet), named
  /// `edgesFile` and `nodesFile` in messages.
  package static func read(
    nodes: [UInt8]?, nodesFile: String = "nodes.csv", edges: [UInt8], edgesFile: String = "edges.csv",
    limits: InteropLimits = .standard
  ) throws(InputError) -> ImportedGraph {
    let nodeTable = try nodes.map { bytes throws(InputError) in
      try CSVTable.parse(
        TextFile.utf8(bytes, file: nodesFile), file: nodesFile, limits: limits, rows: (limits.maxNodes, "nodes"))
    }
    let edgeTable = try CSVTable.parse(
      TextFile.utf8(edges, file: edgesFile), file: edgesFile, limits: limits, rows: (limits.maxEdges, "edges"))
    let graph = try graph(
      nodes: nodeTable, nodesFile: nodes == nil ? nil : nodesFile, edges: edgeTable, edgesFile: edgesFile)
    try limits.check(graph)
    return graph
  }

  /// Builds the graph from parsed sheets.
  static func graph(nodes: CSVTable?, nodesFile: String?, edges: CSVTable, edgesFile: String) throws(InputError)
    -> ImportedGraph
  {
    var errors: [Diagnostic] = []
    var outNodes: [ImportedGraph.Node] = []
    if let nodes {
      guard let idColumn = nodes.column("Id") ?? nodes.column("Label") else {
        throw InputError(
          "the nodes sheet has no 'Id' column (nor 'Label')",
          at: nodes.headerLocations.first ?? SourceLocation(file: nodesFile ?? "", line: 1, column: 1),
          hint: "name the first column Id")
      }
      let kindColumn = nodes.column("kind") ?? nodes.column("Type")
      let labelColumn = nodes.column("Label") == idColumn ? nil : nodes.column("Label")
      for record in nodes.records {
        let id = record.cells[idColumn]
        if id.isEmpty {
          errors.append(.error("a node without an id", at: record.locations[idColumn]))
          continue
        }
        var fields: [ImportedGraph.Field] = []
        for (c, name) in nodes.header.enumerated() where c != idColumn && !record.cells[c].isEmpty {
          let field: String
          switch c {
          case kindColumn: field = "kind"
          case labelColumn: field = "label"
          default: field = Self.canonicalColumn(name)
          }
          fields.append(.init(field, .text(record.cells[c], at: record.locations[c])))
        }
        outNodes.append(.init(id: id, fields: fields, location: record.location))
      }
    }
    guard let sourceColumn = edges.column("Source", "From"), let targetColumn = edges.column("Target", "To") else {
      throw InputError(
        "the edges sheet needs 'Source' and 'Target' columns (or 'From' and 'To')",
        at: edges.headerLocations.first ?? SourceLocation(file: edgesFile, line: 1, column: 1))
    }
    let idColumn = edges.column("Id")
    let typeColumn = edges.column("Type")
    let directionColumn = edges.column("Direction")
    var named: [Int: String] = [:]
    for (header, field) in [("Label", "label"), ("Weight", "weight"), ("kind", "kind")] {
      if let c = edges.column(header) { named[c] = field }
    }
    var outEdges: [ImportedGraph.Edge] = []
    var declared = Set(outNodes.map(\.id))
    var anyDirected = false
    for record in edges.records {
      let source = record.cells[sourceColumn]
      let target = record.cells[targetColumn]
      guard !source.isEmpty, !target.isEmpty else {
        errors.append(
          .error(
            "an edge without a \(source.isEmpty ? "source" : "target")",
            at: record.locations[source.isEmpty ? sourceColumn : targetColumn]))
        continue
      }
      var directed: Bool?
      var fields: [ImportedGraph.Field] = []
      for (c, name) in edges.header.enumerated()
      where ![sourceColumn, targetColumn, idColumn ?? -1].contains(c) && !record.cells[c].isEmpty {
        let cell = record.cells[c]
        if c == typeColumn || c == directionColumn, let d = InteropVocabulary.direction(ofType: cell) {
          directed = d
          continue
        }
        fields.append(
          .init(c == typeColumn ? "type" : named[c] ?? Self.canonicalColumn(name), .text(cell, at: record.locations[c]))
        )
      }
      anyDirected = anyDirected || directed != false
      if nodes == nil {
        for end in [source, target] where declared.insert(end).inserted {
          outNodes.append(.init(id: end, fields: [], location: record.location))
        }
      }
      outEdges.append(
        .init(
          id: idColumn.map { record.cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }, source: source, target: target,
          directed: directed, fields: fields, location: record.location, text: record.text))
    }
    if !errors.isEmpty { throw InputError(errors) }
    var warnings: [Diagnostic] = []
    if nodes == nil, isSheetName(edgesFile) {
      warnings.append(
        .warning(
          "no nodes sheet (\(paths(for: edgesFile).nodes)): the nodes are the ends of the edges, with no names or kinds",
          at: SourceLocation(file: edgesFile, line: 1, column: 1)))
    }
    return ImportedGraph(
      format: .csv, origin: edgesFile, directed: outEdges.isEmpty || anyDirected, nodes: outNodes, edges: outEdges,
      declaresStrength: edges.column("strength") != nil, diagnostics: warnings)
  }

  /// The Clout field a spreadsheet column stands for, as Kumu and Gephi users name them: header
  /// names match whatever their case and spacing (`Strength`, ` Date `), and the usual other
  /// names map onto Clout's (`Description` → `note`, `Start date` → `start`); any other column
  /// keeps its header as written.
  static func canonicalColumn(_ header: String) -> String {
    let key = header.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: " ")
    if let field = columnSynonyms[key] { return field }
    let known = [
      "name", "role", "affiliation", "aliases", "note", "strength", "date", "start", "end", "status", "confidence",
      "about", "place", "sources", "quote", "source", "kind", "weight",
    ]
    return known.contains(key) ? key : header
  }

  private static let columnSynonyms: [String: String] = [
    "description": "note", "notes": "note", "comment": "note", "comments": "note", "start date": "start",
    "end date": "end", "from date": "start", "to date": "end", "topics": "about", "topic": "about", "tags": "about",
    "organisation": "affiliation", "organization": "affiliation", "alias": "aliases", "title": "role",
  ]

  // MARK: Writing

  /// The nodes sheet and the edges sheet of a network, and warnings about what they cannot hold.
  package static func write(_ network: Network, scores: NodeScores = NodeScores()) -> (
    nodes: String, edges: String, warnings: [Diagnostic]
  ) {
    let graph = ExportGraph(network, scores: scores)
    let nodeColumns = ExportGraph.columns(
      graph.nodes.map { $0.fields.filter { $0.name != "label" && $0.name != "kind" } }
    )
    .map(\.name)
    var nodes = (["Id", "Label", "Type"] + nodeColumns).map(CSVTable.cell).joined(separator: ",") + "\n"
    for node in graph.nodes {
      func value(_ name: String) -> String { node.fields.first { $0.name == name }?.value.text ?? "" }
      let cells = [node.id, value("label"), value("kind")] + nodeColumns.map(value)
      nodes += cells.map(CSVTable.cell).joined(separator: ",") + "\n"
    }
    let edgeColumns = [
      "kind", "strength", "date", "start", "end", "status", "confidence", "about", "place", "note", "sources",
    ]
    var edges =
      (["Source", "Target", "Type", "Id", "Label", "Weight"] + edgeColumns).map(CSVTable.cell).joined(separator: ",")
      + "\n"
    for edge in graph.edges {
      func value(_ name: String) -> String { edge.fields.first { $0.name == name }?.value.text ?? "" }
      let cells =
        [edge.source, edge.target, "Directed", edge.id, edge.kind, OutputValue.numberText(edge.weight)]
        + edgeColumns.map(value)
      edges += cells.map(CSVTable.cell).joined(separator: ",") + "\n"
    }
    return (nodes, edges, ExportLosses.documentTables(of: network, format: "CSV sheets", keepsDescription: false))
  }
}
