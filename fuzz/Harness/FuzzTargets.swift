import Clout
import CloutAnswers
import CloutGraphviz
import CloutIO
import Foundation

/// The parsers and checks one fuzz binary exercises, chosen by `CLOUT_FUZZ_TARGET`. Every target
/// must either read the input or throw `InputError` (or the format's own error type): a crash, a
/// sanitizer report, a leak or a hang is a finding.
enum FuzzTarget: String, CaseIterable {
  case yaml, json, validate, graphml, gexf, csv, nodelink, cytoscape, dot, edgelist

  func run(_ bytes: [UInt8]) {
    switch self {
    case .yaml: _ = try? network(bytes, .yaml)
    case .json: _ = try? network(bytes, .json)
    case .validate: validate(bytes)
    case .graphml: imported { () throws(InputError) in try GraphMLReader.read(bytes: bytes, file: "f.graphml") }
    case .gexf: imported { () throws(InputError) in try GEXFReader.read(bytes: bytes, file: "f.gexf") }
    case .csv: imported { () throws(InputError) in try csv(bytes) }
    case .nodelink, .cytoscape:
      imported { () throws(InputError) in try NodeLinkReader.read(bytes: bytes, file: "f.json") }
    case .dot: dot(bytes)
    case .edgelist:
      guard let text = try? NetworkLoader.text(bytes, path: "f.txt") else { return }
      _ = try? EdgeListReader.parse(text: text, file: "f.txt", directed: bytes.first.map { $0 & 1 == 0 } ?? true)
    }
  }

  private func network(_ bytes: [UInt8], _ format: NetworkFormat) throws(InputError) -> LoadedNetwork {
    let text = try NetworkLoader.text(bytes, path: "f")
    return try NetworkLoader.load(text: text, format: format, origin: "f")
  }

  /// Validation, and a property of it: a network that loads without errors, written out and read
  /// back, loads again without errors.
  private func validate(_ bytes: [UInt8]) {
    guard let loaded = try? network(bytes, .yaml), !loaded.diagnostics.contains(where: { $0.severity == .error })
    else { return }
    for format in [NetworkFormat.yaml, .json] {
      let text = NetworkEncoder.encode(loaded.network, as: format)
      do {
        let again = try NetworkLoader.load(text: text, format: format, origin: "again")
        if let error = again.diagnostics.first(where: { $0.severity == .error }) {
          fatalError("a valid network, written as \(format), reads back with an error: \(error)\n\(text)")
        }
      } catch {
        fatalError("a valid network, written as \(format), cannot be read back: \(error)\n\(text)")
      }
    }
  }

  /// CSV sheets: the input is an edges sheet, or a nodes sheet and an edges sheet separated by a
  /// form feed.
  private func csv(_ bytes: [UInt8]) throws(InputError) -> ImportedGraph {
    if let cut = bytes.firstIndex(of: 0x0C) {
      return try CSVSheets.read(nodes: Array(bytes[..<cut]), edges: Array(bytes[(cut + 1)...]))
    }
    return try CSVSheets.read(nodes: nil, edges: bytes)
  }

  private func imported(_ read: () throws(InputError) -> ImportedGraph) {
    guard let graph = try? read() else { return }
    _ = ImportMapper.network(from: graph)
    _ = try? graph.plainGraph()
  }

  private func dot(_ bytes: [UInt8]) {
    guard let text = try? NetworkLoader.text(bytes, path: "f.dot") else { return }
    imported { () throws(InputError) in try DOTImport.read(text: text, origin: "f.dot") }
  }

}
