import Clout
import Testing

/// `explain`: every additive measure's parts add up to the score `Measure.compute` gives, and the
/// parts are the arcs, chains and pairs known by hand.
@Suite struct InfluenceExplainTests {
  typealias R = HandNetwork.R

  /// A strongly connected graph of four actors with chords, so that every measure is defined.
  static let ring = HandNetwork.model([
    R(from: "a", kind: "lobbies", to: "b", strength: 0.5), R(from: "b", kind: "advises", to: "c", strength: 0.6),
    R(from: "c", kind: "sanctions", to: "d", strength: 0.8), R(from: "d", kind: "supports", to: "a", strength: 0.4),
    R(from: "a", kind: "restricts", to: "c", strength: 0.7), R(from: "b", kind: "criticizes", to: "d", strength: 0.3),
    R(from: "c", kind: "lobbies", to: "a", strength: 0.2),
  ])

  @Test(arguments: Measure.allCases) func partsAddUpToTheScore(measure: Measure) throws {
    let m = Self.ring
    for v in 0..<m.vertexCount {
      let x = try m.explain(v, by: measure)
      #expect(x.score == (try measure.compute(on: m.analysis))[v])
      if let explained = x.explained {
        #expect(HandNetwork.close(explained, x.score, 1e-9), "\(measure.rawValue) of \(m.id(v))")
      }
      #expect(x.partCount == x.parts.count)
      for part in x.parts where part.chain.hops.count == 1 {
        #expect(part.chain.source == v || part.chain.target == v || [.clustering, .core].contains(measure))
      }
    }
  }

  @Test func pageRankOfTwoActorsByHand() throws {
    // a → b (0.5): b has no out-arc. PR(a) = 0.5/1.425, PR(b) = 1 − PR(a); b's score is the
    // teleport and dangling share (0.075 + 0.425 · PR(b)) plus a's push 0.85 · PR(a) · 0.5 / 0.5.
    let m = HandNetwork.model([R(from: "a", kind: "lobbies", to: "b", strength: 0.5)])
    let x = try m.explain(1, by: .pagerank)
    let a = 0.5 / 1.425
    #expect(HandNetwork.close(x.score, 1 - a, 1e-10))
    #expect(HandNetwork.close(x.base ?? -1, 0.075 + 0.425 * (1 - a), 1e-10))
    #expect(x.parts.count == 1)
    #expect(HandNetwork.close(x.parts[0].amount ?? -1, 0.85 * a, 1e-10))
    #expect(x.parts[0].chain.vertices == [0, 1])
    #expect(x.rank == 1)
    // Influence (PageRank on the reversed arcs): a's part is the arc to b, whom it moves.
    let influence = try m.explain(0, by: .influence)
    #expect(influence.parts.map(\.chain.vertices) == [[0, 1]])
    #expect(influence.rank == 1)
  }

  @Test func tiedActorsShareTheRankThatCloutRankGives() throws {
    // a → c and b → c: a and b both have out-degree 1 and tie for rank 1; c comes third.
    let m = HandNetwork.model([R(from: "a", kind: "lobbies", to: "c"), R(from: "b", kind: "lobbies", to: "c")])
    func explain(_ id: String) throws -> ScoreExplanation {
      try m.explain(try #require((0..<m.vertexCount).first { m.id($0) == id }), by: .outDegree)
    }
    let (a, b, c) = (try explain("a"), try explain("b"), try explain("c"))
    #expect([a.rank, b.rank, c.rank] == [1, 1, 3])
    #expect([a.tied, b.tied, c.tied] == [true, true, false])
  }

  @Test func betweennessIsMadeOfThePairsWhoseChainsPassThrough() throws {
    // a → b → c and a → c weakly: the strongest a → c chain runs through b; n = 3 scales by 1/2.
    let m = HandNetwork.model([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.9), R(from: "b", kind: "lobbies", to: "c", strength: 0.9),
      R(from: "a", kind: "lobbies", to: "c", strength: 0.1),
    ])
    let x = try m.explain(1, by: .betweenness)
    #expect(x.parts.count == 1)
    #expect(x.parts[0].amount == 0.5)
    #expect(x.parts[0].chain.vertices.map(m.id) == ["a", "b", "c"])
    #expect(x.score == 0.5)
    let ends = try m.explain(0, by: .betweenness)
    #expect(ends.parts.isEmpty)
    #expect(ends.score == 0)
  }

  @Test func degreeAndStrengthListTheArcs() throws {
    let m = Self.ring
    let a = try #require(m.vertex("a"))
    let degree = try m.explain(a, by: .outDegree)
    // Equal amounts (1 each): the stronger arc first.
    #expect(degree.parts.map { $0.chain.vertices.map(m.id) } == [["a", "c"], ["a", "b"]])
    #expect(degree.score == 2)
    let strength = try m.explain(a, by: .inStrength, top: 1)
    #expect(strength.parts.map { $0.chain.vertices.map(m.id) } == [["d", "a"]])
    #expect(strength.partCount == 2)
    #expect(HandNetwork.close(strength.explained ?? 0, 0.6))
  }

  @Test func harmonicAndClosenessListTheChainsThatReachTheActor() throws {
    let m = HandNetwork.model([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.5), R(from: "b", kind: "lobbies", to: "c", strength: 0.5),
    ])
    let harmonic = try m.explain(2, by: .harmonic)
    #expect(Set(harmonic.parts.map { $0.chain.vertices.map(m.id) }) == [["a", "b", "c"], ["b", "c"]])
    let closeness = try m.explain(2, by: .closeness)
    #expect(closeness.explained == nil)
    #expect(closeness.parts.allSatisfy { $0.amount == nil })
  }
}
