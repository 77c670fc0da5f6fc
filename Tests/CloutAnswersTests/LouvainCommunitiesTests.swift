import Clout
import Testing

@testable import CloutAnswers

@Suite struct LouvainCommunitiesTests {
  /// Two triangles joined by one arc, and a pair.
  private func twoTrianglesAndAPair() throws -> CSRGraph {
    try CSRGraph(
      vertexCount: 8, sources: [0, 1, 2, 3, 4, 5, 2, 6], targets: [1, 2, 0, 4, 5, 3, 3, 7], directed: true)
  }

  @Test func communitiesAreNumberedLargestFirstAsTheTableListsThem() throws {
    let graph = try twoTrianglesAndAPair()
    let c = try LouvainCommunities(of: graph)
    #expect(c.groups.map(\.count) == c.groups.map(\.count).sorted(by: >))
    for (i, members) in c.groups.enumerated() { for v in members { #expect(c.numberOf[v] == i + 1) } }
    #expect(c.numberOf[0] == c.numberOf[1] && c.numberOf[1] == c.numberOf[2])
    #expect(c.numberOf[6] == c.numberOf[7] && c.numberOf[6] != c.numberOf[0])
    #expect(c.result == (try graph.bestLouvain(weighted: true, seeds: Array(0..<10))), "the best of ten seeded runs")
  }

  @Test func largeGraphsTakeOneRunUnlessAsked() {
    #expect(LouvainCommunities.seeds(runs: nil, arcs: 10) == Array(0..<10))
    #expect(LouvainCommunities.seeds(runs: nil, arcs: LouvainCommunities.largeGraphArcs + 1) == [0])
    #expect(LouvainCommunities.seeds(runs: 3, arcs: 10_000_000) == [0, 1, 2])
  }

  @Test func aGraphLouvainCannotRunOnIsAnAnswerError() throws {
    let negative = try CSRGraph(vertexCount: 2, sources: [0], targets: [1], weights: [-1], directed: true)
    #expect(throws: AnswerError.self) { try LouvainCommunities(of: negative) }
  }
}
