import Clout
import CloutIO
import Foundation
import Testing

/// One strongest chain: for EVERY ordered pair of the seed network, the functions behind `clout
/// path`, `influence`, `influencers`, `influenced`, `explain --by reach` and `render --path` name
/// the same chain (vertices, arcs and strength) under the same rules and filters.
@Suite struct ChainAgreementTests {
  static let seed = Result { try NetworkLoader.load(path: PackagePaths.seedNetwork.path).network }

  /// A chain's identity: its vertices, arcs and strength.
  struct Key: Equatable, CustomStringConvertible {
    let vertices: [Int]
    let arcs: [Int]
    let strength: Double
    init(_ c: InfluenceChain) {
      vertices = c.vertices
      arcs = c.arcs
      strength = c.strength
    }
    var description: String { "\(vertices) \(strength)" }
  }

  /// Every ordered pair under one set of rules and filters; returns (pairs, pairs with a chain,
  /// disagreements).
  static func agreement(_ model: InfluenceModel, _ rules: ChainRules) throws -> (Int, Int, [String]) {
    let n = model.vertexCount
    var influencers: [[Int: Key]] = []
    var influenced: [[Int: Key]] = []
    for v in 0..<n {
      let into = try model.influencers(of: v, rules: rules)
      influencers.append(Dictionary(uniqueKeysWithValues: into.actors.map { ($0.vertex, Key($0.chain)) }))
      let from = try model.influenced(by: v, rules: rules)
      influenced.append(Dictionary(uniqueKeysWithValues: from.actors.map { ($0.vertex, Key($0.chain)) }))
    }
    var pairs = 0
    var withChain = 0
    var problems: [String] = []
    for s in 0..<n {
      let explained = try model.explain(s, by: .reach, rules: rules)
      var reach: [Int: Key] = [:]
      for part in explained.parts { reach[part.chain.target] = Key(part.chain) }
      for t in 0..<n where t != s {
        pairs += 1
        let path = try model.strongestChain(from: s, to: t, rules: rules).map(Key.init)  // path, render --path
        let between = try model.influence(from: s, to: t, rules: rules, chains: 2)
        let answers: [(String, Key?)] = [
          ("influence", between.chains.first.map(Key.init)), ("influencers", influencers[t][s]),
          ("influenced", influenced[s][t]), ("explain", reach[t]),
        ]
        if path != nil { withChain += 1 }
        for (name, key) in answers where key != path {
          problems.append(
            "\(model.id(s)) → \(model.id(t)): path \(String(describing: path)), \(name) \(String(describing: key))")
        }
        if let p = path {
          // Strength is the product of the printed hop strengths, and no chain breaks the hop limit.
          #expect(p.arcs.count <= rules.maxHops)
          #expect(abs(between.strength - p.strength) == 0)
        }
      }
    }
    return (pairs, withChain, problems)
  }

  @Test(arguments: [
    ChainRules(), ChainRules(maxHops: 2), ChainRules(maxHops: 6, timeOrder: false),
  ])
  func everyOrderedPairOfTheSeedAgrees(_ rules: ChainRules) throws {
    let model = InfluenceModel(network: try Self.seed.get())
    let (pairs, withChain, problems) = try Self.agreement(model, rules)
    let n = model.vertexCount
    #expect(pairs == n * (n - 1))
    #expect(withChain > 0)
    #expect(problems.isEmpty, "\(problems.count) of \(pairs) pairs disagree: \(problems.prefix(5))")
    print(
      "chain agreement (\(rules.statement)): \(pairs) ordered pairs, \(withChain) with a chain, "
        + "\(problems.count) disagreements")
  }

  /// The search is exact: on every ordered pair of the seed, its strength equals the best over ALL
  /// simple chains of at most `maxHops` hops, enumerated by depth-first search and each read under
  /// the rules (`strength(ofArcs:rules:)`).
  @Test(arguments: [ChainRules(), ChainRules(maxHops: 3, timeOrder: false)])
  func theSearchMatchesBruteForce(_ rules: ChainRules) throws {
    let model = InfluenceModel(network: try Self.seed.get())
    var compared = 0
    for s in 0..<model.vertexCount {
      let best = bruteForceBest(from: s, in: model, rules: rules)
      for t in 0..<model.vertexCount where t != s {
        let found = try model.strongestChain(from: s, to: t, rules: rules)?.strength ?? 0
        #expect(abs(found - best[t]) <= 1e-12 * max(found, best[t]), "\(model.id(s)) → \(model.id(t))")
        compared += 1
      }
    }
    #expect(compared == model.vertexCount * (model.vertexCount - 1))
  }

  @Test func topicFiltersWithStandingTiesAgreeToo() throws {
    let network = try Self.seed.get()
    let topics = Set(network.topics.prefix(2).map(\.id))
    let model = InfluenceModel(network: network, filter: RelationFilter(topics: topics), standingTies: true)
    let (pairs, _, problems) = try Self.agreement(model, ChainRules())
    #expect(pairs > 0)
    #expect(problems.isEmpty, "\(problems.prefix(5))")
  }
}
