import Clout
import Testing

private func date(_ text: String) -> PartialDate? { PartialDate(text) }

/// A date that must parse.
private func day(_ text: String) throws -> PartialDate { try #require(PartialDate(text)) }

/// Four actors and relations of every direction, with answers worked out by hand:
///
///     r0  a lobbies b        s 0.5            → a→b 0.5
///     r1  a lobbies b        s 0.5, about t2  → a→b 0.5
///     r2  c member-of a      default 0.6      → a→c 0.6   (reverse)
///     r3  d reports-to c     s 0.4 × c 0.5    → c→d 0.2   (reverse)
///     r4  b negotiates c     s 0.3            → b→c 0.3 and c→b 0.3 (mutual)
///     r5  a transships-via d                  → nothing   (none)
///     r6  a sanctions d      s 0.9, denied    → nothing by default
///     r7  d advises a        s 0              → nothing
///     r8  a advises b        default 0.5 × c 0.5 → a→b 0.25
///     r9  b advises a        2024 – 2024-06   → b→a 0.5
///     r10 a advises a                         → nothing (self-loop)
///
/// a→b combines r0, r1, r8 by noisy-or: 1 − 0.5 · 0.5 · 0.75 = 0.8125.
private let network = Network(
  entities: ["a", "b", "c", "d"].map { Entity(id: $0, kind: .person, name: $0.uppercased()) },
  topics: [Topic(id: "t1", name: "T1"), Topic(id: "t2", name: "T2")],
  relations: [
    Relation(id: "r0", from: "a", to: "b", kind: "lobbies", strength: 0.5, about: ["t1"]),
    Relation(id: "r1", from: "a", to: "b", kind: "lobbies", strength: 0.5, about: ["t2"]),
    Relation(id: "r2", from: "c", to: "a", kind: "member-of"),
    Relation(id: "r3", from: "d", to: "c", kind: "reports-to", strength: 0.4, confidence: 0.5),
    Relation(id: "r4", from: "b", to: "c", kind: "negotiates", strength: 0.3, date: date("2025-06-09")),
    Relation(id: "r5", from: "a", to: "d", kind: "transships-via", strength: 0.9),
    Relation(id: "r6", from: "a", to: "d", kind: "sanctions", strength: 0.9, status: .denied),
    Relation(id: "r7", from: "d", to: "a", kind: "advises", strength: 0),
    Relation(id: "r8", from: "a", to: "b", kind: "advises", confidence: 0.5),
    Relation(id: "r9", from: "b", to: "a", kind: "advises", start: date("2024"), end: date("2024-06")),
    Relation(id: "r10", from: "a", to: "a", kind: "advises"),
  ])

/// Every arc as "u→v" with its weight and the ids of the relations it combines.
private func arcs(_ p: InfluenceProjection) -> [String: (weight: Double, relations: [String])] {
  var out: [String: (Double, [String])] = [:]
  for e in 0..<p.graph.edgeCount {
    let u = p.entityIDs[Int(p.graph.edgeSources[e])]
    let v = p.entityIDs[Int(p.graph.edgeTargets[e])]
    out["\(u)→\(v)"] = (p.graph.weight(ofEdge: e), p.arcRelations[e].map { network.relations[$0].id })
  }
  return out
}

private func expectArc(
  _ p: InfluenceProjection, _ name: String, _ weight: Double, _ relations: [String],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  guard let arc = arcs(p)[name] else {
    Issue.record("no arc \(name); arcs: \(arcs(p).keys.sorted())", sourceLocation: sourceLocation)
    return
  }
  #expect(
    abs(arc.weight - weight) < 1e-12, "\(name) weighs \(arc.weight), not \(weight)", sourceLocation: sourceLocation)
  #expect(arc.relations == relations, "\(name)", sourceLocation: sourceLocation)
}

@Suite("Influence projection: directions, noisy-or, evidence, filters")
struct InfluenceProjectionTests {
  @Test func verticesAreEntitiesInFileOrder() {
    let p = InfluenceProjection(network)
    #expect(p.entityIDs == ["a", "b", "c", "d"])
    #expect(p.graph.vertexCount == 4)
    #expect(p.graph.isDirected)
  }

  @Test func everyArcByHand() {
    let p = InfluenceProjection(network)
    #expect(Set(arcs(p).keys) == ["a→b", "a→c", "b→a", "b→c", "c→b", "c→d"])
    #expect(p.graph.edgeCount == 6)
    expectArc(p, "a→b", 0.8125, ["r0", "r1", "r8"])
    expectArc(p, "a→c", 0.6, ["r2"])
    expectArc(p, "b→a", 0.5, ["r9"])
    expectArc(p, "b→c", 0.3, ["r4"])
    expectArc(p, "c→b", 0.3, ["r4"])
    expectArc(p, "c→d", 0.2, ["r3"])
  }

  @Test func forwardRelationPointsFromSubjectToObject() {
    let p = InfluenceProjection(network.filteringRelations { $0.id == "r0" })
    #expect(Set(arcs(p).keys) == ["a→b"])
  }

  @Test func reverseRelationsPointFromObjectToSubject() {
    let member = InfluenceProjection(network.filteringRelations { $0.id == "r2" })
    #expect(Set(arcs(member).keys) == ["a→c"])
    let reports = InfluenceProjection(network.filteringRelations { $0.id == "r3" })
    #expect(Set(arcs(reports).keys) == ["c→d"])
  }

