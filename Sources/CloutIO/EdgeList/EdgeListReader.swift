import Clout
import Foundation

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
/// writes each edge into its slot of the CSR (edge ids in source order, as `CSRGraph` numbers
/// them). Files of 16 MiB or more are cut into consecutive pieces at line boundaries, one per
/// processor (at most 8), and both passes run on the pieces at once; the graph is the same as from
/// one piece, and any problem sends the file through one piece again, so errors are reported at
/// their place as the sequential reader does. No per-line strings, no per-edge temporaries beyond
/// the graph itself. Named labels take a one-pass path with a label table.
///
/// Cost: O(bytes + n + m) time. Memory, integer labels: the graph (12 bytes per edge, 20 weighted,
/// plus the reverse adjacency it builds, see `CSRGraph`), 2 bytes per edge of bucket keys while
/// placing, 4 bytes per vertex of counts per piece and a 1 MiB buffer per piece; the file itself
/// is never held. Named labels: 8 bytes per edge of endpoints and 8 of weight while reading, the
/// label table, then the graph.
public enum EdgeListReader {
  /// Reads the edge list at `path`.
  ///
  /// - Parameters:
  ///   - threads: how many threads read a large file, each a consecutive piece (nil: one per
  ///     processor, at most 8). The graph is the same for any number.
  ///   - progress: called with (bytes done, bytes in all) as reading goes on; each pass over the
  ///     file counts, so the total is twice the file's size.
  /// - Throws: `InputError` naming the file, line and column of the first problem.
  public static func read(
    path: String, directed: Bool, threads: Int? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(InputError) -> EdgeList {
    try read(
      .file(path), file: path, directed: directed, progress: progress, parallelBytes: parallelBytes,
      pieces: threads.map { max(1, $0) })
  }

  /// Parses edge-list text held in memory.
  public static func parse(text: String, file: String, directed: Bool) throws(InputError) -> EdgeList {
    try read(.memory(Array(text.utf8)), file: file, directed: directed)
  }

  /// Reads `source`; files of `parallelBytes` or more are read in pieces, one per processor.
  static func read(
    _ source: LineChunks, file: String, directed: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil,
    parallelBytes: Int = Int.max, pieces requested: Int? = nil
  ) throws(InputError) -> EdgeList {
    let size = source.byteCount ?? 0
    let total = 2 * size
    var censusProgress: (@Sendable (Int) -> Void)?
    var placeProgress: (@Sendable (Int) -> Void)?
    if let progress {
      censusProgress = { @Sendable bytes in progress(bytes, total) }
      placeProgress = { @Sendable bytes in progress(size + bytes, total) }
    }
    let threads = requested ?? min(Parallel.processorCount, 8)
    let split = (source.byteCount ?? 0) >= parallelBytes ? source.pieces(threads) : [source]
    guard let (pieces, censuses) = try count(source, split, file: file, progress: censusProgress) else {
      let list = try NamedEdgeList.read(source, file: file, directed: directed)
      progress?(total, total)
      return list
    }
    let placed = try EdgePlacement.place(
      pieces, censuses: censuses, file: file, progress: placeProgress)
    do {
      let graph = try CSRGraph(
        vertexCount: placed.offsets.count - 1, edgeOffsets: placed.offsets, edgeTargets: placed.targets,
        edgeWeights: placed.weights, directed: directed)
      return EdgeList(graph: graph, labels: nil)
    } catch {
      throw InputError("\(file): \(error)")
    }
  }

  /// The largest integer label read as a vertex number in a file of `bytes` bytes: four per byte,
  /// and at least 2²². Larger numbers make the file one of named vertices, so that memory stays
  /// proportional to the file (a densely numbered file never reaches the bound: each edge takes at
  /// least four bytes and names two vertices).
  static func maxVertexNumber(bytes: Int) -> Int {
    max(1 << 22, bytes.multipliedReportingOverflow(by: 4).overflow ? Int.max : 4 * bytes)
  }

  /// Files at least this large are read by one thread per processor (at most 8), each taking a
  /// consecutive piece of the file in both passes; the graph is the same.
  static let parallelBytes = 1 << 24

  /// The first pass: the pieces the file is read in and the census of each, or nil for named
  /// labels. Pieces are counted in parallel; if any piece finds a problem, a named label, or
  /// disagrees with the one before about weights, the whole file is counted again in one piece, so
  /// that the first problem is reported where it is, as the sequential reader does.
  private static func count(
    _ source: LineChunks, _ pieces: [LineChunks], file: String, progress: (@Sendable (Int) -> Void)?
  ) throws(InputError) -> ([LineChunks], [EdgeCensus])? {
    let maxVertex = maxVertexNumber(bytes: source.byteCount ?? 0)
    if pieces.count > 1 {
      let results = Locked<[EdgeCensus?]>(Array(repeating: nil, count: pieces.count))
      let done = ByteCounter()
      Parallel.forEachPart(pieces.count) { p in
        let census: EdgeCensus?
        do {
          census = try EdgeCensus.take(
            pieces[p], file: file, allowHeader: p == 0, maxVertex: maxVertex,
            progress: progress.map { done.reporter($0) })
        } catch {
          census = nil
        }
        results.withLock { $0[p] = census }
      }
      let censuses = results.withLock { $0 }.compactMap { $0 }
      let agree =
        censuses.count == pieces.count && censuses.allSatisfy { $0.edgeCount > 0 }
        && Set(censuses.map(\.weighted)).count == 1
      if agree { return (pieces, censuses) }
    }
    guard let census = try EdgeCensus.take(source, file: file, maxVertex: maxVertex, progress: progress) else {
      return nil
    }
    return ([source], [census])
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
