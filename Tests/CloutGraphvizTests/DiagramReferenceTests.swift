import Clout
import Testing

@testable import CloutGraphviz

/// A citation of a reference record (a source of `kind: reference`) is labelled as such in the
/// relation's tooltip, in English and Japanese, so it is never read as the reporting itself.
@Suite struct DiagramReferenceTests {
  func network() -> Network {
    Network(
      entities: [
        Entity(id: "a", kind: .person, name: "Alice", names: ["ja": "アリス"]),
        Entity(id: "b", kind: .agency, name: "Bureau", names: ["ja": "局"]),
      ],
      sources: [
        Source(id: "art", title: "An article", outlet: "Wire"),
        Source(id: "ref", title: "Official record", kind: .reference, outlet: "The ministry"),
      ],
      relations: [
        Relation(
          id: "r1", from: "a", to: "b", kind: "leads", start: PartialDate("2021-03"),
          citations: [
            Citation(source: "art", quote: "Alice, head of the Bureau"),
            Citation(source: "ref", quote: "Alice: from March 2021"),
          ])
      ])
  }

  func tooltip(_ language: String) throws -> String {
    let graph = try DiagramBuilder(options: DiagramOptions(language: language)).graph(for: network())
    let rendering = try Graphviz.shared.render(graph, formats: [.svg])
    let svg = try SVGInspector.parse(try #require(rendering.bytes(.svg)))
    return try #require(svg.linkTitles.first { $0.contains("Alice: from March 2021") })
  }

  @Test func referenceCitationsAreLabelled() throws {
    let english = try tooltip("en")
    #expect(english.contains("“Alice: from March 2021” — reference: Official record"), "\(english)")
    #expect(english.contains("“Alice, head of the Bureau” — An article"), "\(english)")
    #expect(try tooltip("ja").contains("— 参照資料: Official record"))
  }
}
