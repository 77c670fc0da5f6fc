import Clout

/// Reads any exchange format Clout reads into an `ImportedGraph` (DOT excepted: Graphviz parses
/// it, and CloutAnswers' `DOTImport` maps it onto the same `ImportedGraph`; `NetworkInput` reads
/// every format).
public enum InteropReader {
  /// Reads a file in a format (by default the one `InteropFormat.detect(path:)` finds).
  ///
  /// - Throws: `InputError` with located problems when the file cannot be read, is not
  ///   well-formed, or holds values of the wrong type.
  public static func read(path: String, format: InteropFormat? = nil, limits: InteropLimits = .standard)
    throws(InputError) -> ImportedGraph
  {
    let chosen = format ?? InteropFormat.detect(path: path) ?? InteropFormat(fileName: path)
    let graph: ImportedGraph
    switch chosen {
    case .graphml: graph = try GraphMLReader.read(path: path, limits: limits)
    case .gexf: graph = try GEXFReader.read(path: path, limits: limits)
    case .csv: graph = try CSVSheets.read(path: path, limits: limits)
    case .json, .cytoscape: graph = try NodeLinkReader.read(path: path, limits: limits)
    case .dot:
      throw InputError(
        "DOT files are read through Graphviz", hint: "read it with CloutAnswers' NetworkInput or DOTImport")
    case .cypher, .neo4j, .graphframes:
      throw InputError("Clout writes \(chosen?.rawValue ?? "") but does not read it", hint: "import GraphML instead")
    case nil:
      throw InputError(
        "cannot tell the format of \(path) from its name",
        hint: "name it .graphml, .gexf, .json, .cyjs, .dot or NAME.nodes.csv/NAME.edges.csv, or give --from")
    }
    try limits.check(graph)
    return graph
  }

  /// Reads and maps a file onto a validated network.
  public static func load(
    path: String, format: InteropFormat? = nil, options: ImportOptions = ImportOptions()
  ) throws(InputError) -> LoadedNetwork {
    ImportMapper.network(from: try read(path: path, format: format, limits: options.limits), options: options)
  }
}
