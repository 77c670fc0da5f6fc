import Clout
import CloutReferenceKit
import Foundation
import Testing

@Suite struct BalanceTests {
  func signed(_ n: Int, _ edges: [(Int32, Int32, Int)], directed: Bool = false) throws -> SignedGraph {
    let g = try StructureFixtures.graph(n, edges.map { ($0.0, $0.1) }, directed: directed)
    return try g.signedUndirected(signs: edges.map(\.2))
  }

  /// A reproducible random signed graph (linear congruential stream; the test only needs variety).
  func randomSigned(_ n: Int, edgeChance: UInt64, seed: UInt64) throws -> SignedGraph {
    var state = seed
    func draw() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    var edges: [(Int32, Int32, Int)] = []
    for u in 0..<n {
      for v in (u + 1)..<n where draw() % 100 < edgeChance {
        edges.append((Int32(u), Int32(v), draw() % 2 == 0 ? 1 : -1))
      }
    }
    return try signed(n, edges)
  }

  @Test func referenceSignedPolitical() throws {
    let kit = try ReferenceKit("signed_political")
    let signs = try #require(kit.input.signs)
    let sg = try kit.input.plain.signedUndirected(signs: signs)
    let ids = kit.input.ids
    func key(_ a: String, _ b: String) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }

    let edges = try #require(kit.results["signed_undirected_edges"] as? [[Any]])
    let expected = Set(
      edges.compactMap { e -> String? in
        guard let a = e[0] as? String, let b = e[1] as? String, let s = e[2] as? Int else { return nil }
        return "\(key(a, b))|\(s)"
      })
    let got = Set(
      (0..<sg.edgeCount).map {
        "\(key(ids[Int(sg.edgeSources[$0])], ids[Int(sg.edgeTargets[$0])]))|\(sg.edgeSigns[$0])"
      })
    #expect(sg.edgeCount == 28)
    #expect(got == expected)

    let census = sg.triadCensus()
    let reference = try #require(kit.results["signed_triads"] as? [String: Int])
    #expect(census.allPositive == reference["+++"])
    #expect(census.oneNegative == reference["++-"])
    #expect(census.twoNegative == reference["+--"])
    #expect(census.allNegative == reference["---"])
    #expect(census.total == reference["total"])
    #expect(census.balanced == reference["balanced"])
    #expect(census.unbalanced == reference["unbalanced"])
    #expect(census.weaklyBalanced == reference["weakly_balanced"])
    #expect(census.weaklyUnbalanced == reference["weakly_unbalanced"])
    let ratio = try #require(kit.results["balance_ratio"] as? Double)
    #expect(abs(try #require(census.balanceRatio) - ratio) <= 1e-12)

    let triads = sg.triads()
    for (metric, balanced) in [("balanced_triads", true), ("unbalanced_triads", false)] {
      let reference = try #require(kit.results[metric] as? [[String]])
      let mine = triads.filter { $0.isBalanced == balanced }.map { Set([ids[$0.a], ids[$0.b], ids[$0.c]]) }
      #expect(Set(mine) == Set(reference.map(Set.init)), "\(metric)")
    }

