import Clout
import CloutAnswers
import CloutGraphviz
import CloutIO
import Foundation

/// The `render` tool: draws the network as `clout render` does and returns the SVG or DOT text;
/// writes a file only inside the folder the server was allowed to write (`--allow-writes DIR`).
struct DrawingTool: Sendable {
  let network: Network
  let writableFolder: String?

  func render(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let spec = try a.filters()
    try spec.check(against: network)
    var request = DiagramRequest(filter: try spec.filter())
    let formatName = try a.string("format") ?? "svg"
    guard let format = GraphvizFormat(rawValue: formatName.lowercased()), [.svg, .png, .pdf, .dot].contains(format)
    else { throw AnswerError("unknown format '\(formatName)'; use svg, png, pdf or dot") }
    let output = try a.string("output")
    if output == nil, format == .png || format == .pdf {
      throw AnswerError("render: \(format.rawValue) is binary; ask for svg or dot, or give output to write a file")
    }
    request.format = format
    request.focus = try a.string("focus")
    request.depth = try a.int("depth", default: 1, minimum: 0)
    request.path = try a.strings("path")
    if !request.path.isEmpty && request.path.count != 2 {
      throw AnswerError("--path takes two entities: --path FROM TO")
    }
    request.rules = try a.chainRules()
    request.standingTies = !(try a.bool("strict_about"))
    if a.values["size_by"] != nil { request.sizeBy = try a.measure("size_by", default: .influence) }
    if let c = try a.string("cluster_by") {
      guard let clusters = DiagramRequest.Clusters(rawValue: c) else {
        throw AnswerError(
          "--cluster-by: '\(c)' is not one of "
            + DiagramRequest.Clusters.allCases.map(\.rawValue).joined(separator: ", "))
      }
      request.clusterBy = clusters
    }
    if let layout = try a.string("layout") {
      do throws(GraphvizError) {
        request.layout = try GraphvizLayout(parsing: layout)
      } catch {
        throw AnswerError(error.description)
      }
    }
    request.language = try a.string("lang") ?? "en"
    request.title = try a.string("title")
    request.legend = a.values["legend"]?.boolValue ?? true
    request.edgeLabels = a.values["edge_labels"]?.boolValue ?? true
    let (bytes, rendering, notes) = try request.render(network)
    var written: String?
    if let output { written = try write(bytes, to: output) }
    var text = notes.map { $0 + "\n" }.joined()
    text += rendering.layoutReason + "\n"
    for w in rendering.warnings { text += "graphviz: \(w)\n" }
    text += written.map { "wrote \($0) (\(bytes.count) bytes)\n" } ?? "\(format.rawValue): \(bytes.count) bytes\n"
    let tree = OutputValue.object([
      ("format", .string(format.rawValue)), ("bytes", .int(bytes.count)), ("layout", .string(rendering.layoutReason)),
      ("warnings", .array(rendering.warnings.map { .string("\($0)") })), ("file", .text(written)),
      ("notes", .array(notes.map { .string($0) })),
    ])
    let drawing: ToolAnswer.Drawing? =
      format == .svg || format == .dot
      ? ToolAnswer.Drawing(
        uri: "clout://render/diagram.\(format.rawValue)",
        mimeType: format == .svg ? "image/svg+xml" : "text/vnd.graphviz", text: String(decoding: bytes, as: UTF8.self))
      : nil
    return ToolAnswer(structured: tree, text: text, drawing: drawing)
  }

  /// Writes inside the allowed folder only: `name` is a file name or a path below the folder.
  private func write(_ bytes: [UInt8], to name: String) throws(AnswerError) -> String {
    guard let writableFolder else {
      throw AnswerError("render: writing files is off; start the server with --allow-writes DIR")
    }
    let folder = URL(fileURLWithPath: writableFolder).standardizedFileURL.resolvingSymlinksInPath().path
    let target = URL(fileURLWithPath: name, relativeTo: URL(fileURLWithPath: folder + "/")).standardizedFileURL
      .resolvingSymlinksInPath().path
    guard target.hasPrefix(folder + "/") else {
      throw AnswerError("render: '\(name)' is outside the folder the server may write (\(writableFolder))")
    }
    do throws(InputError) {
      try AtomicFile.write(bytes, to: target)
    } catch {
      throw AnswerError(error.description)
    }
    return target
  }
}
