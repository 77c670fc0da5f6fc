import Clout
import Testing

/// Small hand-built networks for the influence tests: entities by id, relations written as
/// `from kind to` with an explicit strength, every relation cited.
enum HandNetwork {
  struct R {
    var from: String
    var kind: String
    var to: String
    var strength: Double? = nil
    var confidence: Double? = nil
    var date: String? = nil
    var start: String? = nil
    var end: String? = nil
    var status: RelationStatus = .active
    var about: [String] = []
  }

  static func make(
    _ relations: [R], entities: [String]? = nil, affiliations: [String: String] = [:], topics: [String] = []
  ) -> Network {
    var ids = entities ?? []
    for r in relations {
      for id in [r.from, r.to] where !ids.contains(id) { ids.append(id) }
    }
    return Network(
      entities: ids.map { Entity(id: $0, kind: .person, name: $0.uppercased(), affiliation: affiliations[$0]) },
      topics: topics.map { Topic(id: $0, name: $0) },
      sources: [Source(id: "src", title: "Hand-made source")],
      relations: relations.enumerated().map { i, r in
        Relation(
          id: "r\(i + 1)", from: r.from, to: r.to, kind: r.kind, strength: r.strength,
          date: r.date.flatMap(PartialDate.init), start: r.start.flatMap(PartialDate.init),
          end: r.end.flatMap(PartialDate.init), status: r.status, confidence: r.confidence, about: r.about,
          citations: [Citation(source: "src", quote: "quote \(i + 1)")])
      })
  }

  static func model(_ relations: [R], filter: RelationFilter = RelationFilter(), entities: [String]? = nil)
    -> InfluenceModel
  {
    InfluenceModel(network: make(relations, entities: entities), filter: filter)
  }

  static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
  }
}

/// Hops, chains and their polarity: the evidence model every influence answer is built from.
@Suite struct InfluenceChainTests {
  typealias R = HandNetwork.R

  @Test func parallelRelationsCombineByNoisyOrAndKeepTheirEvidence() throws {
    let m = HandNetwork.model([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.5),
      R(from: "a", kind: "lobbies", to: "b", strength: 0.8, confidence: 0.5),
    ])
    let arc = try #require(m.projection.arc(from: 0, to: 1))
    let hop = m.hop(arc: arc)
    #expect(HandNetwork.close(hop.strength, 1 - 0.5 * 0.6))
    // Strongest contribution first: r1 adds 0.5, r2 adds 0.8 × 0.5 = 0.4.
    #expect(hop.evidence.map(\.relation.id) == ["r1", "r2"])
    #expect(hop.evidence.map(\.strength) == [0.5, 0.4])
    #expect(hop.evidence.allSatisfy { $0.reading == .forward && $0.polarity == .cooperative })
    #expect(hop.evidence[0].relation.citations == [Citation(source: "src", quote: "quote 1")])
  }

  @Test func hopPolarityIsTheSignOfTheWeightedBalance() throws {
    let mixed = HandNetwork.model([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.5), R(from: "a", kind: "criticizes", to: "b", strength: 0.3),
    ])
    let hop = mixed.hop(arc: try #require(mixed.projection.arc(from: 0, to: 1)))
    #expect(hop.polarity == .cooperative)
    #expect(hop.isMixed)
    #expect(HandNetwork.close(hop.balance, 0.2))

    let balanced = HandNetwork.model([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.5), R(from: "a", kind: "opposes", to: "b", strength: 0.5),
    ])
    let even = balanced.hop(arc: try #require(balanced.projection.arc(from: 0, to: 1)))
    #expect(even.polarity == .neutral)
    #expect(even.isMixed)

    let neutral = HandNetwork.model([R(from: "a", kind: "regulates", to: "b")])
    let plain = neutral.hop(arc: try #require(neutral.projection.arc(from: 0, to: 1)))
    #expect(plain.polarity == .neutral)
    #expect(!plain.isMixed)
  }

  @Test func chainPolarityMultipliesSignsAndNeutralHopsPassThem() {
    #expect(InfluenceChain.polarity(of: [.cooperative, .neutral, .hostile]) == .hostile)
    #expect(InfluenceChain.polarity(of: [.hostile, .hostile]) == .cooperative)
    #expect(InfluenceChain.polarity(of: [.neutral, .neutral]) == .neutral)
    #expect(InfluenceChain.polarity(of: [.neutral, .cooperative]) == .cooperative)
    #expect(InfluenceChain.polarity(of: []) == .neutral)
  }

  @Test func lobbyingThroughARegulatorThatSanctionsIsAHostileChain() throws {
    // a lobbies b (+), b regulates c (0), c sanctions d (−): a's chain to d pushes against d.
    let m = HandNetwork.model([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.5), R(from: "b", kind: "regulates", to: "c", strength: 0.7),
      R(from: "c", kind: "sanctions", to: "d", strength: 0.8),
    ])
    let ranking = try m.influencers(of: 3)
    #expect(ranking.actors.map { m.id($0.vertex) } == ["c", "b", "a"])
    let chain = ranking.actors[2].chain
    #expect(chain.vertices == [0, 1, 2, 3])
    #expect(chain.hops.map(\.polarity) == [.cooperative, .neutral, .hostile])
    #expect(chain.polarity == .hostile)
    #expect(HandNetwork.close(chain.strength, 0.5 * 0.7 * 0.8))
    #expect(ranking.actors.allSatisfy { $0.chain.polarity == .hostile })
  }

  @Test func reverseAndMutualKindsAreReadTheWayInfluenceFlows() throws {
    // k reports to l and m is a member of o: l moves k, o moves m. p and q negotiate: both ways.
    let m = HandNetwork.model([
      R(from: "k", kind: "reports-to", to: "l"), R(from: "m", kind: "member-of", to: "o"),
      R(from: "p", kind: "negotiates", to: "q"),
    ])
    let k = try #require(m.vertex("k"))
    let l = try #require(m.vertex("l"))
    let byK = try m.influencers(of: k)
    #expect(byK.actors.map { m.id($0.vertex) } == ["l"])
    #expect(byK.actors[0].chain.hops[0].evidence[0].reading == .reverse)
    #expect(byK.actors[0].score == 0.8)
    #expect(try m.influenced(by: k).actors.isEmpty)
    #expect(try m.influenced(by: l).actors.map { m.id($0.vertex) } == ["k"])
    #expect(try m.influencers(of: try #require(m.vertex("m"))).actors.map { m.id($0.vertex) } == ["o"])
    let p = try #require(m.vertex("p"))
    let q = try #require(m.vertex("q"))
    #expect(try m.influencers(of: p).actors.map(\.vertex) == [q])
    #expect(try m.influencers(of: q).actors.map(\.vertex) == [p])
    let negotiation = try m.influencers(of: q).actors[0].chain
    #expect(negotiation.hops[0].evidence[0].reading == .mutual)
    #expect(negotiation.polarity == .neutral)
  }
}
