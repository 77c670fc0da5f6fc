import Clout
import CloutReferenceKit
import Foundation
import Testing

/// Shortest paths, distances, eccentricity, k shortest paths, simple paths and strongest chains,
/// against the reference kit and small graphs known by hand.
@Suite struct PathTests {
  // MARK: reference graphs

  @Test(arguments: ReferenceKit.names) func distanceMatrixMatchesReference(name: String) throws {
    let kit = try ReferenceKit(name)
    for (suffix, g) in CentralityTests.variants(kit) {
      let matrix = try g.distanceMatrix(weighted: !suffix.isEmpty)
      let reference = try #require(kit.results["distance_matrix\(suffix)"] as? [String: Any])
      let order = try #require(reference["order"] as? [String])
      let rows = try #require(reference["rows"] as? [[Any]])
      for (i, s) in order.enumerated() {
        for (j, t) in order.enumerated() {
          let got = matrix[try kit.input.vertex(s), try kit.input.vertex(t)]
          let want = (rows[i][j] as? NSNumber)?.doubleValue
          #expect(got == want, "d(\(s), \(t))\(suffix)")
        }
      }
    }
  }

  @Test(arguments: ReferenceKit.names) func eccentricityMatchesReference(name: String) throws {
    let kit = try ReferenceKit(name)
    for (suffix, g) in CentralityTests.variants(kit) {
      let weighted = !suffix.isEmpty
      let summary = try g.distanceSummary(weighted: weighted)
      #expect(summary == (try g.distanceMatrix(weighted: weighted)).summary())
      #expect(summary.diameter == (kit.results["diameter\(suffix)"] as? NSNumber)?.doubleValue)
      #expect(summary.radius == (kit.results["radius\(suffix)"] as? NSNumber)?.doubleValue)
      #expect(summary.maxFiniteDistance == (kit.results["max_finite_distance\(suffix)"] as? NSNumber)?.doubleValue)
      if let eccentricity = kit.nodeValues("eccentricity\(suffix)") {
        #expect(summary.eccentricities == eccentricity)
      } else {
        #expect(summary.eccentricities == nil)
      }
    }
  }