  @Test func mutualRelationPointsBothWays() {
    let p = InfluenceProjection(network.filteringRelations { $0.id == "r4" })
    #expect(Set(arcs(p).keys) == ["b→c", "c→b"])
  }

  @Test func noneRelationGivesNoArc() {
    let p = InfluenceProjection(network.filteringRelations { $0.id == "r5" })
    #expect(p.graph.edgeCount == 0)
    #expect(p.arcRelations.isEmpty)
  }

  @Test func noisyOrOfTwoHalves() {
    let p = InfluenceProjection(network.filteringRelations { $0.kind == "lobbies" })
    expectArc(p, "a→b", 0.75, ["r0", "r1"])
    #expect(p.arcContributions == [[0.5, 0.5]])
  }

  @Test func contributionsAreStrengthTimesConfidence() throws {
    let p = InfluenceProjection(network)
    let ab = try #require(p.arc(from: 0, to: 1))
    #expect(p.arcContributions[ab] == [0.5, 0.5, 0.25])
    let cd = try #require(p.arc(from: 2, to: 3))
    #expect(p.arcContributions[cd] == [0.2])
    #expect(p.arc(from: 0, to: 3) == nil)
    #expect(p.arc(from: 3, to: 0) == nil)
    #expect(p.arc(from: 0, to: 0) == nil)
  }

  @Test func deniedRelationsAreIncludedOnlyWhenAskedFor() {
    let everything = InfluenceProjection(network, filter: RelationFilter(statuses: Set(RelationStatus.allCases)))
    // A denied relation weighs its status weight (0.25) unless it gives a confidence.
    expectArc(everything, "a→d", 0.9 * RelationStatus.denied.defaultWeight, ["r6"])
    #expect(everything.graph.edgeCount == 7)
  }

  @Test func filterByKind() {
    let p = InfluenceProjection(network, filter: RelationFilter(kinds: ["advises"]))
    #expect(Set(arcs(p).keys) == ["a→b", "b→a"])
    expectArc(p, "a→b", 0.25, ["r8"])
  }

  @Test func filterByTopic() {
    let p = InfluenceProjection(network, filter: RelationFilter(topics: ["t2"]))
    #expect(Set(arcs(p).keys) == ["a→b"])
    expectArc(p, "a→b", 0.5, ["r1"])
  }

  @Test func filterAsOf() throws {
    let early = InfluenceProjection(network, filter: RelationFilter(asOf: try day("2023")))
    #expect(!arcs(early).keys.contains("b→a"))
    #expect(!arcs(early).keys.contains("b→c"))
    let during = InfluenceProjection(network, filter: RelationFilter(asOf: try day("2024-03")))
    #expect(arcs(during).keys.contains("b→a"))
    #expect(!arcs(during).keys.contains("b→c"))
    // The negotiation r4 is an event of 2025-06-09: it holds on that day, not a month later.
    let onTheDay = InfluenceProjection(network, filter: RelationFilter(asOf: try day("2025-06-09")))
    #expect(arcs(onTheDay).keys.contains("b→c"))
    let later = InfluenceProjection(network, filter: RelationFilter(asOf: try day("2025-07")))
    #expect(!arcs(later).keys.contains("b→a"))
    #expect(!arcs(later).keys.contains("b→c"))
    // Undated relations hold at any time unless dropped.
    expectArc(later, "a→b", 0.8125, ["r0", "r1", "r8"])
    let datedOnly = InfluenceProjection(
      network, filter: RelationFilter(asOf: try day("2025-07"), undatedIncluded: false))
    #expect(arcs(datedOnly).isEmpty)
  }

  @Test func strengthsAreClampedAndUnknownEndpointsSkipped() {
    let odd = Network(
      entities: [Entity(id: "a", kind: .person, name: "A"), Entity(id: "b", kind: .person, name: "B")],
      relations: [
        Relation(id: "big", from: "a", to: "b", kind: "advises", strength: 3),
        Relation(id: "ghost", from: "a", to: "nobody", kind: "advises"),
        Relation(id: "strange", from: "a", to: "b", kind: "no-such-kind"),
      ])
    let p = InfluenceProjection(odd)
    #expect(p.graph.edgeCount == 1)
    #expect(p.graph.weight(ofEdge: 0) == 1)
    #expect(p.arcRelations == [[0]])
  }

  @Test func declaredKindsCarryTheirDirection() {
    var registry = RelationKindRegistry()
    registry.register(
      RelationKind(id: "funds", influence: .reverse, polarity: .cooperative, defaultStrength: 0.4, description: ""))
    let net = Network(
      entities: [Entity(id: "a", kind: .person, name: "A"), Entity(id: "b", kind: .person, name: "B")],
      relationKinds: registry, relations: [Relation(id: "f", from: "a", to: "b", kind: "funds")])
    let p = InfluenceProjection(net)
    #expect(p.graph.edgeCount == 1)
    #expect(p.graph.edgeSources == [1])
    #expect(p.graph.edgeTargets == [0])
    #expect(p.graph.weight(ofEdge: 0) == 0.4)
  }
}
