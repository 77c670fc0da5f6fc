import Clout
import CloutIO
import Foundation
import Testing

/// A network file in a fresh folder whose sources name archived texts.
private struct Folder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-archive-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent("sources"), withIntermediateDirectories: true)
  }

  func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: url.appendingPathComponent(name))
  }

  func load(_ network: String) throws -> LoadedNetwork {
    try write(network, to: "n.yaml")
    return try NetworkLoader.load(path: url.appendingPathComponent("n.yaml").path)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

private let network = """
  sources:
    - id: s1
      title: Article one
      file: sources/s1.txt
    - id: ref
      kind: reference
      title: An official page
      url: https://example.org/
  entities:
    - {id: a, kind: person}
    - {id: b, kind: person}
  relations:
    - from: a
      to: b
      kind: advises
      sources:
        - source: s1
          quote: "A advises B on chips."
        - source: ref
          quote: "not checked: no archived text"
  """

@Suite("Archived source texts: quotes checked where they are written")
struct SourceArchiveTests {
  @Test func verbatimQuotesAreClean() throws {
    let folder = try Folder()
    defer { folder.remove() }
    try folder.write("Preamble.\nA advises B on chips. More text.\n", to: "sources/s1.txt")
    let loaded = try folder.load(network)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.archive?.quotesChecked == 1 && loaded.archive?.sourcesArchived == 1)
    #expect(loaded.network.source("ref")?.kind == .reference)
    #expect(loaded.network.source("s1")?.kind == .article)
  }

  @Test func aQuoteNotInTheTextIsAnErrorAtTheQuoteWithTheClosestPassage() throws {
    let folder = try Folder()
    defer { folder.remove() }
    try folder.write("Preamble.\nA advised B on chips. More text.\n", to: "sources/s1.txt")
    let loaded = try folder.load(network)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1)
    let d = try #require(errors.first)
    #expect(d.location?.file.hasSuffix("n.yaml") == true)
    #expect(d.location?.line == 18 && d.location?.column == 16, "\(d)")
    #expect(d.message.contains("'s1'"))
    #expect(d.hint?.contains("line 2") == true && d.hint?.contains("A advised B on chips") == true, "\(d)")
  }

  @Test func aMissingFileIsAnErrorAtItsField() throws {
    let folder = try Folder()
    defer { folder.remove() }
    let loaded = try folder.load(network)
    let d = try #require(loaded.diagnostics.first)
    #expect(loaded.diagnostics.count == 1)
    #expect(d.severity == .error && d.message.contains("sources/s1.txt") && d.message.contains("does not exist"))
    #expect(d.location?.line == 4 && d.location?.column == 11, "\(d)")
  }

  @Test func anUnknownSourceKindIsAnError() throws {
    let loaded = try loadText(network.replacingOccurrences(of: "kind: reference", with: "kind: referenc"))
    let d = try #require(loaded.diagnostics.first)
    #expect(d.severity == .error && d.hint == "did you mean 'reference'?", "\(d)")
  }

  @Test func textWithoutAPathChecksNothing() throws {
    let loaded = try loadText(network)
    #expect(loaded.diagnostics.isEmpty && loaded.archive == nil)
  }

  @Test func aReferenceKindRoundTrips() throws {
    let loaded = try loadText(network)
    let again = try loadText(NetworkEncoder.encode(loaded.network, as: .yaml))
    #expect(again.network.source("ref")?.kind == .reference)
  }
}
