import Clout
import Testing

/// Rankings of influencers and influenced on networks whose answers are known by hand: ties,
/// cycles, depth limits, time filters.
@Suite struct InfluencersTests {
  typealias R = HandNetwork.R

  @Test func tiesGoToFewerHopsThenToTheSmallerId() throws {
    // b and a move t with 0.5 each; c moves a fully, so c's chain c → a → t is also 0.5 but longer.
    let m = HandNetwork.model(
      [
        R(from: "b", kind: "lobbies", to: "t", strength: 0.5), R(from: "a", kind: "lobbies", to: "t", strength: 0.5),
        R(from: "c", kind: "owns", to: "a", strength: 1),
      ], entities: ["t", "c", "b", "a"])
    let ranking = try m.influencers(of: 0)
    #expect(ranking.actors.map { m.id($0.vertex) } == ["a", "b", "c"])
    #expect(ranking.actors.map(\.score) == [0.5, 0.5, 0.5])
    #expect(ranking.actors.map { $0.chain.hops.count } == [1, 1, 2])
    #expect(ranking.actors.map(\.rank) == [1, 2, 3])
    #expect(ranking.reachable == 3)
  }

  @Test func equallyStrongChainsAreChosenByTheIdOfTheNextActor() throws {
    // s → y → t and s → x → t are both 0.4; the chain through x (smaller id) is shown.
    let m = HandNetwork.model(
      [
        R(from: "s", kind: "lobbies", to: "y", strength: 0.5), R(from: "y", kind: "lobbies", to: "t", strength: 0.8),
        R(from: "s", kind: "lobbies", to: "x", strength: 0.8), R(from: "x", kind: "lobbies", to: "t", strength: 0.5),
      ], entities: ["t", "y", "x", "s"])
    let s = try #require(m.influencers(of: 0).actors.first { m.id($0.vertex) == "s" })
    #expect(s.chain.vertices.map(m.id) == ["s", "x", "t"])
    #expect(HandNetwork.close(s.score, 0.4))
    let fromS = try m.influence(from: 3, to: 0, chains: 2)
    #expect(fromS.chains.map { $0.vertices.map(m.id) } == [["s", "x", "t"], ["s", "y", "t"]])
  }

  @Test func cyclesDoNotLoopAndChainsStaySimple() throws {
    // x ⇄ y with full strength, y moves t: x reaches t through y, and nobody is listed twice.
    let m = HandNetwork.model([
      R(from: "x", kind: "owns", to: "y", strength: 1), R(from: "y", kind: "owns", to: "x", strength: 1),
      R(from: "y", kind: "lobbies", to: "t", strength: 0.5), R(from: "t", kind: "lobbies", to: "x", strength: 0.5),
    ])
    let t = try #require(m.vertex("t"))
    let ranking = try m.influencers(of: t, rules: ChainRules(maxHops: 10))
    #expect(ranking.actors.map { m.id($0.vertex) } == ["y", "x"])
    #expect(ranking.actors[1].chain.vertices.map(m.id) == ["x", "y", "t"])
    #expect(ranking.actors.allSatisfy { Set($0.chain.vertices).count == $0.chain.vertices.count })
    let moved = try m.influenced(by: t, rules: ChainRules(maxHops: 10))
    #expect(moved.actors.map { m.id($0.vertex) } == ["x", "y"])
    #expect(moved.actors.map(\.score) == [0.5, 0.5])
  }

