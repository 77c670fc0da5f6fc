import Clout
import CloutIO
import Foundation
import Testing

/// A small network that holds what is easy to lose on the way through another format.
let interopSample = """
  clout: 1
  title: Small <test> & "network"
  description: two lines
    of description
  sources:
    - id: s1
      title: A source, with a comma
      outlet: Outlet
      date: 2025-06
      url: https://example.org/a?b=1&c=2
  topics:
    - id: chips
      name: Chips
      names: {ja: 半導体}
  entity-kinds:
    - id: university
      description: A university
  relation-kinds:
    - id: courts
      influence: forward
      polarity: cooperative
      strength: 0.35
      description: A woos B
  entities:
    - id: a
      kind: company
      name: "Acme <&> \\"Co\\""
      names: {en: Acme, ja: アクメ}
      aliases: [ACME, "A;C|M,E"]
      attributes: {kind: supplier, ticker: ACM, name_first: Al}
      note: "a note\\twith a tab"
    - id: b
      kind: agency
      name: Bureau
      role: regulator
    - id: c
      kind: university
      name: "  Spaced  "
      affiliation: b
  relations:
    - id: r1
      from: a
      to: b
      kind: lobbies
      about: [chips]
      date: 2025-06
      strength: 0.6
      sources:
        - source: s1
          quote: "line one\\nline two, \\"quoted\\" <tag> & more"
          note: citation note
    - id: r2
      from: a
      to: b
      kind: courts
      start: 2024
      end: 2025-03-15
      status: ended
      confidence: 0.5
      place: Washington
      sources:
        - source: s1
          quote: second quote
    - id: r3
      from: b
      to: c
      kind: appoints
      note: a note
      sources:
        - source: s1
          quote: third
  """

/// The sample network, read and checked.
func interopSampleNetwork() throws -> Network {
  let loaded = try NetworkLoader.load(text: interopSample, format: .yaml, origin: "sample.yaml")
  #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
  return loaded.network
}

/// Reads text written in a format back into a network, as `clout import` does.
func interopReadBack(_ text: String, _ format: InteropFormat, file: String = "back") throws -> LoadedNetwork {
  let bytes = Array(text.utf8)
  let graph: ImportedGraph
  switch format {
  case .graphml: graph = try GraphMLReader.read(bytes: bytes, file: file)
  case .gexf: graph = try GEXFReader.read(bytes: bytes, file: file)
  case .json, .cytoscape: graph = try NodeLinkReader.read(bytes: bytes, file: file)
  default:
    Issue.record("no in-memory reader for \(format)")
    throw InputError("no reader")
  }
  return ImportMapper.network(from: graph)
}

/// The entities, relations and document sections of two networks, ignoring where they were read.
func interopExpectSame(
  _ a: Network, _ b: Network, tables: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  func entities(_ n: Network) -> [Entity] {
    n.entities.map {
      var e = $0; e.location = nil; return e
    }
  }
  func relations(_ n: Network) -> [Relation] {
    n.relations.map {
      var r = $0; r.location = nil; return r
    }
  }
  #expect(entities(a) == entities(b), sourceLocation: sourceLocation)
  #expect(relations(a) == relations(b), sourceLocation: sourceLocation)
  for (x, y) in zip(relations(a), relations(b)) where x != y {
    Issue.record("relation \(x.id) differs:\n\(x)\n\(y)", sourceLocation: sourceLocation)
    break
  }
  guard tables else { return }
  #expect(a.title == b.title, sourceLocation: sourceLocation)
  #expect(a.description == b.description, sourceLocation: sourceLocation)
  #expect(
    a.sources.map {
      var s = $0; s.location = nil; return s
    }
      == b.sources.map {
        var s = $0; s.location = nil; return s
      },
    sourceLocation: sourceLocation)
  #expect(
    a.topics.map {
      var t = $0; t.location = nil; return t
    }
      == b.topics.map {
        var t = $0; t.location = nil; return t
      },
    sourceLocation: sourceLocation)
  #expect(a.entityKinds == b.entityKinds, sourceLocation: sourceLocation)
  #expect(
    a.relationKinds.kinds.map {
      var k = $0; k.location = nil; return k
    }
      == b.relationKinds.kinds.map {
        var k = $0; k.location = nil; return k
      }, sourceLocation: sourceLocation)
}

