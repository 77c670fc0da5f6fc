import Clout
import Testing

/// `influence(from:to:)`: strength, top chains (hop-limited Yen), direct hop, reverse chain and
/// carriers, on graphs known by hand; and brokerage between two sides.
@Suite struct InfluenceBetweenTests {
  typealias R = HandNetwork.R

  /// s → a → t (0.81), s → b → t (0.64), s → t (0.5), t → s (0.3).
  static let diamond = HandNetwork.model([
    R(from: "s", kind: "lobbies", to: "a", strength: 0.9), R(from: "a", kind: "lobbies", to: "t", strength: 0.9),
    R(from: "s", kind: "lobbies", to: "b", strength: 0.8), R(from: "b", kind: "criticizes", to: "t", strength: 0.8),
    R(from: "s", kind: "lobbies", to: "t", strength: 0.5), R(from: "t", kind: "advises", to: "s", strength: 0.3),
  ])

  @Test func topChainsComeStrongestFirstWithTheirPolarity() throws {
    let m = Self.diamond
    let s = try #require(m.vertex("s"))
    let t = try #require(m.vertex("t"))
    let x = try m.influence(from: s, to: t, chains: 5)
    #expect(x.chains.map { $0.vertices.map(m.id) } == [["s", "a", "t"], ["s", "b", "t"], ["s", "t"]])
    #expect(HandNetwork.close(x.strength, 0.81))
    #expect(x.chains.map(\.polarity) == [.cooperative, .hostile, .cooperative])
    #expect(x.direct?.strength == 0.5)
    #expect(x.reverse?.vertices.map(m.id) == ["t", "s"])
    #expect(x.reverse?.strength == 0.3)
    #expect(x.carriers.map { m.id($0.vertex) } == ["a", "b"])
    #expect(x.carriers.map(\.chains) == [1, 1])
  }

  @Test func theDepthLimitBindsTheChainsListed() throws {
    let m = Self.diamond
    let s = try #require(m.vertex("s"))
    let t = try #require(m.vertex("t"))
    let x = try m.influence(from: s, to: t, rules: ChainRules(maxHops: 1), chains: 5)
    #expect(x.chains.map { $0.vertices.map(m.id) } == [["s", "t"]])
    #expect(x.strength == 0.5)
    #expect(x.carriers.isEmpty)
  }

  @Test func yenFindsTheShorterChainWhenTheStrongestIsTooLong() throws {
    // s → a → b → t at full strength (3 hops) and s → t at 0.1.
    let m = HandNetwork.model([
      R(from: "s", kind: "owns", to: "a", strength: 1), R(from: "a", kind: "owns", to: "b", strength: 1),
      R(from: "b", kind: "owns", to: "t", strength: 1), R(from: "s", kind: "lobbies", to: "t", strength: 0.1),
      R(from: "a", kind: "lobbies", to: "t", strength: 0.2),
    ])
    let s = try #require(m.vertex("s"))
    let t = try #require(m.vertex("t"))
    let all = try m.influence(from: s, to: t, rules: ChainRules(maxHops: 3), chains: 5)
    #expect(all.chains.map { $0.vertices.map(m.id) } == [["s", "a", "b", "t"], ["s", "a", "t"], ["s", "t"]])
    #expect(all.chains.map(\.strength) == [1, 0.2, 0.1])
    let two = try m.influence(from: s, to: t, rules: ChainRules(maxHops: 2), chains: 5)
    #expect(two.chains.map { $0.vertices.map(m.id) } == [["s", "a", "t"], ["s", "t"]])
  }

