import Clout
import CloutIO

/// The one way into a file, whatever its format: it decides the reader from the path and reads.
///
/// - Clout's own YAML or JSON: `NetworkLoader`;
/// - an exchange format (GraphML, GEXF, CSV sheets, node-link or Cytoscape.js JSON, DOT): its
///   reader gives an `ImportedGraph` (DOT through Graphviz, `DOTImport`), which `ImportMapper` maps
///   onto the model or `plainGraph()` reads as drawn;
/// - a plain edge list (`.txt`, `.edges`, `.tsv`, `.csv` with `src dst [weight]` lines):
///   `EdgeListReader`.
///
/// Errors are thrown as located `InputError`s; a network's own findings stay in its diagnostics,
/// for the caller to report (a network with errors is not sound to analyse).
public enum NetworkInput {
  /// What a path holds, judged by its name (and, for `.json`, its first bytes).
  public enum Kind: Sendable, Equatable {
    /// Clout's YAML or JSON.
    case network
    /// A file in an exchange format Clout reads.
    case exchange(InteropFormat)
    /// A plain edge list.
    case edgeList
  }

  /// What analysis runs on.
  public enum Opened: Sendable {
    /// A network (Clout's file, or an exchange file whose edges name relation kinds), not yet
    /// checked for errors.
    case network(LoadedNetwork)
    /// A plain graph: an exchange file whose edges name no relation kinds, with its weights as
    /// given (as networkx reads them).
    case graph(AnalysisGraph)
    /// A plain edge list (its labels are made only when asked for: `analysisGraph`).
    case edgeList(EdgeList)
  }

  /// The kind of file a path names.
  public static func kind(of path: String) -> Kind {
    if let format = InteropFormat.detect(path: path), format.isReadable { return .exchange(format) }
    if EdgeList.isEdgeListFile(path) { return .edgeList }
    return .network
  }

  /// Reads any network file, mapped onto Clout's model (not yet checked for errors). An edge list
  /// is read as a network file, and fails as one: it has no entities or relations.
  ///
  /// - Parameter format: the exchange format, when the name does not tell it (`import --from`).
  public static func loadNetwork(
    path: String, format: InteropFormat? = nil, options: ImportOptions = ImportOptions()
  ) throws(InputError) -> LoadedNetwork {
    let chosen: InteropFormat?
    if let format {
      chosen = format
    } else if case .exchange(let detected) = kind(of: path) {
      chosen = detected
    } else {
      chosen = nil
    }
    guard let chosen else { return try NetworkLoader.load(path: path) }
    return ImportMapper.network(
      from: try importedGraph(path: path, format: chosen, limits: options.limits), options: options)
  }

  /// Reads a file in an exchange format, DOT included, as the file states it.
  public static func importedGraph(path: String, format: InteropFormat, limits: InteropLimits = .standard)
    throws(InputError) -> ImportedGraph
  {
    format == .dot
      ? try DOTImport.read(path: path, limits: limits)
      : try InteropReader.read(path: path, format: format, limits: limits)
  }

  /// Opens a file for analysis: a network, or a plain graph when the file is an edge list or its
  /// edges name no relation kinds.
  ///
  /// - Parameters:
  ///   - directed: how an edge list is read (other files say so themselves).
  ///   - progress: called with (bytes done, bytes in all) while a large edge list is read.
  public static func open(
    path: String, directed: Bool = true, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(InputError) -> Opened {
    switch kind(of: path) {
    case .network:
      return .network(try NetworkLoader.load(path: path))
    case .edgeList:
      return .edgeList(try EdgeListReader.read(path: path, directed: directed, progress: progress))
    case .exchange(let format):
      let imported = try importedGraph(path: path, format: format)
      if imported.isNetwork { return .network(ImportMapper.network(from: imported)) }
      let (graph, ids) = try imported.plainGraph()
      return .graph(AnalysisGraph(graph: graph, ids: ids))
    }
  }
}

extension EdgeList {
  /// The list as a graph to analyse, its vertices labelled as the file names them.
  public var analysisGraph: AnalysisGraph {
    AnalysisGraph(graph: graph, ids: (0..<graph.vertexCount).map(label))
  }
}
