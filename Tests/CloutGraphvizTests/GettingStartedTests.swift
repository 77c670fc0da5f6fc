import Clout
import CloutGraphviz
import CloutIO
import Foundation
import Testing

/// The article "Getting Started" of the DocC catalogue (Sources/Clout/Clout.docc), run: its Swift
/// blocks are copied here verbatim (up to indentation), and `everyBlockOfTheArticleIsHere` fails
/// when a block of the article is missing from this file, so the article cannot drift.
@Suite("The Getting Started article compiles and runs")
struct GettingStartedTests {
  @Test func theArticleRuns() throws {
    // --- the article's code, in its order ---
    let yaml = """
      clout: 1
      title: Chip tools, 2023
      sources:
        - {id: note, title: A note on export controls}
      entities:
        - {id: united-states, kind: country, name: United States}
        - {id: netherlands, kind: country, name: Netherlands, names: {ja: オランダ}}
        - {id: asml, kind: company, name: ASML, affiliation: netherlands}
        - {id: china, kind: country, name: China}
      relations:
        - {from: united-states, to: netherlands, kind: pressures, date: 2023-01,
           sources: [{source: note, quote: "Washington pressed The Hague"}]}
        - {from: netherlands, to: asml, kind: restricts, date: 2023-06, lasts: 2y,
           sources: [{source: note, quote: "licences for DUV tools"}]}
        - {from: asml, to: china, kind: supplies, start: 2020,
           sources: [{source: note, quote: "ASML sells to Chinese fabs"}]}
      """
    let loaded = try NetworkLoader.load(text: yaml, format: .yaml, origin: "chip-tools.yaml")
    for problem in loaded.diagnostics { print(problem) }
    let network = loaded.network
    let graph = AnalysisGraph(network: network)
    let reach = try Measure.reach.compute(on: graph)
    let ranking = graph.ids.indices.sorted { reach[$0] > reach[$1] }
    for v in ranking { print(graph.names[v], reach[v]) }
    let model = InfluenceModel(network: network)
    if let us = model.vertex("united-states"), let china = model.vertex("china"),
      let chain = try model.strongestChain(from: us, to: china)
    {
      print(chain.vertices.map { model.name($0) }.joined(separator: " → "), chain.strength)
      for hop in chain.hops { print(model.name(hop.source), "→", model.name(hop.target), hop.strength) }
    }
    let dot = try DiagramBuilder().dot(for: network)
    let rendering = try Graphviz.shared.render(dot: dot, formats: [.svg])
    let svg = FileManager.default.temporaryDirectory.appendingPathComponent("chip-tools.svg")
    try Data(rendering.bytes(.svg) ?? []).write(to: svg)
    // --- end of the article's code ---
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
    #expect(network.entities.count == 4 && network.relations.count == 3)
    #expect(ranking.map { graph.ids[$0] } == ["netherlands", "united-states", "asml", "china"])
    #expect(abs(reach[ranking[0]] - 1.05) < 1e-12)
    let us = try #require(model.vertex("united-states"))
    let china = try #require(model.vertex("china"))
    let found = try #require(try model.strongestChain(from: us, to: china))
    #expect(found.vertices.map { model.id($0) } == ["united-states", "netherlands", "asml", "china"])
    let drawn = try String(contentsOf: svg, encoding: .utf8)
    #expect(drawn.contains("<svg") && drawn.contains("ASML"))
    try? FileManager.default.removeItem(at: svg)
  }

  /// The article's Swift blocks, each with its lines trimmed of indentation.
  static func articleBlocks() throws -> [String] {
    let article = try String(contentsOf: PackageRoot.url.appendingPathComponent(PackageRoot.article), encoding: .utf8)
    var blocks: [String] = []
    var current: [Substring]?
    for line in article.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line == "```swift" {
        current = []
      } else if current != nil, line == "```" {
        blocks.append(normalised(current?.joined(separator: "\n") ?? ""))
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  /// Text with every line's leading and trailing spaces removed and blank lines dropped.
  static func normalised(_ text: String) -> String {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .joined(separator: "\n")
  }

  @Test func everyBlockOfTheArticleIsHere() throws {
    let blocks = try Self.articleBlocks()
    #expect(blocks.count >= 5, "the article has \(blocks.count) Swift blocks")
    let source = Self.normalised(try String(contentsOfFile: #filePath, encoding: .utf8))
    for block in blocks {
      let found = source.contains(block)
      #expect(found, "this block of \(PackageRoot.article) is not run by this test:\n\(block)")
    }
  }
}

/// Where the article is, found from this file's path.
private enum PackageRoot {
  static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let article = "Sources/Clout/Clout.docc/GettingStarted.md"
}
