import Clout
import CloutReferenceKit
import Foundation
import Testing

/// Small hand-built graphs and reference conversions shared by the structure, community, flow and
/// balance tests.
enum StructureFixtures {
  /// A graph from (source, target) pairs.
  static func graph(_ n: Int, _ edges: [(Int32, Int32)], weights: [Double]? = nil, directed: Bool) throws
    -> CSRGraph
  {
    try CSRGraph(vertexCount: n, sources: edges.map(\.0), targets: edges.map(\.1), weights: weights, directed: directed)
  }

  /// A reference `partition` (list of lists of ids) as sets of vertices.
  static func referenceBlocks(_ kit: ReferenceKit, _ metric: String) throws -> Set<Set<Int>> {
    let lists = try #require(kit.results[metric] as? [[String]])
    return Set(try lists.map { Set(try $0.map { try #require(kit.input.index[$0]) }) })
  }

  /// A partition as sets of vertices, to compare regardless of numbering.
  static func blocks(_ p: VertexPartition) -> Set<Set<Int>> { Set(p.members().map(Set.init)) }

  /// Two triangles 0-1-2 and 3-4-5 joined by the bridge 2-3 (edge id 3).
  static let twoTriangles: [(Int32, Int32)] = [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (3, 5)]
}

private func smallGraph(_ n: Int, _ edges: [(Int32, Int32)], weights: [Double]? = nil, directed: Bool) throws
  -> CSRGraph
{
  try StructureFixtures.graph(n, edges, weights: weights, directed: directed)
}
private func referenceBlocks(_ kit: ReferenceKit, _ metric: String) throws -> Set<Set<Int>> {
  try StructureFixtures.referenceBlocks(kit, metric)
}
private func blocks(_ p: VertexPartition) -> Set<Set<Int>> { StructureFixtures.blocks(p) }

@Suite struct StructureTests {
  let twoTriangles = StructureFixtures.twoTriangles

  @Test func referenceComponents() throws {
    for name in ReferenceKit.names {
      let kit = try ReferenceKit(name)
      let g = kit.input.plain
      if g.isDirected {
        #expect(blocks(g.stronglyConnectedComponents()) == (try referenceBlocks(kit, "strongly_connected_components")))
        #expect(blocks(g.weaklyConnectedComponents()) == (try referenceBlocks(kit, "weakly_connected_components")))
        #expect(g.isStronglyConnected() == (kit.results["is_strongly_connected"] as? Bool))
        #expect(g.isWeaklyConnected() == (kit.results["is_weakly_connected"] as? Bool))
      } else {
        #expect(blocks(g.connectedComponents()) == (try referenceBlocks(kit, "connected_components")))
        #expect(g.isConnected() == (kit.results["is_connected"] as? Bool))
      }
      #expect(g.isBipartite() == (kit.results["is_bipartite"] as? Bool), "\(name)")
    }
  }

  @Test func referenceCoreNumbersAndClustering() throws {
    for name in ReferenceKit.names {
      let kit = try ReferenceKit(name)
      let g = kit.input.plain
      let cores = try #require(kit.nodeValues("core_number"))
      #expect(g.coreNumbers().map(Double.init) == cores, "\(name)")
      expectClose(try g.clustering(weighted: false), try #require(kit.nodeValues("clustering")), "\(name) clustering")
      let average = try #require(kit.results["average_clustering"] as? Double)
      #expect(abs(try g.averageClustering(weighted: false) - average) <= 1e-10)
      let transitivity = try #require(
        (kit.results["transitivity"] ?? kit.results["transitivity_undirected"]) as? Double)
      #expect(abs(g.transitivity() - transitivity) <= 1e-10, "\(name)")
    }
    let kit = try ReferenceKit("karate_weighted")
    expectClose(
      try kit.input.graph.clustering(weighted: true), try #require(kit.nodeValues("clustering_weighted")),
      "karate weighted clustering")
    let average = try #require(kit.results["average_clustering_weighted"] as? Double)
    #expect(abs(try kit.input.graph.averageClustering(weighted: true) - average) <= 1e-10)
  }

  @Test func referenceCutVerticesAndBridges() throws {
    for name in ["florentine", "karate"] {
      let kit = try ReferenceKit(name)
      let g = kit.input.plain
      let points = try #require(kit.results["articulation_points"] as? [String])
      #expect(Set(try g.articulationPoints().map { kit.input.ids[$0] }) == Set(points), "\(name)")
      let bridges = try #require(kit.results["bridges"] as? [[String]])
      let got = try g.bridges().map {
        Set([kit.input.ids[Int(g.edgeSources[$0])], kit.input.ids[Int(g.edgeTargets[$0])]])
      }
      #expect(Set(got) == Set(bridges.map(Set.init)), "\(name)")
    }
  }

  @Test func twoTrianglesJoinedByABridge() throws {
    let g = try smallGraph(6, twoTriangles, directed: false)
    #expect(try g.articulationPoints() == [2, 3])
    #expect(try g.bridges() == [3])
    #expect(g.isConnected())
    #expect(g.coreNumbers() == [2, 2, 2, 2, 2, 2])
    // Vertex 2 has neighbours 0, 1, 3: one closed pair out of three.
    #expect(try g.clustering(weighted: false) == [1, 1, 1.0 / 3, 1.0 / 3, 1, 1])
    // 2 triangles, triples: four vertices of degree 2 (1 each) and two of degree 3 (3 each).
    #expect(abs(g.transitivity() - 6.0 / 10) < 1e-15)
    #expect(!g.isBipartite())
    #expect(g.connectedComponents().count == 1)
  }

  @Test func directedCycleWithATail() throws {
    // 0 → 1 → 2 → 0, then 2 → 3 → 4; vertex 5 alone.
    let g = try smallGraph(6, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4)], directed: true)
    let strong = g.stronglyConnectedComponents()
    #expect(strong.labels == [0, 0, 0, 1, 2, 3])
    #expect(g.weaklyConnectedComponents().labels == [0, 0, 0, 0, 0, 1])
    #expect(!g.isStronglyConnected())
    #expect(!g.isWeaklyConnected())
    #expect(throws: GraphError.self) { try g.bridges() }
    // In + out degree: the cycle vertices have 2 each (2 has 3), the tail peels at 1.
    #expect(g.coreNumbers() == [2, 2, 2, 1, 1, 0])
  }

  @Test func bipartiteSquare() throws {
    let square = try smallGraph(4, [(0, 1), (1, 2), (2, 3), (3, 0)], directed: false)
    #expect(square.isBipartite())
    #expect(square.bipartition() == [false, true, false, true])
    #expect(try square.clustering(weighted: false) == [0, 0, 0, 0])
    #expect(try square.bridges().isEmpty)
    let withDiagonal = try smallGraph(4, [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)], directed: false)
    #expect(!withDiagonal.isBipartite())
    let selfLoop = try smallGraph(2, [(0, 1), (1, 1)], directed: false)
    #expect(!selfLoop.isBipartite())
  }

  @Test func parallelEdgesAndSelfLoops() throws {
    // The bridge 2-3 doubled is no longer a bridge; 2 and 3 stay cut vertices.
    let doubled = try smallGraph(6, twoTriangles + [(3, 2)], directed: false)
    #expect(try doubled.bridges().isEmpty)
    #expect(try doubled.articulationPoints() == [2, 3])
    // Multiplicity and self-loops do not change the simple-graph measures.
    let noisy = try smallGraph(6, twoTriangles + [(0, 1), (1, 0), (4, 4)], directed: false)
    let simple = try smallGraph(6, twoTriangles, directed: false)
    #expect(noisy.coreNumbers() == simple.coreNumbers())
    #expect(try noisy.clustering(weighted: false) == (try simple.clustering(weighted: false)))
    #expect(noisy.transitivity() == simple.transitivity())
    // Weighted clustering merges parallel edges by adding weights: 1 + 1 on 0-1 equals one edge of 2.
    let split = try smallGraph(3, [(0, 1), (0, 1), (1, 2), (0, 2)], weights: [1, 1, 2, 2], directed: false)
    let merged = try smallGraph(3, [(0, 1), (1, 2), (0, 2)], weights: [2, 2, 2], directed: false)
    #expect(try split.clustering(weighted: true) == (try merged.clustering(weighted: true)))
    #expect(try merged.clustering(weighted: true) == [1, 1, 1])
  }

  @Test func onnelaWeightsByHand() throws {
    // Triangle with weights 1, 8, 8 (max 8): every vertex sees the same weighted triangle,
    // c = (1/8 · 8/8 · 8/8)^{1/3} = 1/2.
    let g = try smallGraph(3, [(0, 1), (1, 2), (0, 2)], weights: [1, 8, 8], directed: false)
    for c in try g.clustering(weighted: true) { #expect(abs(c - 0.5) < 1e-15) }
    #expect(throws: GraphError.self) {
      try smallGraph(3, [(0, 1)], weights: [-1], directed: false).clustering(weighted: true)
    }
  }

  @Test func fagioloDirectedTriangle() throws {
    // A single cyclic triangle: [(A+Aᵀ)³]_uu = 2, d_tot = 2, no reciprocated pair → 2 / (2·2) = 1/2.
    let cycle = try smallGraph(3, [(0, 1), (1, 2), (2, 0)], directed: true)
    #expect(try cycle.clustering(weighted: false) == [0.5, 0.5, 0.5])
    // All six arcs: [(A+Aᵀ)³]_uu = 16 and 2(4·3 − 2·2) = 16, so clustering 1.
    let full = try smallGraph(3, [(0, 1), (1, 0), (1, 2), (2, 1), (0, 2), (2, 0)], directed: true)
    #expect(try full.clustering(weighted: false) == [1, 1, 1])
  }

  @Test func longPathDoesNotRecurse() throws {
    // 200 000 vertices on one directed path closed into a cycle: deep DFS, done iteratively.
    let n = 200_000
    let sources = (0..<n).map { Int32($0) }
    let targets = (0..<n).map { Int32(($0 + 1) % n) }
    let cycle = try CSRGraph(vertexCount: n, sources: sources, targets: targets, directed: true)
    #expect(cycle.stronglyConnectedComponents().count == 1)
    let path = try CSRGraph(
      vertexCount: n, sources: Array(sources.dropLast()), targets: Array(targets.dropLast()), directed: false)
    #expect(try path.bridges().count == n - 1)
    #expect(try path.articulationPoints().count == n - 2)
  }

  @Test func partitionValidation() throws {
    #expect(throws: GraphError.self) { try VertexPartition(labels: [0, -1]) }
    let p = try VertexPartition(labels: [7, 3, 7, 9])
    #expect(p.labels == [0, 1, 0, 2])
    #expect(p.sizes() == [2, 1, 1])
    #expect(p.members() == [[0, 2], [1], [3]])
  }
}