    let frustration = sg.frustration()
    #expect(frustration.value == kit.results["frustration_index"] as? Int)
    #expect(frustration.isExact)
    #expect(try sg.frustration(of: frustration.side) == frustration.value)
    #expect(sg.isStructurallyBalanced() == kit.results["is_structurally_balanced"] as? Bool)
  }

  @Test func balancedTriangles() throws {
    let plus = try signed(3, [(0, 1, 1), (1, 2, 1), (0, 2, 1)])
    let enemyOfEnemy = try signed(3, [(0, 1, 1), (1, 2, -1), (0, 2, -1)])
    for sg in [plus, enemyOfEnemy] {
      #expect(sg.isStructurallyBalanced())
      let f = sg.frustration()
      #expect(f.value == 0 && f.lowerBound == 0 && f.isExact)
      #expect(f.side == sg.balancedCamps())
      #expect(sg.triadCensus().balanced == 1)
      #expect(sg.triadCensus().balanceRatio == 1)
    }
    #expect(enemyOfEnemy.balancedCamps() == [false, false, true])
    #expect(plus.triads().map(\.negativeEdges) == [0])
    #expect(enemyOfEnemy.triads().map(\.negativeEdges) == [2])
  }

  @Test func unbalancedTriangles() throws {
    let twoFriendsOneFeud = try signed(3, [(0, 1, 1), (1, 2, 1), (0, 2, -1)])
    let allEnemies = try signed(3, [(0, 1, -1), (1, 2, -1), (0, 2, -1)])
    for sg in [twoFriendsOneFeud, allEnemies] {
      #expect(!sg.isStructurallyBalanced())
      #expect(sg.balancedCamps() == nil)
      let f = sg.frustration()
      #expect(f.value == 1 && f.isExact)
      #expect(try sg.frustration(of: f.side) == 1)
      #expect(sg.triadCensus().unbalanced == 1)
      #expect(sg.triadCensus().balanceRatio == 0)
    }
    // Davis: −−− is weakly balanced, ++− is not.
    #expect(allEnemies.triads()[0].isWeaklyBalanced)
    #expect(!twoFriendsOneFeud.triads()[0].isWeaklyBalanced)
    #expect(allEnemies.triadCensus().weaklyBalanced == 1)
  }

  @Test func negativeDominates() throws {
    // 0 → 1 friendly but 1 → 0 hostile; 1 → 2 twice with opposite signs; 2 → 0 friendly; a loop.
    let sg = try signed(3, [(0, 1, 1), (1, 0, -1), (1, 2, 1), (1, 2, -1), (2, 0, 1), (2, 2, -1)], directed: true)
    #expect(sg.edgeSources == [0, 0, 1])
    #expect(sg.edgeTargets == [1, 2, 2])
    #expect(sg.edgeSigns == [-1, 1, -1])
    #expect(sg.triadCensus().twoNegative == 1)
    #expect(sg.isStructurallyBalanced())
    let triangleFree = try signed(4, [(0, 1, 1), (2, 3, -1)])
    #expect(triangleFree.triadCensus().balanceRatio == nil)
  }

  @Test func badSignsThrow() throws {
    let g = try StructureFixtures.graph(2, [(0, 1)], directed: false)
    #expect(throws: GraphError.self) { try g.signedUndirected(signs: [0]) }
    #expect(throws: GraphError.self) { try g.signedUndirected(signs: [1, 1]) }
    let sg = try g.signedUndirected(signs: [1])
    #expect(throws: GraphError.self) { try sg.frustration(of: [true]) }
  }

  @Test func exactSearchMatchesBruteForce() throws {
    for seed: UInt64 in 1...12 {
      let sg = try randomSigned(8, edgeChance: 50, seed: seed)
      var best = Int.max
      for mask in 0..<(1 << 8) {
        let side = (0..<8).map { (mask >> $0) & 1 == 1 }
        best = min(best, try sg.frustration(of: side))
      }
      let f = sg.frustration()
      #expect(f.isExact)
      #expect(f.value == best, "seed \(seed)")
      #expect(try sg.frustration(of: f.side) == best)
      #expect(sg.isStructurallyBalanced() == (best == 0))
    }
  }

  @Test func heuristicBracketsTheIndex() throws {
    for seed: UInt64 in 1...6 {
      let sg = try randomSigned(16, edgeChance: 35, seed: seed)
      let exact = sg.frustration(exactLimit: 20)
      let bounded = sg.frustration(exactLimit: 4)
      #expect(exact.isExact)
      #expect(bounded.lowerBound <= exact.value && exact.value <= bounded.value, "seed \(seed)")
      #expect(try sg.frustration(of: bounded.side) == bounded.value)
      #expect(bounded.isExact == (bounded.lowerBound == bounded.value))
    }
    // A signed tree is always balanced, so even a huge component is solved exactly.
    let n = 5000
    var branches: [(Int32, Int32, Int)] = []
    for v in 1..<n { branches.append((Int32(v / 2), Int32(v), v % 3 == 0 ? -1 : 1)) }
    let tree = try signed(n, branches)
    let f = tree.frustration(exactLimit: 4)
    #expect(f.value == 0 && f.isExact)
  }
}