  @Test func noChainMeansStrengthZero() throws {
    let m = HandNetwork.model([R(from: "a", kind: "lobbies", to: "b")], entities: ["a", "b", "c"])
    let x = try m.influence(from: 0, to: 2)
    #expect(x.chains.isEmpty)
    #expect(x.strength == 0)
    #expect(x.direct == nil)
    #expect(x.reverse == nil)
    #expect(throws: InfluenceError.invalidCount(name: "chains", value: 0)) {
      try m.influence(from: 0, to: 1, chains: 0)
    }
  }

  // MARK: brokerage

  /// Two sides: us (us-agency, us-official) and cn (cn-official); n belongs to neither.
  static func sides(_ extra: [R] = [], tie: String = "allied-with") -> InfluenceModel {
    let network = HandNetwork.make(
      [
        R(from: "cn", kind: "leads", to: "cn-official", strength: 0.8),
        R(from: "cn-official", kind: tie, to: "us-agency", strength: 0.5),
        R(from: "us-agency", kind: "lobbies", to: "n", strength: 0.5),
        R(from: "n", kind: "supplies", to: "cn", strength: 0.5),
        R(from: "us-agency", kind: "advises", to: "us-official", strength: 0.5),
        R(from: "us", kind: "restricts", to: "cn", strength: 0.7),
      ] + extra,
      affiliations: ["us-agency": "us", "us-official": "us-agency", "cn-official": "cn"])
    return InfluenceModel(network: network)
  }

  @Test func sidesFollowAffiliationChains() {
    let network = Self.sides().network
    #expect(network.side(of: "us") == ["us-agency", "us-official", "us"])
    #expect(network.side(of: "us-agency") == ["us-agency", "us-official"])
    #expect(network.side(of: "cn") == ["cn", "cn-official"])
    #expect(network.side(of: "n") == ["n"])
  }

  @Test func brokersPlayGouldFernandezRoles() throws {
    let m = Self.sides()
    let x = try m.brokers(between: try #require(m.vertex("us")), and: try #require(m.vertex("cn")))
    // cn → cn-official → us-agency: representative, 0.8 · 0.5. us-agency → n → cn: liaison, 0.25.
    // cn-official → us-agency → us-official: gatekeeper, 0.25 (tie with n: count, then id).
    #expect(x.brokers.map { m.id($0.vertex) } == ["cn-official", "n", "us-agency"])
    #expect(x.brokers.map(\.score) == [0.4, 0.25, 0.25])
    #expect(x.brokers[0].roles == [.representative: 1])
    #expect(x.brokers[1].roles == [.liaison: 1])
    #expect(x.brokers[2].roles == [.gatekeeper: 1])
    #expect(x.brokers[0].examples[0].chain.vertices.map(m.id) == ["cn", "cn-official", "us-agency"])
    #expect(x.candidates == 3)
  }

  @Test func aNegotiationEndsTheTwoPath() throws {
    // With a negotiation in place of the alliance, cn-official → us-agency is contact: it can end a
    // chain (cn → cn-official → us-agency) but not carry on to us-official, so us-agency's
    // gatekeeper two-path goes (RelationKind.onward).
    let m = Self.sides(tie: "negotiates")
    let x = try m.brokers(between: try #require(m.vertex("us")), and: try #require(m.vertex("cn")))
    #expect(x.brokers.map { m.id($0.vertex) } == ["cn-official", "n"])
  }

  @Test func aDirectTieClosesTheTwoPath() throws {
    let m = Self.sides([R(from: "cn-official", kind: "supports", to: "us-official")])
    let x = try m.brokers(between: try #require(m.vertex("us")), and: try #require(m.vertex("cn")))
    #expect(x.brokers.map { m.id($0.vertex) } == ["cn-official", "n"])
  }

  @Test func hostileRelationsNeitherBrokerNorCloseUnlessAsked() throws {
    // us-official sanctions cn: us-agency → us-official → cn makes us-official a representative
    // (0.5 · 0.8) only when hostile relations count; cn-official criticizes us-official, which then
    // closes us-agency's two-path cn-official → us-agency → us-official and opens
    // cn → cn-official → us-official (0.8 · 0.3) for cn-official.
    let m = Self.sides([
      R(from: "us-official", kind: "sanctions", to: "cn", strength: 0.8),
      R(from: "cn-official", kind: "criticizes", to: "us-official", strength: 0.3),
    ])
    let us = try #require(m.vertex("us"))
    let cn = try #require(m.vertex("cn"))
    let mediation = try m.brokers(between: us, and: cn)
    #expect(mediation.brokers.map { m.id($0.vertex) } == ["cn-official", "n", "us-agency"])
    let all = try m.brokersIncludingHostile(between: us, and: cn)
    #expect(all.brokers.map { m.id($0.vertex) } == ["cn-official", "us-official", "n"])
    #expect(HandNetwork.close(all.brokers[0].score, 0.4 + 0.24))
    #expect(all.brokers[0].count == 2)
    #expect(all.brokers[1].roles == [.representative: 1])
    #expect(HandNetwork.close(all.brokers[1].score, 0.4))
  }

  @Test func overlappingSidesAreRefused() throws {
    let m = Self.sides()
    #expect(throws: InfluenceError.self) {
      try m.brokers(between: try #require(m.vertex("us")), and: try #require(m.vertex("us-official")))
    }
  }
}