  @Test func depthLimitsTheChainsAndTheStrongestWithinItWins() throws {
    // a → b → c → t is strong (0.9³) but three hops; a → t directly is weak (0.1).
    let m = HandNetwork.model([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.9), R(from: "b", kind: "lobbies", to: "c", strength: 0.9),
      R(from: "c", kind: "lobbies", to: "t", strength: 0.9), R(from: "a", kind: "lobbies", to: "t", strength: 0.1),
    ])
    let t = try #require(m.vertex("t"))
    let deep = try m.influencers(of: t, rules: ChainRules(maxHops: 3))
    #expect(deep.actors.map { m.id($0.vertex) } == ["c", "b", "a"])
    #expect(HandNetwork.close(deep.actors[2].score, 0.729))
    let shallow = try m.influencers(of: t, rules: ChainRules(maxHops: 2))
    #expect(shallow.actors.map { m.id($0.vertex) } == ["c", "b", "a"])
    #expect(HandNetwork.close(shallow.actors[2].score, 0.1))
    #expect(shallow.actors[2].chain.hops.count == 1)
    let one = try m.influencers(of: t, rules: ChainRules(maxHops: 1), top: 1)
    #expect(one.actors.map { m.id($0.vertex) } == ["c"])
    #expect(one.reachable == 2)
    #expect(throws: InfluenceError.invalidDepth(0)) { try m.influencers(of: t, rules: ChainRules(maxHops: 0)) }
    #expect(throws: InfluenceError.invalidCount(name: "top", value: 0)) { try m.influencers(of: t, top: 0) }
    #expect(throws: InfluenceError.vertexOutOfRange(9)) { try m.influencers(of: 9) }
  }

  @Test func timeFiltersKeepTheRelationsInForce() throws {
    let relations = [
      R(from: "a", kind: "lobbies", to: "t", strength: 0.5, start: "2024-01", end: "2024-12"),
      R(from: "b", kind: "lobbies", to: "t", strength: 0.4, date: "2025-06"),
      R(from: "c", kind: "lobbies", to: "t", strength: 0.3, status: .denied),
    ]
    func influencers(_ filter: RelationFilter) throws -> [String] {
      let m = HandNetwork.model(relations, filter: filter)
      return try m.influencers(of: try #require(m.vertex("t"))).actors.map { m.id($0.vertex) }
    }
    #expect(try influencers(RelationFilter()) == ["a", "b"])
    #expect(try influencers(RelationFilter(asOf: PartialDate("2024-06"))) == ["a"])
    // An event holds on its date (here the month of June 2025), not afterwards.
    #expect(try influencers(RelationFilter(asOf: PartialDate("2025-06-15"))) == ["b"])
    #expect(try influencers(RelationFilter(asOf: PartialDate("2025-07"))) == [])
    #expect(try influencers(RelationFilter(asOf: PartialDate("2023"))) == [])
    let window = try #require(PartialDate("2024-11"))
    let end = try #require(PartialDate("2025-06"))
    #expect(try influencers(RelationFilter(between: (window, end))) == ["a", "b"])
    #expect(try influencers(RelationFilter(statuses: Set(RelationStatus.allCases))) == ["a", "b", "c"])
  }

  @Test func topicAndKindFiltersNarrowTheChains() throws {
    let relations = [
      R(from: "a", kind: "lobbies", to: "t", strength: 0.5, about: ["chips"]),
      R(from: "b", kind: "criticizes", to: "t", strength: 0.6, about: ["tariffs"]),
    ]
    let chips = HandNetwork.model(relations, filter: RelationFilter(topics: ["chips"]))
    #expect(try chips.influencers(of: try #require(chips.vertex("t"))).actors.map { chips.id($0.vertex) } == ["a"])
    let hostile = HandNetwork.model(relations, filter: RelationFilter(kinds: ["criticizes"]))
    let only = try hostile.influencers(of: try #require(hostile.vertex("t")))
    #expect(only.actors.map { hostile.id($0.vertex) } == ["b"])
    #expect(only.actors[0].chain.polarity == .hostile)
  }

  @Test func standingTiesCarryTopicChainsThroughTheHierarchy() throws {
    // boss leads agency (no topic, no date): a standing tie. boss meets x in 2024 without a topic:
    // dated, so not standing. lobbyist lobbies boss about chips.
    let network = HandNetwork.make([
      R(from: "boss", kind: "leads", to: "agency", strength: 0.8),
      R(from: "x", kind: "meets", to: "boss", strength: 0.3, date: "2024"),
      R(from: "lobbyist", kind: "lobbies", to: "boss", strength: 0.5, about: ["chips"]),
    ])
    let filter = RelationFilter(topics: ["chips"])
    let strict = InfluenceModel(network: network, filter: filter)
    let agency = try #require(strict.vertex("agency"))
    #expect(try strict.influencers(of: agency).actors.isEmpty)
    let standing = InfluenceModel(network: network, filter: filter, standingTies: true)
    let ranking = try standing.influencers(of: agency)
    #expect(ranking.actors.map { standing.id($0.vertex) } == ["boss", "lobbyist"])
    #expect(HandNetwork.close(ranking.actors[1].score, 0.4))
    #expect(standing.network.relations.map(\.id) == ["r1", "r3"])
    #expect(standing.filter.topics == nil)
    #expect(InfluenceModel.isStandingTie(network.relations[0]))
    #expect(!InfluenceModel.isStandingTie(network.relations[1]))
  }

  @Test func scoresAreTheProductsOfThePrintedHops() throws {
    let m = HandNetwork.model([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.5), R(from: "a", kind: "advises", to: "b", strength: 0.5),
      R(from: "b", kind: "leads", to: "c", strength: 0.8), R(from: "c", kind: "restricts", to: "d", strength: 0.7),
    ])
    for actor in try m.influencers(of: try #require(m.vertex("d"))).actors {
      #expect(actor.score == actor.chain.hops.reduce(1.0) { $0 * $1.strength })
      #expect(actor.chain.target == m.vertex("d"))
      #expect(actor.chain.source == actor.vertex)
    }
    let a = try m.influenced(by: try #require(m.vertex("a")))
    #expect(a.actors.map { m.id($0.vertex) } == ["b", "c", "d"])
    #expect(HandNetwork.close(a.actors[2].score, 0.75 * 0.8 * 0.7))
  }

  @Test func aModelUsesTheFilterItsGraphWasBuiltWith() throws {
    let network = HandNetwork.make([
      R(from: "a", kind: "lobbies", to: "b", strength: 0.5, about: ["chips"]),
      R(from: "b", kind: "sanctions", to: "c", strength: 0.8),
    ])
    let filter = RelationFilter(topics: ["chips"])
    let graph = AnalysisGraph(network: network, filter: filter)
    #expect(graph.filter == filter)
    let model = try InfluenceModel(graph)
    #expect(model.filter == filter)
    #expect(model.graph.edgeCount == 1)
    // Its mediation model keeps that filter and drops the hostile relation.
    let mediation = InfluenceModel(network: network).mediation()
    #expect(mediation.network.relations.map(\.id) == ["r1"])
    #expect(model.mediation().filter == filter)
  }

  @Test func anImportedGraphHasNoEvidence() throws {
    let g = try CSRGraph(vertexCount: 2, sources: [0], targets: [1], weights: [0.5], directed: true)
    #expect(throws: InfluenceError.noEvidence) { try InfluenceModel(AnalysisGraph(graph: g, ids: ["a", "b"])) }
    #expect(AnalysisGraph(graph: g, ids: ["a", "b"]).filter == nil)
  }
}
