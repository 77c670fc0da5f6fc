import Clout
import CloutIO
import Foundation
import Testing

/// The cases of the chip-tools test fixture (`Tests/Fixtures/chip-tools.yaml`, illustrative test
/// data shaped after the 2023 Dutch and Japanese chip-tool export controls): time order, contact
/// and membership that end chains, status weights, and a ranking that one meeting with a hub does
/// not lift.
@Suite struct ChipToolsTests {
  static let path = PackagePaths.root.appendingPathComponent("Tests/Fixtures/chip-tools.yaml").path
  static let network = Result { try NetworkLoader.load(path: path).network }

  static func model(_ filter: RelationFilter = RelationFilter()) throws -> InfluenceModel {
    InfluenceModel(network: try network.get(), filter: filter)
  }

  static func ids(_ m: InfluenceModel, _ c: InfluenceChain?) -> [String]? { c.map { $0.vertices.map(m.id) } }

  @Test func theFixtureIsSmallAndValid() throws {
    let n = try Self.network.get()
    #expect(n.entities.count == 20)
    #expect(n.relations.count >= 30)
  }

  /// A minister sanctions a firm from 2020-01 to 2020-03; a lobbyist lobbies the minister in
  /// 2024-05. The sanction ended four years before the lobbying, so no chain runs through it.
  @Test func aChainRespectsTime() throws {
    let m = try Self.model()
    let lobbyist = try #require(m.vertex("lobbyist"))
    let firm = try #require(m.vertex("tokyo-electron"))
    let minister = try #require(m.vertex("wang-wentao"))
    let timed = try m.strongestChains(from: lobbyist, to: firm, k: 5)
    #expect(!timed.isEmpty)
    for c in timed { #expect(!(c.vertices.count == 3 && c.vertices[1] == minister), "\(c.vertices.map(m.id))") }
    #expect(timed.allSatisfy { c in c.hops.allSatisfy { $0.evidence.allSatisfy { $0.relation.kind != "sanctions" } } })
    // Ignoring time, the old answer comes back: a hostile 0.5 × 0.8 = 0.4 through the sanction.
    let any = try #require(try m.strongestChain(from: lobbyist, to: firm, rules: ChainRules(timeOrder: false)))
    #expect(Self.ids(m, any) == ["lobbyist", "wang-wentao", "tokyo-electron"])
    #expect(abs(any.strength - 0.4) < 1e-12)
    #expect(any.polarity == .hostile)
    // Every hop of a time-respecting chain starts no earlier than the one before it took effect.
    for c in timed {
      let days = c.hops.compactMap(\.day)
      #expect(days == days.sorted())
    }
  }

  /// An event holds on its date only, or for the period it declares (`lasts`).
  @Test func eventsHappenAndDeclaredPeriodsLast() throws {
    func kept(_ asOf: String) throws -> Set<String> {
      let filter = RelationFilter(asOf: PartialDate(asOf))
      #expect(filter.asOf != nil)
      let n = try Self.network.get()
      return Set(n.relations.filter { filter.keeps($0, in: n) }.map { "\($0.from) \($0.kind) \($0.to)" })
    }
    #expect(try kept("2023-01-17").contains("mark-rutte meets joe-biden"))
    #expect(try !kept("2023-02").contains("mark-rutte meets joe-biden"))
    #expect(try kept("2025-06").contains("mofcom retaliates japan"))  // 2023-07, lasts 2y
    #expect(try !kept("2025-08").contains("mofcom retaliates japan"))
  }

  /// "Mark Rutte moves ASML" through a meeting with Biden, Biden's adviser and the Dutch measure:
  /// a meeting is contact between its parties, not a conduit for a third party's acts.
  @Test func aMeetingIsNotAConduit() throws {
    let m = try Self.model()
    let rutte = try #require(m.vertex("mark-rutte"))
    let asml = try #require(m.vertex("asml"))
    let biden = try #require(m.vertex("joe-biden"))
    #expect(try m.strongestChain(from: rutte, to: asml) == nil)
    // The meeting itself still moves its counterpart.
    let met = try #require(try m.strongestChain(from: rutte, to: biden))
    #expect(met.hops.count == 1 && abs(met.strength - 0.3) < 1e-12)
    // Declared onward, the same kind would carry the chain (the rule lives in the kind registry).
    var conduit = try Self.network.get()
    var meets = try #require(conduit.relationKinds["meets"])
    meets.onward = true
    conduit.relationKinds.register(meets)
    let open = InfluenceModel(network: conduit)
    let through = try #require(try open.strongestChain(from: rutte, to: asml))
    #expect(Self.ids(open, through)?.prefix(2) == ["mark-rutte", "joe-biden"])
    #expect(through.hops.count == 4 && through.target == asml)
  }

  /// The Senate is not the author of Warren's criticism: member-of moves the member, and the
  /// member's own acts do not flow back to the body.
  @Test func aBodyIsNotTheAuthorOfAMembersStatement() throws {
    let m = try Self.model()
    let senate = try #require(m.vertex("us-senate"))
    let warren = try #require(m.vertex("elizabeth-warren"))
    let raimondo = try #require(m.vertex("gina-raimondo"))
    #expect(try m.strongestChain(from: senate, to: raimondo) == nil)
    #expect(try m.strongestChain(from: senate, to: warren) != nil)
    let critics = try m.influencers(of: raimondo).actors.map { m.id($0.vertex) }
    #expect(critics.contains("elizabeth-warren"))
    #expect(!critics.contains("us-senate"))
  }

  /// A file-declared kind with `onward: false` ends chains like the built-in contact kinds.
  @Test func aFileDeclaresWhichKindsCarryOnward() throws {
    let m = try Self.model()
    #expect(m.network.relationKinds["consults"]?.onward == false)
    let minister = try #require(m.vertex("liesje-schreinemacher"))
    let raimondo = try #require(m.vertex("gina-raimondo"))
    let commerce = try #require(m.vertex("us-commerce"))
    #expect(try m.strongestChain(from: minister, to: raimondo) != nil)
    #expect(try m.strongestChain(from: minister, to: commerce) == nil)
  }

  /// An alleged lobbying weighs half an established one (status weight 0.5), without a confidence.
  @Test func allegedWeighsLessThanEstablished() throws {
    let m = try Self.model()
    func contribution(_ from: String, _ to: String) throws -> Double {
      let u = try #require(m.vertex(from))
      let v = try #require(m.vertex(to))
      let arc = try #require(m.projection.arc(from: u, to: v))
      return m.hop(arc: arc).evidence[0].strength
    }
    #expect(try contribution("asml", "netherlands") == 0.5)  // lobbies, active
    #expect(try contribution("tokyo-electron", "meti") == 0.25)  // lobbies, alleged
    #expect(RelationStatus.alleged.defaultWeight == 0.5 && RelationStatus.active.defaultWeight == 1)
  }

  /// Kishida and Rutte each have one meeting with Biden and nothing else. PageRank on the reversed
  /// projection lifts them to second and third; reach keeps them at the strength of their meeting.
  @Test func oneMeetingDoesNotLiftALeaf() throws {
    let g = AnalysisGraph(network: try Self.network.get())
    func top(_ measure: Measure, _ k: Int) throws -> [String] {
      let scores = try measure.compute(on: g)
      let order = (0..<g.vertexCount).sorted {
        scores[$0] != scores[$1] ? scores[$0] > scores[$1] : g.ids[$0] < g.ids[$1]
      }
      return order.prefix(k).map { g.ids[$0] }
    }
    #expect(try top(.influence, 3) == ["joe-biden", "fumio-kishida", "mark-rutte"])  // the failure mode
    let reach = try Measure.reach.compute(on: g)
    let ranked = try top(.reach, g.vertexCount)
    #expect(ranked.first == "joe-biden")
    let kishida = try #require(ranked.firstIndex(of: "fumio-kishida"))
    let rutte = try #require(ranked.firstIndex(of: "mark-rutte"))
    #expect(kishida >= 10 && rutte >= 10)
    let k = try #require(g.ids.firstIndex(of: "fumio-kishida"))
    #expect(abs(reach[k] - 0.3) < 1e-12)
  }

  /// The engine is exact on the fixture too (time-dependent hops included): brute force over every
  /// simple chain of at most four hops.
  @Test func theSearchIsExactOnTheFixture() throws {
    let m = try Self.model()
    let rules = ChainRules()
    for s in 0..<m.vertexCount {
      let best = bruteForceBest(from: s, in: m, rules: rules)
      for t in 0..<m.vertexCount where t != s {
        let found = try m.strongestChain(from: s, to: t, rules: rules)?.strength ?? 0
        #expect(abs(found - best[t]) <= 1e-12, "\(m.id(s)) → \(m.id(t))")
      }
    }
  }

  /// Hostile ties repel: signed modularity never puts China with the countries whose controls it
  /// fights, where unsigned Louvain groups the United States, the Netherlands, Japan, China and
  /// China's commerce ministry together.
  @Test func signedCommunitiesKeepAdversariesApart() throws {
    let network = try Self.network.get()
    let signed = SignedCommunities(network: network)
    func number(_ id: String) throws -> Int { signed.numberOf[try #require(network.entityPosition(id))] }
    for rival in ["united-states", "netherlands", "japan"] { #expect(try number("china") != number(rival)) }
    #expect(try number("china") == number("mofcom"))
    #expect(try number("joe-biden") == number("united-states"))
    #expect(signed.modularity > 0)
    // Numbered by size, then by the most central member; named by the two most central members.
    let sizes = signed.communities.map(\.members.count)
    #expect(sizes == sizes.sorted(by: >))
    #expect(signed.communities.map(\.number) == Array(1...signed.communities.count))
    let first = signed.communities[0]
    #expect(first.name == first.members.prefix(2).map { network.entities[$0].name }.joined(separator: ", "))
    // Unsigned Louvain on the projection: the failure mode the signed version removes.
    let g = AnalysisGraph(network: network)
    let plain = try g.graph.bestLouvain(weighted: true, seeds: Array(0..<10))
    let china = try #require(network.entityPosition("china"))
    let us = try #require(network.entityPosition("united-states"))
    #expect(plain.partition.labels[china] == plain.partition.labels[us])
  }

  /// Signed modularity is Newman's modularity when every tie is positive, and a negative tie inside
  /// a community lowers it.
  @Test func signedModularityReducesToNewmans() throws {
    let positive = SignedWeightedGraph(vertexCount: 4, pairs: [(0, 1, 1, 0), (2, 3, 1, 0), (1, 2, 1, 0)])
    let labels: [Int32] = [0, 0, 1, 1]
    let unsigned = try CSRGraph(
      vertexCount: 4, sources: [0, 2, 1], targets: [1, 3, 2], weights: [1, 1, 1], directed: false)
    let newman = try unsigned.modularity(of: VertexPartition(labels: labels), weighted: true)
    #expect(abs(positive.modularity(of: labels) - newman) < 1e-12)
    let hostile = SignedWeightedGraph(vertexCount: 4, pairs: [(0, 1, 1, 0), (2, 3, 1, 0), (1, 2, 0, 1)])
    let split = hostile.signedLouvain()
    #expect(split.partition.labels == [0, 0, 1, 1])
    #expect(hostile.modularity(of: [0, 0, 0, 0]) < hostile.modularity(of: labels))
  }
}
