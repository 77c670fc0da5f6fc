import Clout
import Foundation

/// Writes the GraphFrames tables of a network or a graph into a folder (`GraphFramesSchema`).
///
/// The tables are streamed to files in a temporary folder beside the target, which then replaces
/// the target in one rename: a failure leaves nothing half-written, and a 10-million-edge graph is
/// never held as text in memory. The target must not exist, be empty, or hold an earlier export
/// (it has `clout-graphframes.json`). Cost: O(n + m) time; memory O(1) beyond the input and a
/// 1 MiB buffer.
public enum GraphFramesWriter {
  /// What was written.
  public struct Summary: Sendable, Equatable {
    public var vertices: Int
    public var edges: Int
    public var arcs: GraphFramesSchema.Arcs
  }

  /// What to write.
  public enum Input: Sendable {
    /// A network: entities in file order, one edge row per relation that `filter` keeps (every
    /// relation when nil; Spark jobs then leave out `denied` ones, as Clout does).
    case network(Network, filter: RelationFilter?)
    /// A graph with a label per vertex (an edge list or an imported plain graph).
    case graph(CSRGraph, labels: [String])
  }

  /// Writes the tables of `input` into `folder`, replacing an earlier export there.
  ///
  /// - Throws: `InputError` naming the folder when it cannot be written or holds other files.
  @discardableResult
  public static func write(_ input: Input, to folder: String, origin: String) throws(InputError) -> Summary {
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    try checkTarget(target)
    let parent = target.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      throw InputError(
        "cannot write \(folder): \(error.localizedDescription)",
        hint: "check that \(parent.path) exists and is writable")
    }
    let summary: Summary
    do {
      summary = try writeTables(input, into: staging, origin: origin)
      try replace(target, with: staging)
    } catch {
      try? FileManager.default.removeItem(at: staging)
      throw InputError("cannot write \(folder): \(error)", hint: "check the folder's permissions and free space")
    }
    return summary
  }

  private static func checkTarget(_ target: URL) throws(InputError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else {
      throw InputError("cannot write \(target.path): it is a file", hint: "-o names a folder for the tables")
    }
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
    if !contents.isEmpty && !contents.contains(GraphFramesSchema.manifestFile) {
      throw InputError(
        "cannot write \(target.path): the folder holds other files (\(contents.sorted().prefix(3).joined(separator: ", ")))",
        hint: "give a new or empty folder, or one an earlier `--format graphframes` export wrote")
    }
  }

  /// Puts `staging` in the place of `target` (an earlier export there is removed after the swap).
  private static func replace(_ target: URL, with staging: URL) throws {
    let fm = FileManager.default
    if fm.fileExists(atPath: target.path) {
      let old = target.deletingLastPathComponent().appendingPathComponent(
        ".\(target.lastPathComponent).\(UUID().uuidString).old")
      try fm.moveItem(at: target, to: old)
      do {
        try fm.moveItem(at: staging, to: target)
      } catch {
        try? fm.moveItem(at: old, to: target)
        throw error
      }
      try? fm.removeItem(at: old)
    } else {
      try fm.moveItem(at: staging, to: target)
    }
  }

  private static func writeTables(_ input: Input, into folder: URL, origin: String) throws -> Summary {
    let vertices = try TableFile(folder.appendingPathComponent(GraphFramesSchema.verticesFile))
    let edges = try TableFile(folder.appendingPathComponent(GraphFramesSchema.edgesFile))
    try vertices.row(GraphFramesSchema.vertexColumns)
    try edges.row(GraphFramesSchema.edgeColumns)
    var summary: Summary
    switch input {
    case .network(let network, let filter):
      for (i, e) in network.entities.enumerated() {
        try vertices.row([String(i), e.id, e.name, e.kind.id, e.affiliation ?? ""])
      }
      var count = 0
      for r in network.relations {
        if let filter, !filter.keeps(r, in: network) { continue }
        guard let a = network.entityPosition(r.from), let b = network.entityPosition(r.to) else { continue }
        let kind = network.kind(of: r)
        let weight = min(1, max(0, (r.strength ?? kind?.defaultStrength ?? 0) * (r.confidence ?? 1)))
        try edges.row([
          String(a), String(b), r.kind, number(weight), r.strength.map(number) ?? "",
          r.confidence.map(number) ?? "", kind?.influence.rawValue ?? InfluenceDirection.none.rawValue,
          (r.date ?? r.start).map { DayText.iso($0.lowerBound) } ?? "",
          (r.date ?? r.end).map { DayText.iso($0.upperBound) } ?? "", r.status.rawValue, r.id,
        ])
        count += 1
      }
      summary = Summary(vertices: network.entities.count, edges: count, arcs: .projection)
    case .graph(let graph, let labels):
      for v in 0..<graph.vertexCount {
        let label = v < labels.count ? labels[v] : String(v)
        try vertices.row([String(v), label, label, "", ""])
      }
      let sources = graph.edgeSources
      let targets = graph.edgeTargets
      let influence = graph.isDirected ? InfluenceDirection.forward.rawValue : InfluenceDirection.mutual.rawValue
      for e in 0..<graph.edgeCount {
        let w = number(graph.weight(ofEdge: e))
        try edges.raw(
          "\(sources[e]),\(targets[e]),,\(w),\(graph.isWeighted ? w : ""),,\(influence),,,,\n")
      }
      summary = Summary(vertices: graph.vertexCount, edges: graph.edgeCount, arcs: .asGiven)
    }
    try vertices.close()
    try edges.close()
    let manifest = OutputValue.object([
      ("format", .string("clout-graphframes")), ("version", .int(1)), ("origin", .string(origin)),
      ("vertices", .int(summary.vertices)), ("edges", .int(summary.edges)), ("arcs", .string(summary.arcs.rawValue)),
      (
        "schema",
        .object([("vertices", .string(GraphFramesSchema.verticesDDL)), ("edges", .string(GraphFramesSchema.edgesDDL))])
      ),
    ])
    try Data(manifest.json().utf8).write(to: folder.appendingPathComponent(GraphFramesSchema.manifestFile))
    return summary
  }

  /// Shortest text that reads back as the same double.
  static func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)" }

  /// A CSV file written through a 1 MiB buffer.
  private final class TableFile {
    let handle: FileHandle
    var buffer: [UInt8] = []

    init(_ url: URL) throws {
      guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
      handle = try FileHandle(forWritingTo: url)
      buffer.reserveCapacity(1 << 20)
    }

    func row(_ cells: [String]) throws {
      try raw(
        cells.map {
          CSVTable.cell($0.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
        }
        .joined(separator: ",") + "\n")
    }

    func raw(_ text: String) throws {
      buffer.append(contentsOf: text.utf8)
      if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
      try handle.write(contentsOf: buffer)
      buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
      try flush()
      try handle.close()
    }
  }
}
