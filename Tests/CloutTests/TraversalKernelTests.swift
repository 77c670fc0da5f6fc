import Testing

@testable import CloutGraph

/// The shared search kernels (Kernels/Traversal.swift, Kernels/Dijkstra.swift): the three queues
/// give the same distances under the same rule, the breadth-first level limit and arc filter do
/// what they say, and σ with predecessors is recorded in arc order.
@Suite struct TraversalKernelTests {
  /// Distances from `source` by `Dijkstra.run` with `ExactDistances` and the given queue.
  func distances<Queue: DijkstraQueue & ~Copyable>(_ g: CSRGraph, from source: Int, queue: consuming Queue) -> [Double]
  {
    var queue = queue
    var distance = [Double](repeating: .infinity, count: g.vertexCount)
    var rule = ExactDistances()
    g.outOffsets.withUnsafeBufferPointer { offsets in
      g.outNeighbors.withUnsafeBufferPointer { neighbors in
        g.outEdges.withUnsafeBufferPointer { edges in
          (g.edgeWeights ?? []).withUnsafeBufferPointer { lengths in
            distance.withUnsafeMutableBufferPointer { distance in
              Dijkstra.run(
                from: source, queue: &queue, rule: &rule, offsets: offsets, neighbors: neighbors, edges: edges,
                lengths: lengths, distance: distance)
            }
          }
        }
      }
    }
    return distance
  }

  @Test(arguments: [true, false]) func everyQueueGivesTheSameDistances(directed: Bool) throws {
    // Integer lengths 0...9 (zeros included), so the bucket queue applies.
    var rng = SplitMix64(seed: 11)
    let n = 300
    var s: [Int32] = []
    var t: [Int32] = []
    var w: [Double] = []
    for _ in 0..<1200 {
      s.append(Int32(rng.below(UInt64(n))))
      t.append(Int32(rng.below(UInt64(n))))
      w.append(Double(rng.below(10)))
    }
    let g = try CSRGraph(vertexCount: n, sources: s, targets: t, weights: w, directed: directed)
    let bound = try #require(BucketQueue.lengthBound(w))
    #expect(bound == 9)
    for source in [0, 17, 299] {
      let buckets = distances(g, from: source, queue: BucketQueue(lengthBound: bound, capacity: 4))
      let indexed = distances(g, from: source, queue: IndexedDistanceHeap(capacity: n))
      let lazy = distances(g, from: source, queue: DistanceHeap())
      #expect(buckets == indexed)
      #expect(buckets == lazy)
      #expect(buckets == (try g.shortestPaths(from: source).distances))
    }
    #expect(BucketQueue.lengthBound([1, 2.5]) == nil)
    #expect(BucketQueue.lengthBound([1, 256]) == nil)
  }

  @Test func levelLimitStopsAtTheGivenHop() throws {
    // A path 0 → 1 → 2 → 3 → 4 and a shortcut 0 → 3.
    let g = try CSRGraph(vertexCount: 5, sources: [0, 1, 2, 3, 0], targets: [1, 2, 3, 4, 3], directed: true)
    #expect(g.verticesReaching(4, within: 0) == [4])
    #expect(g.verticesReaching(4, within: 1) == [4, 3])
    #expect(g.verticesReaching(4, within: 2).sorted() == [0, 2, 3, 4])
    #expect(g.verticesReaching(4, within: 3).sorted() == [0, 1, 2, 3, 4])
    #expect(g.verticesReaching(4, within: -1).sorted() == [0, 1, 2, 3, 4])
    // The workspace is reused: a new run forgets the old one.
    let search = BreadthFirstWorkspace(graph: g, incoming: false)
    search.run(from: 0, maxLevel: 1)
    #expect(Array(search.reached) == [0, 1, 3])
    #expect(search.level[2] == -1 && search.level[4] == -1)
    search.run(from: 2)
    #expect(Array(search.reached) == [2, 3, 4])
    #expect(search.level[0] == -1 && search.level[1] == -1 && search.level[4] == 2)
  }

  @Test func arcFilterAndPathCounts() throws {
    // Two parallel arcs 0 → 1, then 1 → 2, a second way 0 → 3 → 2, and a self-loop at 2.
    let g = try CSRGraph(
      vertexCount: 4, sources: [0, 0, 1, 0, 3, 2], targets: [1, 1, 2, 3, 2, 2], directed: true)
    let search = BreadthFirstWorkspace(graph: g, incoming: false, countingPaths: true)
    search.run(from: 0)
    let paths = try #require(search.paths)
    // σ(2) = σ(1) + σ(3) = 2 + 1: each parallel arc is its own path; the self-loop 2 → 2 is none.
    #expect(Array(paths.sigma) == [1, 2, 3, 1])
    #expect(paths.count[2] == 2)
    let first = paths.start[2]
    #expect(Array(paths.vertex[first..<first + 2]) == [1, 3])
    // Without the arcs into 1, vertex 2 is reached only through 3.
    let into1 = Set((0..<g.edgeCount).filter { g.edgeTargets[$0] == 1 })
    search.run(from: 0, admitting: { !into1.contains($0) })
    #expect(Array(search.reached) == [0, 3, 2])
    #expect(paths.sigma[2] == 1 && paths.sigma[1] == 0)
  }
}