/// The seed network file, found from this file's path.
let interopSeedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("graphs/us-china-tech.yaml").path

@Suite("Interop round trips: Clout → format → Clout")
struct InteropRoundTripTests {
  @Test("GraphML keeps everything, parallel relations and declared kinds included")
  func graphML() throws {
    let network = try interopSampleNetwork()
    let (text, warnings) = GraphMLWriter.write(network)
    #expect(warnings.isEmpty)
    let back = try interopReadBack(text, .graphml)
    #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
    interopExpectSame(network, back.network)
  }

  @Test("node-link JSON keeps everything")
  func nodeLink() throws {
    let network = try interopSampleNetwork()
    let back = try interopReadBack(NodeLinkWriter.write(network), .json)
    #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
    interopExpectSame(network, back.network)
  }

  @Test("Cytoscape.js JSON keeps everything")
  func cytoscape() throws {
    let network = try interopSampleNetwork()
    let back = try interopReadBack(NodeLinkWriter.writeCytoscape(network), .cytoscape)
    #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
    interopExpectSame(network, back.network)
  }

  @Test("GEXF keeps entities and relations, and warns about the records it cannot hold")
  func gexf() throws {
    let network = try interopSampleNetwork()
    let (text, warnings) = GEXFWriter.write(network)
    let message = warnings.map(\.message).joined()
    for lost in ["the title", "source", "topic", "entity kind", "courts"] { #expect(message.contains(lost), "\(lost)") }
    #expect(!message.contains("description"))
    let back = try interopReadBack(text, .gexf)
    #expect(!back.diagnostics.hasErrors, "\(back.diagnostics)")
    interopExpectSame(network, back.network, tables: false)
    #expect(back.network.description == network.description)
    #expect(back.network.sources.map(\.id) == ["s1"])
  }

  @Test("CSV sheets keep entities and relations, and warn about the records they cannot hold")
  func csvSheets() throws {
    let network = try interopSampleNetwork()
    let folder = try interopFolder()
    let export = try InteropWriter.export(network, as: .csv, to: folder + "/net.csv")
    #expect(export.files.map(\.path) == [folder + "/net.nodes.csv", folder + "/net.edges.csv"])
    #expect(export.warnings.map(\.message).joined().contains("the description"))
    try AtomicFileSet.write(export.files.map { ($0.path, $0.contents) })
    let back = try InteropReader.load(path: folder + "/net.nodes.csv")
    #expect(!back.diagnostics.hasErrors, "\(back.diagnostics)")
    interopExpectSame(network, back.network, tables: false)
  }

  @Test("the seed network survives GraphML and node-link JSON unchanged")
  func seed() throws {
    let seed = try NetworkLoader.load(path: interopSeedPath).network
    interopExpectSame(seed, try interopReadBack(GraphMLWriter.write(seed).text, .graphml).network)
    interopExpectSame(seed, try interopReadBack(NodeLinkWriter.write(seed), .json).network)
    interopExpectSame(seed, try interopReadBack(GEXFWriter.write(seed).text, .gexf).network, tables: false)
  }

  @Test("a written file says it comes from Clout, so its weights are not read as strengths")
  func marker() throws {
    let network = try interopSampleNetwork()
    let graph = try GraphMLReader.read(bytes: Array(GraphMLWriter.write(network).text.utf8), file: "x")
    #expect(graph.isNetwork)
    #expect(graph.declaresStrength)
    // r3 has no strength of its own: its weight is its kind's default, and stays a default.
    let back = ImportMapper.network(from: graph).network
    #expect(back.relations.first { $0.id == "r3" }?.strength == nil)
  }
}

/// A fresh temporary folder.
func interopFolder() throws -> String {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-interop-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url.path
}