  @Test(arguments: ReferenceKit.names) func shortestPathQueriesMatchReference(name: String) throws {
    let kit = try ReferenceKit(name)
    for (suffix, g) in CentralityTests.variants(kit) {
      let queries = try #require(kit.results["shortest_path_queries\(suffix)"] as? [[String: Any]])
      for query in queries {
        let s = try kit.input.vertex(query["source"])
        let t = try kit.input.vertex(query["target"])
        let tree = try g.shortestPaths(from: s, weighted: !suffix.isEmpty)
        let want = (query["distance"] as? NSNumber)?.doubleValue
        #expect(tree.distance(to: t) == want)
        #expect(tree.pathCounts[t] == (query["count"] as? NSNumber)?.doubleValue)
        let path = tree.path(to: t)
        #expect(path?.vertices.first == s && path?.vertices.last == t)
        if let path { #expect(g.pathCostIsValid(path, weighted: !suffix.isEmpty)) }
      }
    }
  }

  @Test(arguments: ReferenceKit.names) func kShortestPathsMatchReference(name: String) throws {
    let kit = try ReferenceKit(name)
    for (suffix, g) in CentralityTests.variants(kit) {
      let queries = try #require(kit.results["k_shortest_paths\(suffix)"] as? [[String: Any]])
      for query in queries {
        let s = try kit.input.vertex(query["source"])
        let t = try kit.input.vertex(query["target"])
        let k = try #require(query["k"] as? Int)
        let paths = try g.kShortestPaths(from: s, to: t, k: k, weighted: !suffix.isEmpty)
        let costs = try #require(query["costs"] as? [NSNumber]).map(\.doubleValue)
        #expect(paths.map(\.cost) == costs, "\(name) \(suffix)")
        #expect(Set(paths.map(\.vertices)).count == paths.count, "distinct")
        for path in paths {
          #expect(Set(path.vertices).count == path.vertices.count, "simple")
          #expect(g.pathCostIsValid(path, weighted: !suffix.isEmpty))
        }
      }
    }
  }

  @Test(arguments: ReferenceKit.names) func simplePathCountMatchesReference(name: String) throws {
    let kit = try ReferenceKit(name)
    let query = try #require(kit.results["simple_paths_cutoff3"] as? [String: Any])
    let count = try kit.input.plain.simplePathCount(
      from: try kit.input.vertex(query["source"]), to: try kit.input.vertex(query["target"]),
      maxEdges: try #require(query["cutoff"] as? Int))
    #expect(count == query["count"] as? Int)
  }

  // MARK: small graphs known by hand

  @Test func pathGraph() throws {
    let g = try CentralityTests.graph(4, [(0, 1), (1, 2), (2, 3)])
    let matrix = try g.distanceMatrix()
    #expect(matrix[0, 3] == 3 && matrix[3, 0] == 3 && matrix[2, 2] == 0)
    let summary = matrix.summary()
    #expect(summary.eccentricities == [3, 2, 2, 3])
    #expect(summary.diameter == 3 && summary.radius == 2 && summary.maxFiniteDistance == 3)
    #expect(try g.shortestPath(from: 3, to: 0) == GraphPath(vertices: [3, 2, 1, 0], edges: [2, 1, 0], cost: 3))
    #expect(try g.simplePathCount(from: 0, to: 3, maxEdges: 3) == 1)
    #expect(try g.simplePathCount(from: 0, to: 3, maxEdges: 2) == 0)
    #expect(try g.kShortestPaths(from: 0, to: 3, k: 3).map(\.vertices) == [[0, 1, 2, 3]])
  }

  @Test func directedCycle() throws {
    let g = try CentralityTests.graph(3, [(0, 1), (1, 2), (2, 0)], directed: true)
    let summary = try g.distanceSummary()
    #expect(summary.eccentricities == [2, 2, 2] && summary.diameter == 2 && summary.radius == 2)
    #expect(try g.distanceMatrix()[1, 0] == 2)
    let incoming = try g.shortestPaths(from: 0, direction: .incoming)
    #expect(incoming.distances == [0, 2, 1])
    #expect(incoming.path(to: 1)?.vertices == [1, 2, 0])
  }

  @Test func unreachablePair() throws {
    // 0 → 1, and 2 is isolated.
    let g = try CentralityTests.graph(3, [(0, 1)], directed: true)
    let tree = try g.shortestPaths(from: 0)
    #expect(tree.distance(to: 2) == nil && tree.path(to: 2) == nil && tree.pathCounts[2] == 0)
    #expect(try g.shortestPath(from: 1, to: 0) == nil)
    #expect(try g.kShortestPaths(from: 0, to: 2, k: 3).isEmpty)
    #expect(try g.simplePathCount(from: 0, to: 2, maxEdges: 3) == 0)
    let summary = try g.distanceSummary()
    #expect(summary.eccentricities == nil && summary.diameter == nil && summary.radius == nil)
    #expect(summary.maxFiniteDistance == 1)
    #expect(try g.distanceMatrix()[0, 2] == nil)
  }

  @Test func parallelEdgesAreDistinctPaths() throws {
    // 0 ⇉ 1 → 2 (edges 0 and 1 parallel, edge 3 onwards), plus a longer route 0 → 3 → 4 → 2. Edges
    // are listed by tail, so their ids are their positions here.
    let g = try CentralityTests.graph(5, [(0, 1), (0, 1), (0, 3), (1, 2), (3, 4), (4, 2)], directed: true)
    let tree = try g.shortestPaths(from: 0)
    #expect(tree.pathCounts[2] == 2)
    #expect(tree.predecessors(of: 1).map(\.edge) == [0, 1])
    let paths = try g.kShortestPaths(from: 0, to: 2, k: 3)
    #expect(paths.map(\.cost) == [2, 2, 3])
    #expect(Set(paths.prefix(2).map(\.edges)) == [[0, 3], [1, 3]])
    #expect(paths[2].vertices == [0, 3, 4, 2])
    #expect(try g.simplePathCount(from: 0, to: 2, maxEdges: 3) == 3)
    #expect(try g.simplePathCount(from: 0, to: 2, maxEdges: 2) == 2)
  }

  @Test func yenByHand() throws {
    // Classic example: C→D→F→H costs 5, then C→E→F→H and C→E→G→H cost 7 and 8.
    // Vertices C0 D1 E2 F3 G4 H5.
    let arcs: [(Int32, Int32, Double)] = [
      (0, 1, 3), (0, 2, 2), (1, 3, 4), (2, 1, 1), (2, 3, 2), (2, 4, 3), (3, 4, 2), (3, 5, 1), (4, 5, 2),
    ]
    let g = try CSRGraph(
      vertexCount: 6, sources: arcs.map(\.0), targets: arcs.map(\.1), weights: arcs.map(\.2), directed: true)
    let paths = try g.kShortestPaths(from: 0, to: 5, k: 3)
    #expect(paths.map(\.cost) == [5, 7, 8])
    #expect(paths.map(\.vertices) == [[0, 2, 3, 5], [0, 2, 4, 5], [0, 1, 3, 5]])
    #expect(try g.kShortestPaths(from: 0, to: 5, k: 3, weighted: false).map(\.cost) == [3, 3, 3])
    #expect(try g.kShortestPaths(from: 0, to: 0, k: 2) == [GraphPath(vertices: [0], edges: [], cost: 0)])
  }

  @Test func badInputThrows() throws {
    let g = try CSRGraph(vertexCount: 2, sources: [0], targets: [1], weights: [-2], directed: false)
    #expect(throws: GraphError.negativeWeight(edge: 0, value: -2)) { try g.shortestPaths(from: 0) }
    #expect(throws: GraphError.negativeWeight(edge: 0, value: -2)) { try g.distanceMatrix() }
    #expect(throws: GraphError.negativeWeight(edge: 0, value: -2)) { try g.kShortestPaths(from: 0, to: 1, k: 2) }
    #expect(try g.shortestPaths(from: 0, weighted: false).distance(to: 1) == 1)
    #expect(throws: GraphError.vertexOutOfRange(5)) { try g.shortestPaths(from: 5) }
    #expect(throws: GraphError.vertexOutOfRange(-1)) { try g.simplePathCount(from: 0, to: -1, maxEdges: 3) }
  }

  @Test func distancesDoNotDependOnThreads() throws {
    let g = try CentralityTests.randomGraph(vertices: 150, edges: 500, seed: 5)
    #expect(try g.distanceMatrix(threads: 1) == (try g.distanceMatrix(threads: 3)))
    #expect(try g.closeness(threads: 1) == (try g.closeness(threads: 4)))
  }
}

extension CSRGraph {
  /// Whether the path runs over existing edges (by id, in the right direction) and its cost is
  /// the sum of their lengths.
  fileprivate func pathCostIsValid(_ path: GraphPath, weighted: Bool) -> Bool {
    guard path.edges.count + 1 == path.vertices.count else { return false }
    var total = 0.0
    for (i, e) in path.edges.enumerated() {
      let (a, b) = (Int32(path.vertices[i]), Int32(path.vertices[i + 1]))
      let forward = edgeSources[e] == a && edgeTargets[e] == b
      let backward = !isDirected && edgeSources[e] == b && edgeTargets[e] == a
      guard forward || backward else { return false }
      total += weighted ? weight(ofEdge: e) : 1
    }
    return total == path.cost
  }
}
