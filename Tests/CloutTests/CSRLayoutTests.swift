import Clout
import Testing

@testable import CloutGraph

/// The memory-lean CSR: edge ids in source order, derived arrays, views that keep ids, and the
/// bucketed reverse adjacency of large graphs.
@Suite struct CSRLayoutTests {
  /// A reproducible pseudo-random multigraph with loops.
  static func randomEdges(n: Int, m: Int, seed: UInt64) -> (sources: [Int32], targets: [Int32], weights: [Double]) {
    var state = seed
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var s: [Int32] = []
    var t: [Int32] = []
    var w: [Double] = []
    for _ in 0..<m {
      s.append(Int32(next() % n))
      t.append(Int32(next() % n))
      w.append(Double(next() % 100 + 1))
    }
    return (s, t, w)
  }

  @Test func edgeIDsFollowSourcesAndMapBackToTheInput() throws {
    let (g, index) = try CSRGraph.withInputIndex(
      vertexCount: 4, sources: [2, 0, 1, 0, 2], targets: [1, 3, 1, 2, 2], weights: [10, 20, 30, 40, 50],
      directed: true)
    #expect(index == [1, 3, 2, 0, 4])
    #expect(g.edgeSources == [0, 0, 1, 2, 2])
    #expect(g.edgeTargets == [3, 2, 1, 1, 2])
    #expect(g.edgeWeights == [20, 40, 30, 10, 50])
    #expect(g.outSlotsAreEdgeIDs && g.outEdges == [0, 1, 2, 3, 4] && g.outNeighbors == g.edgeTargets)
    // Reverse slots list each head's edges in id order.
    #expect(g.inOffsets == [0, 0, 2, 4, 5])
    #expect(g.inNeighbors == [1, 2, 0, 2, 0] && g.inEdges == [2, 3, 1, 4, 0])
  }

  @Test func reversedAndUndirectedViewsKeepEdgeIDs() throws {
    let g = try CSRGraph(
      vertexCount: 3, sources: [1, 0, 2, 2], targets: [0, 1, 2, 0], weights: [1, 2, 3, 4], directed: true)
    let r = g.reversed()
    #expect(r.inSlotsAreEdgeIDs && !r.outSlotsAreEdgeIDs)
    #expect(r.edgeSources == g.edgeTargets && r.edgeTargets == g.edgeSources && r.edgeWeights == g.edgeWeights)
    #expect(r.outOffsets == g.inOffsets && r.outNeighbors == g.inNeighbors && r.outEdges == g.inEdges)
    #expect(r.inEdges == g.outEdges && r.reversed().outNeighbors == g.outNeighbors)
    for u in [g.undirected(), r.undirected()] {
      #expect(!u.isDirected && u.edgeWeights == g.edgeWeights)
      #expect(u.edgeSources == g.edgeSources && u.edgeTargets == g.edgeTargets)
      // The self-loop 2–2 (edge 2) appears twice in vertex 2's list, once per end.
      #expect(u.outDegree(2) == 3 && u.outEdges[u.outRange(2)].filter { $0 == 2 }.count == 2)
      #expect(u.inNeighbors == u.outNeighbors)
    }
    #expect(g.unweighted().edgeWeights == nil && g.unweighted().edgeTargets == g.edgeTargets)
  }

  @Test func prebuiltOffsetsAreCheckedAndShared() throws {
    let g = try CSRGraph(
      vertexCount: 3, edgeOffsets: [0, 2, 2, 3], edgeTargets: [2, 1, 0], edgeWeights: [1, 2, 3], directed: true)
    #expect(g.edgeSources == [0, 0, 2] && g.inNeighbors == [2, 0, 0] && g.inEdges == [2, 1, 0])
    #expect(throws: GraphError.lengthMismatch) {
      try CSRGraph(
        vertexCount: 3, edgeOffsets: [0, 2, 1, 3], edgeTargets: [2, 1, 0], edgeWeights: nil, directed: true)
    }
    #expect(throws: GraphError.lengthMismatch) {
      try CSRGraph(vertexCount: 2, edgeOffsets: [0, 1, 3], edgeTargets: [1, 0], edgeWeights: nil, directed: true)
    }
    #expect(throws: GraphError.vertexOutOfRange(5)) {
      try CSRGraph(vertexCount: 2, edgeOffsets: [0, 1, 1], edgeTargets: [5], edgeWeights: nil, directed: true)
    }
    #expect(throws: GraphError.self) {
      try CSRGraph(vertexCount: 2, edgeOffsets: [0, 1, 1], edgeTargets: [1], edgeWeights: [.nan], directed: true)
    }
  }

  @Test func largeReverseAdjacencyMatchesACountingSort() throws {
    // Over 2^16 edges: the bucketed path.
    let n = 3000
    let (s, t, _) = Self.randomEdges(n: n, m: 90_000, seed: 7)
    let g = try CSRGraph(vertexCount: n, sources: s, targets: t, directed: true)
    var expected: [(head: Int32, edge: Int32, tail: Int32)] = []
    for e in 0..<g.edgeCount { expected.append((g.edgeTargets[e], Int32(e), g.edgeSources[e])) }
    expected.sort { ($0.head, $0.edge) < ($1.head, $1.edge) }
    #expect(g.inEdges == expected.map(\.edge))
    #expect(g.inNeighbors == expected.map(\.tail))
    for v in [0, 17, n - 1] { #expect(g.inDegree(v) == t.filter { Int($0) == v }.count) }
    // Any number of threads gives the same layout.
    for parts in [2, 3, 7] {
      let built = ReverseLayout.build(n: n, start: g.outOffsets, heads: g.edgeTargets, parts: parts)
      #expect(built.offsets == g.inOffsets && built.tails == g.inNeighbors && built.edges == g.inEdges)
    }
  }

  @Test func simpleUndirectedMergesPairsAndDropsLoops() throws {
    let g = try CSRGraph(
      vertexCount: 4, sources: [0, 1, 0, 2, 2, 3, 3], targets: [1, 0, 1, 2, 3, 2, 0], weights: [1, 2, 3, 4, 5, 6, 7],
      directed: true)
    let u = g.simpleUndirected()
    #expect(!u.isDirected && !u.isWeighted)
    #expect(u.edgeSources == [0, 0, 2] && u.edgeTargets == [1, 3, 3])
    #expect((0..<4).map { u.outDegree($0) } == [2, 1, 1, 2])
  }
}
