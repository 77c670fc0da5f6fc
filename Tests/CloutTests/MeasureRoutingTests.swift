import Clout
import Foundation
import Testing

/// `Measure.compute` is what `clout rank` runs on a network: strength-like measures must read the
/// projection's strengths, path-like ones its lengths (−log of the strength, capped at 0.999), and
/// influence is PageRank on the reversed projection. A routing mistake gives numbers that look
/// plausible, so each measure is checked against the engine call it stands for on a network whose
/// strengths and lengths rank the actors differently.
@Suite struct MeasureRoutingTests {
  typealias R = HandNetwork.R

  /// a → b is certain (strength 1, so its length hits the cap); the rest are weak or middling.
  static let network = HandNetwork.make([
    R(from: "a", kind: "owns", to: "b", strength: 1), R(from: "b", kind: "lobbies", to: "c", strength: 0.2),
    R(from: "a", kind: "lobbies", to: "c", strength: 0.9), R(from: "c", kind: "lobbies", to: "d", strength: 0.5),
    R(from: "d", kind: "lobbies", to: "a", strength: 0.3), R(from: "b", kind: "lobbies", to: "d", strength: 0.6),
  ])
  static let g = AnalysisGraph(network: network)

  @Test func lengthsAreMinusLogOfCappedStrengths() throws {
    let strengths = try #require(Self.g.graph.edgeWeights)
    let lengths = try #require(Self.g.lengths.edgeWeights)
    #expect(lengths == strengths.map { -log(min($0, AnalysisGraph.strengthCap)) })
    #expect(strengths.contains(1) && lengths.allSatisfy { $0 > 0 })
  }

  @Test func strengthMeasuresReadStrengths() throws {
    #expect(try Measure.pagerank.compute(on: Self.g) == Self.g.graph.pageRank(alpha: Measure.pageRankAlpha))
    #expect(try Measure.influence.compute(on: Self.g) == Self.g.graph.reversed().pageRank(alpha: Measure.pageRankAlpha))
    #expect(try Measure.outStrength.compute(on: Self.g) == Self.g.graph.outStrengths())
    #expect(
      try Measure.katz.compute(on: Self.g)
        == Self.g.graph.katzCentrality(alpha: Measure.katzAlpha, beta: Measure.katzBeta))
    #expect(try Measure.hubs.compute(on: Self.g) == Self.g.graph.hits().hubs)
  }

  @Test func pathMeasuresReadLengths() throws {
    let betweenness = try Measure.betweenness.compute(on: Self.g)
    #expect(betweenness == (try Self.g.lengths.betweenness(weighted: true)))
    #expect(try Measure.closeness.compute(on: Self.g) == Self.g.lengths.closeness(weighted: true))
    #expect(try Measure.harmonic.compute(on: Self.g) == Self.g.lengths.harmonic(weighted: true))
    // The routing matters here: on the strengths as lengths the weak arc b → c would be the
    // shortest way from a to c, and b would broker; on −log lengths the strong direct arc wins.
    #expect(betweenness != (try Self.g.graph.betweenness(weighted: true)))
  }
}
