import Clout

/// Files to write, made in memory first so that nothing is written when making them fails.
public struct InteropExport: Sendable {
  public struct File: Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
      self.path = path
      self.contents = contents
    }
  }

  public var files: [File]
  /// What the format could not hold.
  public var warnings: [Diagnostic]
  /// How to use the files (the import command for Neo4j…).
  public var notes: [String]

  public init(files: [File], warnings: [Diagnostic], notes: [String]) {
    self.files = files
    self.warnings = warnings
    self.notes = notes
  }
}

/// Writes a network in an exchange format (DOT excepted: it is drawn by CloutGraphviz's style).
public enum InteropWriter {
  /// The files `format` writes for an output path: one file for most formats; for CSV sheets
  /// `NAME.nodes.csv` and `NAME.edges.csv`, for neo4j-admin `NAME.neo4j-entities.csv` and
  /// `NAME.neo4j-relations.csv` (NAME is the path without `.csv`, `.nodes.csv` or `.edges.csv`).
  public static func outputPaths(for path: String, format: InteropFormat) -> [String] {
    switch format {
    case .csv:
      let pair = CSVSheets.paths(for: path)
      return [pair.nodes, pair.edges]
    case .neo4j:
      let base = CSVSheets.stem(path)
      return [base + ".neo4j-entities.csv", base + ".neo4j-relations.csv"]
    default:
      return [path]
    }
  }

  /// Makes the files of `network` in `format` for the output path `path`.
  ///
  /// - Throws: `InputError` for DOT (drawn by CloutGraphviz) — every other format can be written.
  public static func export(
    _ network: Network, as format: InteropFormat, to path: String, appearance: GEXFAppearance? = nil,
    scores: NodeScores = NodeScores()
  ) throws(InputError) -> InteropExport {
    let paths = outputPaths(for: path, format: format)
    func one(_ text: String) -> [InteropExport.File] { [.init(path: paths[0], contents: text)] }
    switch format {
    case .graphml:
      let (text, warnings) = GraphMLWriter.write(network, scores: scores)
      return InteropExport(files: one(text), warnings: warnings, notes: [])
    case .gexf:
      let (text, warnings) = GEXFWriter.write(network, scores: scores, appearance: appearance)
      return InteropExport(files: one(text), warnings: warnings, notes: [])
    case .json:
      return InteropExport(files: one(NodeLinkWriter.write(network, scores: scores)), warnings: [], notes: [])
    case .cytoscape:
      return InteropExport(files: one(NodeLinkWriter.writeCytoscape(network, scores: scores)), warnings: [], notes: [])
    case .csv:
      let sheets = CSVSheets.write(network, scores: scores)
      return InteropExport(
        files: [.init(path: paths[0], contents: sheets.nodes), .init(path: paths[1], contents: sheets.edges)],
        warnings: sheets.warnings, notes: [])
    case .cypher:
      let (text, warnings) = CypherWriter.write(network, scores: scores)
      return InteropExport(files: one(text), warnings: warnings, notes: ["load it with: cypher-shell -f \(paths[0])"])
    case .neo4j:
      let output = Neo4jImportCSV.write(network, scores: scores)
      let command =
        (["neo4j-admin database import full", "--nodes=\(paths[0])", "--relationships=\(paths[1])"]
        + output.importOptions + ["neo4j"]).joined(separator: " ")
      return InteropExport(
        files: [.init(path: paths[0], contents: output.entities), .init(path: paths[1], contents: output.relations)],
        warnings: [], notes: ["import with: " + command])
    case .dot:
      throw InputError("DOT is drawn by CloutGraphviz", hint: "use `clout export --format dot`")
    case .graphframes:
      throw InputError("GraphFrames tables are a folder", hint: "use `GraphFramesWriter.write(_:to:origin:)`")
    }
  }
}
