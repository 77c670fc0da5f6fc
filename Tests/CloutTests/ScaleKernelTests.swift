import Clout
import Foundation
import Synchronization
import Testing

@testable import CloutGraph

/// The flat kernels agree with the general searches and with simple references, and give the same
/// bits for any thread count.
@Suite struct ScaleKernelTests {
  static func graph(n: Int, m: Int, seed: UInt64, directed: Bool = true) throws -> CSRGraph {
    let (s, t, w) = CSRLayoutTests.randomEdges(n: n, m: m, seed: seed)
    return try CSRGraph(vertexCount: n, sources: s, targets: t, weights: w, directed: directed)
  }

  @Test(arguments: [true, false]) func distancesMatchShortestPathTrees(directed: Bool) throws {
    let g = try Self.graph(n: 400, m: 1500, seed: 3, directed: directed)
    for source in [0, 5, 399] {
      for weighted in [false, true] {
        for direction in [TraversalDirection.outgoing, .incoming] {
          let fast = try g.distances(from: source, weighted: weighted, direction: direction)
          let tree = try g.shortestPaths(from: source, weighted: weighted, direction: direction)
          #expect(fast == tree.distances, "source \(source) weighted \(weighted) \(direction)")
        }
      }
    }
    #expect(throws: GraphError.vertexOutOfRange(400)) { try g.distances(from: 400) }
  }

  /// PageRank by the textbook power iteration over an edge list.
  func referencePageRank(_ g: CSRGraph, weighted: Bool) -> [Double] {
    let n = g.vertexCount
    var out = [Double](repeating: 0, count: n)
    for e in 0..<g.edgeCount { out[Int(g.edgeSources[e])] += weighted ? g.weight(ofEdge: e) : 1 }
    var x = [Double](repeating: 1 / Double(n), count: n)
    for _ in 0..<500 {
      var y = [Double](repeating: 0, count: n)
      var dangling = 0.0
      for v in 0..<n where out[v] == 0 { dangling += x[v] }
      for e in 0..<g.edgeCount {
        let s = Int(g.edgeSources[e])
        y[Int(g.edgeTargets[e])] += 0.85 * x[s] * (weighted ? g.weight(ofEdge: e) : 1) / out[s]
      }
      for v in 0..<n { y[v] += (0.85 * dangling + 0.15) / Double(n) }
      x = y
    }
    return x
  }

  @Test func pageRankSweepsAgreeWithTheTextbookIteration() throws {
    let g = try Self.graph(n: 300, m: 1200, seed: 11)
    for (graph, weighted) in [(g, false), (g, true), (g.reversed(), true), (g.reversed(), false)] {
      let fast = try graph.pageRankResult(weighted: weighted, threads: 1)
      let reference = referencePageRank(graph, weighted: weighted)
      #expect(fast.iterations > 1)
      #expect(zip(fast.scores, reference).allSatisfy { abs($0 - $1) < 1e-12 }, "weighted \(weighted)")
    }
  }

