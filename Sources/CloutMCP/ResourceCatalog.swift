import Clout
import CloutIO
import Foundation
import MCP

/// The resources `clout mcp` offers: the network's sources (`clout://sources`, one JSON
/// description per source with the quotes cited from it), their archived texts where the source
/// names a `file:` (`clout://sources/ID/text`), and the format documentation
/// (`clout://docs/format`, compiled in).
struct ResourceCatalog: Sendable {
  let network: Network
  let texts: SourceTexts

  init(network: Network, file: String?, embedded: [String: String] = [:]) {
    self.network = network
    texts = SourceTexts(networkFile: file, embedded: embedded)
  }

  static let formatURI = "clout://docs/format"
  static let sourcesURI = "clout://sources"
  /// The MCP error code for a resource that does not exist.
  static let notFound = -32002

  func list() -> [Resource] {
    var out = [
      Resource(
        name: "FORMAT.md", uri: Self.formatURI, title: "The Clout network format",
        description: "docs/FORMAT.md: sections, fields, relation kinds, polarity and how influence is read.",
        mimeType: "text/markdown"),
      Resource(
        name: "sources", uri: Self.sourcesURI, title: "Sources of the network",
        description: "Every source: title, outlet, date, URL or archived file, and how many citations use it.",
        mimeType: "application/json"),
    ]
    for s in network.sources {
      out.append(
        Resource(
          name: s.id, uri: "\(Self.sourcesURI)/\(s.id)", title: s.title,
          description: "Source \(s.id) and every quote the network cites from it.", mimeType: "application/json"))
      if texts.text(of: s) != nil {
        out.append(
          Resource(
            name: "\(s.id) (text)", uri: "\(Self.sourcesURI)/\(s.id)/text", title: "Archived text: \(s.title)",
            description: "The archived text of source \(s.id); proposals' quotes are checked against it.",
            mimeType: "text/plain"))
      }
    }
    return out
  }

  func templates() -> [Resource.Template] {
    [
      Resource.Template(
        uriTemplate: "\(Self.sourcesURI)/{id}", name: "source", title: "A source and its quotes",
        description: "A source of the network with every quote cited from it.", mimeType: "application/json"),
      Resource.Template(
        uriTemplate: "\(Self.sourcesURI)/{id}/text", name: "source text", title: "A source's archived text",
        description: "The archived text of a source that names a file.", mimeType: "text/plain"),
    ]
  }

  func read(_ uri: String) throws -> ReadResource.Result {
    if uri == Self.formatURI {
      let text = String(decoding: PackageResources.FORMAT_md, as: UTF8.self)
      return ReadResource.Result(contents: [.text(text, uri: uri, mimeType: "text/markdown")])
    }
    if uri == Self.sourcesURI {
      let tree = OutputValue.object([("sources", .array(network.sources.map { summary($0, quotes: false) }))])
      return ReadResource.Result(contents: [.text(tree.json(), uri: uri, mimeType: "application/json")])
    }
    let prefix = Self.sourcesURI + "/"
    if uri.hasPrefix(prefix) {
      var id = String(uri.dropFirst(prefix.count))
      let wantsText = id.hasSuffix("/text")
      if wantsText { id = String(id.dropLast("/text".count)) }
      guard let source = network.source(id) else {
        let close = closeMatches(to: id, in: network.sources.map(\.id))
        throw MCPError.serverError(
          code: Self.notFound,
          message: "unknown source '\(id)'"
            + (close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?")
            + " (read \(Self.sourcesURI) for the list)")
      }
      if wantsText {
        guard let text = texts.text(of: source) else {
          throw MCPError.serverError(code: Self.notFound, message: texts.missing(source))
        }
        return ReadResource.Result(contents: [.text(text, uri: uri, mimeType: "text/plain")])
      }
      return ReadResource.Result(contents: [
        .text(summary(source, quotes: true).json(), uri: uri, mimeType: "application/json")
      ])
    }
    throw MCPError.serverError(
      code: Self.notFound,
      message: "unknown resource '\(uri)'; resources: \(Self.formatURI), \(Self.sourcesURI), \(Self.sourcesURI)/ID, "
        + "\(Self.sourcesURI)/ID/text")
  }

  /// A source as JSON; with `quotes`, every citation of it (relation and quote).
  private func summary(_ s: Source, quotes: Bool) -> OutputValue {
    let citing = network.relations.flatMap { r in r.citations.filter { $0.source == s.id }.map { (r, $0) } }
    var fields: [(String, OutputValue)] = [
      ("id", .string(s.id)), ("title", .string(s.title)), ("outlet", .text(s.outlet)),
      ("date", .text(s.date?.description)), ("language", .text(s.language)), ("url", .text(s.url)),
      ("file", .text(s.file)), ("archived_text", .bool(texts.text(of: s) != nil)), ("citations", .int(citing.count)),
    ]
    if quotes {
      fields.append(
        (
          "quotes",
          .array(
            citing.map { r, c in
              .object([
                ("relation", .string(r.id)), ("from", .string(r.from)), ("kind", .string(r.kind)),
                ("to", .string(r.to)), ("quote", .string(c.quote)),
              ])
            })
        ))
    }
    return .object(fields)
  }
}
