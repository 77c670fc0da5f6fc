import Clout
import CloutGraphviz
import CloutIO
import Foundation
import Testing

@testable import CloutAnswers

/// A folder of its own for one test, removed at the end.
private final class Folder {
  let url: URL
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-answers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ name: String, _ text: String) throws -> String {
    let path = url.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}

@Suite struct NetworkInputTests {
  @Test func theNameDecidesTheReader() {
    #expect(NetworkInput.kind(of: "a.yaml") == .network)
    #expect(NetworkInput.kind(of: "a.graphml") == .exchange(.graphml))
    #expect(NetworkInput.kind(of: "a.gv") == .exchange(.dot))
    #expect(NetworkInput.kind(of: "a.edges") == .edgeList)
    #expect(NetworkInput.kind(of: "a.txt") == .edgeList)
  }

  @Test func everyFormatOpensThroughOneEntryPoint() throws {
    let folder = try Folder()
    let edges = try folder.write("g.txt", "a b\nb c\n")
    guard case .edgeList(let list) = try NetworkInput.open(path: edges) else {
      Issue.record("an edge list opens as one")
      return
    }
    #expect(list.analysisGraph.ids == ["a", "b", "c"])

    let plain = try folder.write("p.dot", "digraph { a -> b [weight=2]; b -> c }\n")
    guard case .graph(let g) = try NetworkInput.open(path: plain) else {
      Issue.record("a DOT file whose edges name no kinds opens as a plain graph")
      return
    }
    #expect(g.ids == ["a", "b", "c"] && g.graph.isWeighted)

    let drawn = try folder.write("n.dot", "digraph {\n  a -> b [kind=lobbies];\n}\n")
    guard case .network(let loaded) = try NetworkInput.open(path: drawn) else {
      Issue.record("a DOT file whose edges name kinds opens as a network")
      return
    }
    #expect(loaded.network.relations.map(\.kind) == ["lobbies"])
    #expect(loaded.network.relations.first?.citations.first?.quote == "  a -> b [kind=lobbies];")

    let graphml = try folder.write(
      "g.graphml",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <graph edgedefault="directed"><node id="x"/><node id="y"/><edge source="x" target="y"/></graph>
      </graphml>
      """)
    let network = try NetworkInput.loadNetwork(path: graphml)
    #expect(network.network.entities.map(\.id) == ["x", "y"])
  }

  @Test func aMissingFileIsAnInputError() {
    #expect(throws: InputError.self) { try NetworkInput.open(path: "/nonexistent/clout/x.dot") }
  }
}

@Suite struct SummaryTests {
  @Test func networkSummaryCountsKindsStatusesAndComponents() {
    let network = SampleNetwork.make()
    let summary = NetworkSummary(network)
    #expect(summary.entityKinds.map(\.1).reduce(0, +) == network.entities.count)
    #expect(summary.relationKinds.map(\.1).reduce(0, +) == network.relations.count)
    #expect(summary.components.reduce(0, +) == network.entities.count)
    #expect(summary.components == summary.components.sorted(by: >))
    #expect(summary.text(origin: "s.yaml").contains("entities: \(network.entities.count)"))
    #expect(summary.tree(origin: "s.yaml").json().contains("\"connected_components\""))
  }

  @Test func edgeListSummaryUsesTheGraphsOwnCounts() throws {
    // a→a is a self-loop; d has no arcs.
    let g = try CSRGraph(vertexCount: 4, sources: [0, 0, 1], targets: [0, 1, 2], directed: true)
    let s = EdgeListSummary(g, origin: "g.txt")
    #expect(s.selfLoops == 1)
    #expect(s.isolated == 1)
    #expect(s.maxOut == 2 && s.maxIn == 1)
    #expect(s.weakSizes == [3, 1])
    #expect(s.strongSizes == [1, 1, 1, 1])
    #expect(s.text().contains("density: \(formatNumber(3.0 / 12))"))

    let u = try CSRGraph(vertexCount: 2, sources: [0, 0], targets: [0, 1], directed: false)
    let su = EdgeListSummary(u, origin: "u.txt")
    #expect(su.selfLoops == 1, "an undirected self-loop counts once")
    #expect(su.strongSizes == nil)
    #expect(su.text().contains("density: \(formatNumber(2.0))"))
  }
}

@Suite struct GEXFStyleTests {
  @Test func everyEntityAndRelationIsStyled() {
    let network = SampleNetwork.make()
    let look = GEXFStyle.appearance(of: network)
    #expect(Set(look.nodes.keys) == Set(network.entities.map(\.id)))
    #expect(Set(look.edges.keys) == Set(network.relations.map(\.id)))
    let busiest = network.entities.map(\.id).max { a, b in
      network.relations.filter { $0.from == a || $0.to == a }.count
        < network.relations.filter { $0.from == b || $0.to == b }.count
    }
    let quiet = network.entities.first { e in !network.relations.contains { $0.from == e.id || $0.to == e.id } }
    if let busiest, let quiet {
      #expect((look.nodes[busiest]?.size ?? 0) > (look.nodes[quiet.id]?.size ?? 0), "size grows with relations")
    }
    #expect(look.edges.values.allSatisfy { ["solid", "dashed", "dotted"].contains($0.shape) })
  }
}

@Suite struct VertexScoresTests {
  @Test func scoresAreLaidOutByVertexAndMissingOnesCounted() throws {
    let folder = try Folder()
    let path = try folder.write("s.csv", "rank,id,pagerank\n1,b,0.5\n2,a,0.25\n")
    let scores = try VertexScores.read(path: path, ids: ["a", "b", "c"])
    #expect(scores.measure == "pagerank")
    #expect(scores.values == [0.25, 0.5, 0])
    #expect(scores.scored == [true, true, false])
    #expect(scores.missing == 1)
    #expect(scores.byID(["a", "b", "c"]) == ["a": 0.25, "b": 0.5])
  }

  @Test func aScoreThatIsNotANumberIsLocated() throws {
    let folder = try Folder()
    let path = try folder.write("s.csv", "id,pagerank\na,high\n")
    #expect {
      try VertexScores.read(path: path, ids: ["a"])
    } throws: { error in
      (error as? InputError)?.diagnostics.first?.location?.line == 2
    }
  }
}