  @Test func pageRankIsBitIdenticalForAnyThreadCount() throws {
    // Enough slots for the sweep to be shared between threads.
    let g = try Self.graph(n: 20_000, m: 160_000, seed: 5)
    for graph in [g, g.unweighted(), g.reversed(), g.undirected()] {
      let one = try graph.pageRankResult(threads: 1)
      for threads in [2, 3, 8] { #expect(try graph.pageRankResult(threads: threads) == one) }
    }
  }

  @Test func weightedPageRankFollowsItsDefinition() throws {
    // x' = α·Σ_{u→v} x_u·w/strength(u) + (α·dangling + 1 − α)/n, iterated to the same tolerance.
    let g = try Self.graph(n: 300, m: 1200, seed: 11)
    let n = g.vertexCount
    let weights = try #require(g.edgeWeights)
    let (sources, targets) = (g.edgeSources, g.edgeTargets)
    var strength = [Double](repeating: 0, count: n)
    for e in 0..<g.edgeCount { strength[Int(sources[e])] += weights[e] }
    var x = [Double](repeating: 1 / Double(n), count: n)
    for _ in 0..<500 {
      let dangling = (0..<n).filter { strength[$0] == 0 }.reduce(0.0) { $0 + x[$1] }
      var next = [Double](repeating: (0.85 * dangling + 0.15) / Double(n), count: n)
      for e in 0..<g.edgeCount {
        let u = Int(sources[e])
        next[Int(targets[e])] += 0.85 * x[u] * weights[e] / strength[u]
      }
      x = next
    }
    let fast = try g.pageRank(threads: 2)
    #expect(zip(fast, x).allSatisfy { abs($0 - $1) <= 1e-12 }, "\(zip(fast, x).map { abs($0 - $1) }.max() ?? 0)")
  }

  @Test func pageRankProgressEndsComplete() throws {
    let g = try Self.graph(n: 200, m: 800, seed: 2)
    let seen = ReportLog()
    _ = try g.pageRank(progress: { done, total in seen.add(done, total) })
    let last = try #require(seen.entries.last)
    #expect(last.0 == last.1 && seen.entries.allSatisfy { $0.0 <= $0.1 })
  }

  @Test(arguments: [true, false]) func unweightedBetweennessKernelMatchesTheGeneralSearch(directed: Bool) throws {
    let g = try Self.graph(n: 150, m: 600, seed: 9, directed: directed)
    // Unit weights take the weighted (Dijkstra, predecessor lists) path; no weights the BFS kernel.
    let ones = try g.withWeights([Double](repeating: 1, count: g.edgeCount))
    let general = try ones.betweennessScores(weighted: true, normalized: false, threads: 1)
    let fast = try g.betweennessScores(weighted: false, normalized: false, threads: 1)
    #expect(zip(general.vertices, fast.vertices).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0)) })
    #expect(zip(general.edges, fast.edges).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0)) })
    let vertexOnly = try g.betweenness(weighted: false, normalized: false, threads: 1)
    #expect(vertexOnly == fast.vertices)
    for threads in [2, 5] {
      #expect(try g.betweenness(weighted: false, normalized: false, threads: threads) == vertexOnly)
    }
  }

  @Test func sampledBetweennessWithoutEdgesAndItsBound() throws {
    let g = try Self.graph(n: 200, m: 900, seed: 4)
    let full = try g.sampledBetweenness(pivots: 40, seed: 1, weighted: false)
    let lean = try g.sampledBetweenness(pivots: 40, seed: 1, weighted: false, includeEdges: false)
    #expect(lean.vertices == full.vertices && lean.edges.isEmpty && full.edges.count == g.edgeCount)
    #expect(CSRGraph.sampledBetweennessErrorBound(vertexCount: 200, pivots: 200, failureProbability: 0.05) == 0)
    let bound = CSRGraph.sampledBetweennessErrorBound(vertexCount: 1000, pivots: 256, failureProbability: 0.05)
    #expect(abs(bound - 1000.0 / 999 * (log(2 * 1000 / 0.05) / 512).squareRoot()) < 1e-15)
    // The exact normalised values lie within the bound of the estimate (a loose, certain check).
    let exact = try g.betweenness(weighted: false)
    let estimate = try g.sampledBetweenness(pivots: 40, seed: 1, weighted: false, includeEdges: false).vertices
    let b = CSRGraph.sampledBetweennessErrorBound(vertexCount: 200, pivots: 40, failureProbability: 1e-6)
    #expect(zip(exact, estimate).allSatisfy { abs($0 - $1) <= b })
  }

  /// Components by breadth-first search over both directions, numbered by lowest vertex.
  func referenceComponents(_ g: CSRGraph) -> [Int32] {
    var label = [Int32](repeating: -1, count: g.vertexCount)
    var next: Int32 = 0
    for root in 0..<g.vertexCount where label[root] < 0 {
      label[root] = next
      var queue = [root]
      while let v = queue.popLast() {
        for w in Array(g.outNeighbors[g.outRange(v)]) + Array(g.inNeighbors[g.inRange(v)]) where label[Int(w)] < 0 {
          label[Int(w)] = next
          queue.append(Int(w))
        }
      }
      next += 1
    }
    return label
  }

  @Test func componentsMatchASearchAndStrongComponentsRefineThem() throws {
    for seed in [1, 2, 3] as [UInt64] {
      let g = try Self.graph(n: 500, m: 450, seed: seed)
      #expect(g.weaklyConnectedComponents().labels == referenceComponents(g))
      let strong = g.stronglyConnectedComponents()
      // Two vertices share a strong component exactly when each reaches the other.
      let reach = (0..<g.vertexCount).map { try? g.distances(from: $0, weighted: false) }
      for (u, v) in [(0, 1), (3, 77), (10, 400), (250, 251)] {
        let together = reach[u]?[v].isFinite == true && reach[v]?[u].isFinite == true
        #expect((strong.labels[u] == strong.labels[v]) == together)
      }
      let weak = g.weaklyConnectedComponents().labels
      for e in 0..<g.edgeCount {
        #expect(weak[Int(g.edgeSources[e])] == weak[Int(g.edgeTargets[e])])
      }
    }
  }
}

/// (done, total) pairs reported by a computation.
private final class ReportLog: Sendable {
  private let log = Mutex<[(Int, Int)]>([])
  var entries: [(Int, Int)] { log.withLock { $0 } }
  func add(_ done: Int, _ total: Int) { log.withLock { $0.append((done, total)) } }
}
