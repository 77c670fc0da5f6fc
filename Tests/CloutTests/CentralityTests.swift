import Clout
import CloutReferenceKit
import Foundation
import Synchronization
import Testing

/// Degree and centrality algorithms against the reference kit and against small graphs whose
/// answers are known by hand.
@Suite struct CentralityTests {
  // MARK: reference graphs

  @Test(arguments: ReferenceKit.names) func degreesMatchReference(name: String) throws {
    let kit = try ReferenceKit(name)
    let g = kit.input.plain
    #expect(kit.results["n_nodes"] as? Int == g.vertexCount)
    #expect(kit.results["n_self_loops"] as? Int == g.selfLoopCount)
    let density = try #require(kit.results["density"] as? Double)
    #expect(abs(g.density - density) <= 1e-12)
    expectClose(g.degrees().map(Double.init), try #require(kit.nodeValues("degree")), "degree")
    expectClose(g.degreeCentrality(), try #require(kit.nodeValues("degree_centrality")), "degree_centrality")
    if kit.input.directed {
      expectClose(g.inDegrees().map(Double.init), try #require(kit.nodeValues("in_degree")), "in_degree")
      expectClose(g.outDegrees().map(Double.init), try #require(kit.nodeValues("out_degree")), "out_degree")
      expectClose(g.inDegreeCentrality(), try #require(kit.nodeValues("in_degree_centrality")), "in_degree_centrality")
      expectClose(
        g.outDegreeCentrality(), try #require(kit.nodeValues("out_degree_centrality")), "out_degree_centrality")
    }
    if kit.input.weighted {
      expectClose(kit.input.graph.strengths(), try #require(kit.nodeValues("weighted_degree")), "weighted_degree")
    }
    if let signs = kit.input.signs {
      let signed = try g.signedDegrees(signs: signs)
      expectClose(signed.positiveIn.map(Double.init), try #require(kit.nodeValues("positive_in_degree")), "pos in")
      expectClose(signed.negativeIn.map(Double.init), try #require(kit.nodeValues("negative_in_degree")), "neg in")
      expectClose(signed.positiveOut.map(Double.init), try #require(kit.nodeValues("positive_out_degree")), "pos out")
      expectClose(signed.negativeOut.map(Double.init), try #require(kit.nodeValues("negative_out_degree")), "neg out")
    }
  }

  @Test(arguments: ReferenceKit.names) func betweennessMatchesReference(name: String) throws {
    let kit = try ReferenceKit(name)
    for (suffix, g) in Self.variants(kit) {
      let weighted = !suffix.isEmpty
      let normalized = try g.betweennessScores(weighted: weighted, normalized: true)
      let raw = try g.betweennessScores(weighted: weighted, normalized: false)
      expectClose(normalized.vertices, try #require(kit.nodeValues("betweenness\(suffix)")), "betweenness\(suffix)")
      expectClose(raw.vertices, try #require(kit.nodeValues("betweenness\(suffix)_raw")), "betweenness\(suffix)_raw")
      expectClose(
        normalized.edges, try Self.edgeValues(kit, "edge_betweenness\(suffix)"), "edge_betweenness\(suffix)")
      expectClose(raw.edges, try Self.edgeValues(kit, "edge_betweenness\(suffix)_raw"), "edge_betweenness\(suffix)_raw")
    }
  }

  @Test func medicciHaveTheHighestBetweenness() throws {
    let kit = try ReferenceKit("florentine")
    let b = try kit.input.plain.betweenness(normalized: false)
    let top = try #require(b.indices.max { b[$0] < b[$1] })
    #expect(kit.input.ids[top] == "Medici")
    #expect(abs(b[top] - 47.5) < 1e-12)
  }

  @Test(arguments: ReferenceKit.names) func closenessAndHarmonicMatchReference(name: String) throws {
    let kit = try ReferenceKit(name)
    for (suffix, g) in Self.variants(kit) {
      let weighted = !suffix.isEmpty
      expectClose(try g.closeness(weighted: weighted), try #require(kit.nodeValues("closeness\(suffix)")), "closeness")
      expectClose(try g.harmonic(weighted: weighted), try #require(kit.nodeValues("harmonic\(suffix)")), "harmonic")
    }
  }

  @Test(arguments: ReferenceKit.names) func spectralCentralitiesMatchReference(name: String) throws {
    let kit = try ReferenceKit(name)
    for (suffix, g) in Self.variants(kit) {
      let weighted = !suffix.isEmpty
      expectClose(
        try g.eigenvectorCentrality(weighted: weighted), try #require(kit.nodeValues("eigenvector\(suffix)")),
        "eigenvector\(suffix)")
      let katz = try #require(kit.input.parameters[weighted ? "katz_weighted" : "katz"] as? [String: Any])
      let alpha = try #require(katz["alpha"] as? Double)
      expectClose(
        try g.katzCentrality(alpha: alpha, weighted: weighted), try #require(kit.nodeValues("katz\(suffix)")),
        "katz\(suffix)")
      expectClose(
        try g.katzCentrality(alpha: alpha, weighted: weighted, normalized: false),
        try #require(kit.nodeValues("katz\(suffix)_raw")), "katz\(suffix)_raw")
      expectClose(try g.pageRank(weighted: weighted), try #require(kit.nodeValues("pagerank\(suffix)")), "pagerank")
      let pagerank = try #require(kit.input.parameters["pagerank"] as? [String: Any])
      var teleport = [Double](repeating: 0, count: g.vertexCount)
      teleport[try kit.input.vertex(pagerank["personalization_node"])] = 1
      expectClose(
        try g.pageRank(personalization: teleport, weighted: weighted),
        try #require(kit.nodeValues("pagerank\(suffix)_personalized")), "pagerank\(suffix)_personalized")
      let hits = try g.hits(weighted: weighted)
      expectClose(hits.hubs, try #require(kit.nodeValues("hits_hubs\(suffix)")), "hits_hubs\(suffix)")
      expectClose(hits.authorities, try #require(kit.nodeValues("hits_authorities\(suffix)")), "hits_auth\(suffix)")
    }
  }

  // MARK: small graphs known by hand

  @Test func pathGraph() throws {
    let g = try Self.graph(4, [(0, 1), (1, 2), (2, 3)])
    #expect(try g.betweenness(normalized: false) == [0, 2, 2, 0])
    expectClose(try g.betweenness(), [0, 2.0 / 3, 2.0 / 3, 0], "normalised")
    #expect(try g.edgeBetweenness(normalized: false) == [3, 4, 3])
    expectClose(try g.edgeBetweenness(), [3.0 / 6, 4.0 / 6, 3.0 / 6], "edge normalised by n(n-1)/2")
    expectClose(try g.closeness(), [0.5, 0.75, 0.75, 0.5], "closeness")
    expectClose(try g.harmonic(), [11.0 / 6, 2.5, 2.5, 11.0 / 6], "harmonic")
    #expect(g.degrees() == [1, 2, 2, 1])
    expectClose(g.degreeCentrality(), [1.0 / 3, 2.0 / 3, 2.0 / 3, 1.0 / 3], "degree centrality")
    #expect(abs(g.density - 0.5) < 1e-15)
  }

  @Test func starIsBipartiteButHasAnEigenvector() throws {
    let g = try Self.graph(4, [(0, 1), (0, 2), (0, 3)])
    #expect(try g.betweenness(normalized: false) == [3, 0, 0, 0])
    expectClose(try g.betweenness(), [1, 0, 0, 0], "normalised")
    // λ = √3: centre 1/√2, leaves 1/√6. Plain power iteration would oscillate here.
    let leaf = 1 / 6.0.squareRoot()
    expectClose(try g.eigenvectorCentrality(), [1 / 2.0.squareRoot(), leaf, leaf, leaf], "eigenvector")
    // AᵀA has a double top eigenvalue on a bipartite graph: HITS is not unique.
    #expect(throws: GraphError.self) { try g.hits() }
    do {
      _ = try g.hits()
    } catch {
      guard case .undefined = error else {
        Issue.record("expected .undefined, got \(error)")
        return
      }
    }
  }

  @Test func directedCycle() throws {
    let g = try Self.graph(3, [(0, 1), (1, 2), (2, 0)], directed: true)
    #expect(try g.betweenness(normalized: false) == [1, 1, 1])
    expectClose(try g.betweenness(), [0.5, 0.5, 0.5], "normalised by (n-1)(n-2)")
    expectClose(try g.closeness(), [2.0 / 3, 2.0 / 3, 2.0 / 3], "closeness")
    expectClose(try g.pageRank(), [1.0 / 3, 1.0 / 3, 1.0 / 3], "pagerank")
    let third = 1 / 3.0.squareRoot()
    expectClose(try g.eigenvectorCentrality(), [third, third, third], "eigenvector")
    expectClose(g.degreeCentrality(), [1, 1, 1], "(in + out)/(n - 1)")
  }

  @Test func closenessUsesIncomingDistances() throws {
    // 0 → 1 → 2: nothing reaches 0; 1 is reached by 0 at distance 1; 2 by 1 (1) and 0 (2).
    let g = try Self.graph(3, [(0, 1), (1, 2)], directed: true)
    expectClose(try g.closeness(), [0, 0.5 * 1, (2.0 / 3) * 1], "Wasserman–Faust, incoming")
    expectClose(try g.harmonic(), [0, 1, 1.5], "harmonic, incoming")
  }

  @Test func parallelEdgesAreDistinctForPathsAndAddUpForSpectral() throws {
    // Two parallel arcs 0 → 1, then 1 → 2: two shortest 0→2 paths, both through 1.
    let g = try Self.graph(3, [(0, 1), (0, 1), (1, 2)], directed: true)
    #expect(try g.betweenness(normalized: false) == [0, 1, 0])
    #expect(try g.edgeBetweenness(normalized: false) == [1, 1, 2])
    #expect(g.outDegrees() == [2, 1, 0])
    // PageRank: 0 → 1 twice and 0 → 2 once equals one arc 0 → 1 of weight 2.
    let multi = try Self.graph(3, [(0, 1), (0, 1), (0, 2)], directed: true)
    let weighted = try CSRGraph(vertexCount: 3, sources: [0, 0], targets: [1, 2], weights: [2, 1], directed: true)
    expectClose(try multi.pageRank(), try weighted.pageRank(), "parallel arcs add up")
    expectClose(try multi.hits().authorities, try weighted.hits().authorities, "HITS: parallel arcs add up")
  }

  @Test func undirectedSelfLoopCountsOnceAsAnArc() throws {
    // Arcs 0→0, 0→1, 1→0 (networkx): x1 = 0.425·x0 + 0.075, x0 + x1 = 1.
    let g = try Self.graph(2, [(0, 0), (0, 1)])
    let x0 = 0.925 / 1.425
    expectClose(try g.pageRank(), [x0, 1 - x0], "pagerank")
    #expect(g.degrees() == [3, 1])
    #expect(g.selfLoopCount == 1)
    #expect(try g.betweenness(normalized: false) == [0, 0])
    #expect(try g.edgeBetweenness(normalized: false) == [0, 1])
  }

  @Test func pageRankDanglingAndPersonalization() throws {
    let g = try Self.graph(2, [(0, 1)], directed: true)
    // Vertex 1 dangles: its mass is spread uniformly.
    let x1 = 0.925 / 1.425
    expectClose(try g.pageRank(), [1 - x1, x1], "uniform dangling")
    // Personalised on 0: teleports and dangling mass go to 0. x1 = α·x0, x0 = α·x1 + (1 − α).
    let p0 = 0.15 / (1 - 0.85 * 0.85)
    expectClose(try g.pageRank(personalization: [1, 0]), [p0, 0.85 * p0], "personalised")
    #expect(throws: GraphError.lengthMismatch) { try g.pageRank(personalization: [1]) }
    #expect(throws: GraphError.self) { try g.pageRank(personalization: [0, 0]) }
  }

  @Test func katzByHand() throws {
    let g = try Self.graph(3, [(0, 1), (1, 2)], directed: true)
    expectClose(try g.katzCentrality(alpha: 0.5, normalized: false), [1, 1.5, 1.75], "raw")
    let norm = (1 + 2.25 + 1.75 * 1.75).squareRoot()
    expectClose(try g.katzCentrality(alpha: 0.5), [1 / norm, 1.5 / norm, 1.75 / norm], "normalised")
    // α above 1/ρ on a cycle (ρ = 1): the series diverges.
    let cycle = try Self.graph(3, [(0, 1), (1, 2), (2, 0)], directed: true)
    #expect(throws: GraphError.notConverged(algorithm: "Katz centrality", iterations: 500)) {
      try cycle.katzCentrality(alpha: 1.5, maxIterations: 500)
    }
  }

  @Test func eigenvectorThatCannotConvergeThrows() throws {
    // Two directed triangles, the first feeding the second: eigenvalue 1 twice in one Jordan block,
    // so power iteration creeps towards the answer like 1/k and must give up, not hang.
    let jordan = try Self.graph(
      6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (0, 3)], directed: true)
    #expect(throws: GraphError.notConverged(algorithm: "eigenvector centrality", iterations: 2000)) {
      try jordan.eigenvectorCentrality(maxIterations: 2000)
    }
    // Two separate triangles: the eigenvector is not unique.
    let twins = try Self.graph(6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)])
    #expect(throws: GraphError.self) { try twins.eigenvectorCentrality() }
    let empty = try Self.graph(3, [])
    #expect(throws: GraphError.self) { try empty.eigenvectorCentrality() }
    #expect(throws: GraphError.self) { try empty.hits() }
  }

  @Test func weightedTiesAreCountedExactly() throws {
    // Integer weights: 0→1→2 (1 + 2) and 0→3→2 (2 + 1) tie at 3; the direct arc (4) is longer.
    let ints = try CSRGraph(
      vertexCount: 4, sources: [0, 1, 0, 3, 0], targets: [1, 2, 3, 2, 2], weights: [1, 2, 2, 1, 4], directed: true)
    #expect(try ints.betweenness(normalized: false) == [0, 0.5, 0, 0.5])
    #expect(try ints.shortestPaths(from: 0).pathCounts[2] == 2)
    // Float sums: 0.1 + 0.2 is 0.30000000000000004, 0.15 + 0.15 is 0.3 — still a tie.
    let floats = try CSRGraph(
      vertexCount: 4, sources: [0, 1, 0, 3], targets: [1, 2, 3, 2], weights: [0.1, 0.2, 0.15, 0.15], directed: true)
    #expect(try floats.shortestPaths(from: 0).pathCounts[2] == 2)
    #expect(try floats.betweenness(normalized: false) == [0, 0.5, 0, 0.5])
    // Large integers 4e15 + 1 and 4e15 + 2 differ by far less than a 1e-10 relative epsilon, but
    // integer lengths are compared exactly: no tie.
    let big = try CSRGraph(
      vertexCount: 4, sources: [0, 1, 0, 3], targets: [1, 2, 3, 2], weights: [4e15, 1, 4e15, 2], directed: true)
    let tree = try big.shortestPaths(from: 0)
    #expect(tree.pathCounts[2] == 1 && tree.distance(to: 2) == 4e15 + 1)
    #expect(try big.betweenness(normalized: false) == [0, 1, 0, 0])
  }

  @Test func negativeLengthsThrow() throws {
    let g = try CSRGraph(vertexCount: 2, sources: [0], targets: [1], weights: [-1], directed: true)
    #expect(throws: GraphError.negativeWeight(edge: 0, value: -1)) { try g.betweenness() }
    #expect(throws: GraphError.negativeWeight(edge: 0, value: -1)) { try g.closeness() }
    #expect(throws: GraphError.negativeWeight(edge: 0, value: -1)) { try g.pageRank() }
    #expect(try g.betweenness(weighted: false) == [0, 0])
  }

  // MARK: parallelism and sampling

  @Test func betweennessIsBitIdenticalForAnyThreadCount() throws {
    let g = try Self.randomGraph(vertices: 300, edges: 1200, seed: 7)
    let one = try g.betweennessScores(threads: 1)
    for threads in [2, 3, 8] {
      let many = try g.betweennessScores(threads: threads)
      #expect(many == one, "threads: \(threads)")
    }
    let unweighted = try g.betweennessScores(weighted: false, threads: 1)
    #expect(try g.betweennessScores(weighted: false, threads: 4) == unweighted)
  }

  @Test func betweennessReportsProgress() throws {
    let g = try Self.randomGraph(vertices: 200, edges: 600, seed: 3)
    let log = ProgressLog()
    _ = try g.betweenness(threads: 2) { done, total in log.record(done, total) }
    let seen = log.done.withLock { $0 }
    #expect(log.totals.withLock { $0 } == [200])
    #expect(seen.last == 200)
    #expect(seen == seen.sorted())
    #expect(seen.count > 1)
  }

  @Test func sampledBetweenness() throws {
    let g = try Self.randomGraph(vertices: 120, edges: 400, seed: 11)
    let exact = try g.betweennessScores(normalized: false)
    let all = try g.sampledBetweenness(pivots: 500, seed: 1, normalized: false)
    expectClose(all.vertices, exact.vertices, tolerance: 1e-9, "every vertex a pivot is exact")
    let a = try g.sampledBetweenness(pivots: 40, seed: 42, threads: 1)
    let b = try g.sampledBetweenness(pivots: 40, seed: 42, threads: 3)
    #expect(a == b)
    let c = try g.sampledBetweenness(pivots: 40, seed: 43)
    #expect(a != c)
    #expect(throws: GraphError.self) { try g.sampledBetweenness(pivots: 0, seed: 1) }
  }

  // MARK: helpers

  /// The unweighted graph, plus the weighted one when the file is weighted, with the metric suffix.
  static func variants(_ kit: ReferenceKit) -> [(String, CSRGraph)] {
    kit.input.weighted ? [("", kit.input.plain), ("_weighted", kit.input.graph)] : [("", kit.input.plain)]
  }

  /// A reference `edge_map` as an array in edge-id order.
  static func edgeValues(_ kit: ReferenceKit, _ metric: String) throws -> [Double] {
    let list = try #require(kit.results[metric] as? [[Any]])
    var byPair: [String: Double] = [:]
    for item in list {
      let s = try #require(item[0] as? String)
      let t = try #require(item[1] as? String)
      let v = try #require(item[2] as? NSNumber).doubleValue
      byPair["\(s)|\(t)"] = v
      if !kit.input.directed { byPair["\(t)|\(s)"] = v }
    }
    let g = kit.input.plain
    return try (0..<g.edgeCount).map { e in
      try #require(byPair["\(kit.input.ids[Int(g.edgeSources[e])])|\(kit.input.ids[Int(g.edgeTargets[e])])"])
    }
  }

  static func graph(_ n: Int, _ edges: [(Int32, Int32)], directed: Bool = false) throws -> CSRGraph {
    try CSRGraph(vertexCount: n, sources: edges.map(\.0), targets: edges.map(\.1), directed: directed)
  }

  /// A reproducible random digraph with non-integer weights (a linear congruential generator).
  static func randomGraph(vertices n: Int, edges m: Int, seed: UInt64) throws -> CSRGraph {
    var state = seed
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    for _ in 0..<m {
      sources.append(Int32(next() % UInt64(n)))
      targets.append(Int32(next() % UInt64(n)))
      weights.append(0.1 + Double(next() % 1000) / 100)
    }
    return try CSRGraph(vertexCount: n, sources: sources, targets: targets, weights: weights, directed: true)
  }
}

/// Collects progress reports from a `@Sendable` callback.
private final class ProgressLog: Sendable {
  let done = Mutex<[Int]>([])
  let totals = Mutex<Set<Int>>([])

  func record(_ done: Int, _ total: Int) {
    self.done.withLock { $0.append(done) }
    totals.withLock { _ = $0.insert(total) }
  }
}
