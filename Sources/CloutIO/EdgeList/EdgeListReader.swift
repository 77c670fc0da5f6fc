import Clout

/// Reads edge lists at the speed of the file, straight into the CSR graph. Labels that are plain
/// non-negative integers (no sign, no leading zeros) map to themselves; any other label switches
/// the whole file to named vertices (in order of first appearance).
///
/// Format: one edge per line, `src dst [weight]`, separated by spaces, tabs or commas; blank lines
/// and lines starting with `#` are skipped, as is a first line `source,target[,weight]` (a CSV
/// header, recognised by its words). Either every edge has a weight or none does.
///
/// Method, for integer labels: two passes over the text, read in 1 MiB chunks (`LineChunks`). The
/// first checks every line and counts each vertex's out-degree; the second parses again and
/// writes each edge straight into its slot of the CSR (edge ids in source order, as `CSRGraph`
/// numbers them). No per-line strings, no per-edge temporaries beyond the graph itself. Named
/// labels take a one-pass path with a label table.
///
/// Cost: O(bytes + n + m) time. Memory, integer labels: the graph (12 bytes per edge, 20 weighted,
/// plus the reverse adjacency it builds, see `CSRGraph`), 8 bytes per vertex of counts and a 1 MiB
/// buffer; the file itself is never held. Named labels: 8 bytes per edge of endpoints and 8 of weight
/// while reading, the label table, then the graph.
public enum EdgeListReader {
  /// Reads the edge list at `path`.
  ///
  /// - Parameter progress: called with (bytes done, bytes in all) as reading goes on; each pass
  ///   over the file counts, so the total is twice the file's size.
  /// - Throws: `InputError` naming the file, line and column of the first problem.
  public static func read(path: String, directed: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil)
    throws(InputError) -> EdgeList
  {
    try read(.file(path), file: path, directed: directed, progress: progress)
  }

  /// Parses edge-list text held in memory.
  public static func parse(text: String, file: String, directed: Bool) throws(InputError) -> EdgeList {
    try read(.memory(Array(text.utf8)), file: file, directed: directed)
  }

  private static func read(
    _ source: LineChunks, file: String, directed: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(InputError) -> EdgeList {
    let size = progress == nil ? 0 : source.byteCount ?? 0
    let total = 2 * size
    guard let census = try EdgeCensus.take(source, file: file, progress: progress.map { p in { p($0, total) } })
    else {
      let list = try NamedEdgeList.read(source, file: file, directed: directed)
      progress?(total, total)
      return list
    }
    let placed = try EdgePlacement.place(
      source, census: census, file: file, progress: progress.map { p in { p(size + $0, total) } })
    do {
      let graph = try CSRGraph(
        vertexCount: census.vertexCount, edgeOffsets: placed.offsets, edgeTargets: placed.targets,
        edgeWeights: placed.weights, directed: directed)
      return EdgeList(graph: graph, labels: nil)
    } catch {
      throw InputError("\(file): \(error)")
    }
  }

  /// The error for a line, at a 1-based column.
  static func lineError(_ message: String, file: String, line: Int, column: Int) -> InputError {
    InputError(message, at: SourceLocation(file: file, line: line, column: column))
  }

  /// The error for a line that is not an edge (nil when it is one).
  static func shapeError(_ edge: EdgeLine, file: String, line: Int) -> InputError? {
    switch edge.shape {
    case .blank, .edge: return nil
    case .oneField(let column):
      return lineError("expected 'source target [weight]', found 1 field", file: file, line: line, column: column)
    case .tooManyFields(let column):
      return lineError(
        "expected 'source target [weight]', found more than 3 fields", file: file, line: line, column: column)
    }
  }

  /// The error for an edge whose weight presence differs from the edges before it.
  static func weightPresenceError(hasWeight: Bool, file: String, line: Int) -> InputError {
    lineError(
      hasWeight ? "this edge has a weight but earlier edges have none" : "this edge has no weight but earlier edges do",
      file: file, line: line, column: 1)
  }

  /// The error for a weight that is not a finite number.
  static func weightError(
    _ bytes: UnsafeBufferPointer<UInt8>, _ edge: EdgeLine, lineStart: Int, file: String, line: Int
  ) -> InputError {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[edge.weightStart..<edge.weightEnd]), as: UTF8.self)
    return lineError(
      "weight '\(text)' is not a finite number", file: file, line: line, column: edge.weightStart - lineStart + 1)
  }
}
