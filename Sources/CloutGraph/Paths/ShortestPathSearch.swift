/// Reusable single-source shortest-path search with optional path counts (σ) and predecessor
/// lists, the engine under `ShortestPathTree`, weighted betweenness and closeness, distance
/// matrices and eccentricity: the kernels' breadth-first search when there are no lengths, their
/// Dijkstra search with the lazy heap and the `PathLength` tie rule (`TiedPathCounts`) otherwise.
///
/// Lengths must be ≥ 0. Self-loops are never on a shortest path. Each parallel edge is a distinct
/// edge: if two parallel edges both lie on shortest paths, σ counts both and each is a separate
/// predecessor entry (see `PathCounts`). Zero-length edges: a tie through a zero-length edge into
/// a vertex that was settled first is not counted (as in networkx and igraph, path counts are only
/// well defined for positive lengths).
///
/// All state lives in flat buffers allocated once per workspace (one workspace per thread; it is
/// not shared). A new run resets only the vertices the previous run reached, so repeated searches
/// from many sources cost O(reached + scanned arcs) each (times log m with lengths).
final class ShortestPathSearch {
  let graph: CSRGraph
  let lengths: [Double]?
  let reverse: Bool
  /// Tie tolerance of `PathLength` for these lengths.
  let tieTolerance: Double

  /// Distance from the source, `.infinity` when not reached.
  let distance: UnsafeMutableBufferPointer<Double>
  /// σ and predecessors of the last run; nil unless the search counts paths.
  let paths: PathCounts?
  /// The breadth-first kernel when there are no lengths.
  private let breadthFirst: BreadthFirstWorkspace?
  /// Dijkstra's settling order and settled flags (empty without lengths).
  private let settledOrder: UnsafeMutableBufferPointer<Int32>
  private let settled: UnsafeMutableBufferPointer<Bool>
  private var settledCount = 0
  private var heap = DistanceHeap()

  /// - Parameters:
  ///   - lengths: edge lengths (already validated ≥ 0), or nil for hop counts.
  ///   - reverse: follow arcs backwards (distances TO the source instead of from it).
  ///   - trackPaths: also count shortest paths and record predecessors.
  init(graph: CSRGraph, lengths: [Double]?, reverse: Bool, trackPaths: Bool) {
    self.graph = graph
    self.lengths = lengths
    self.reverse = reverse
    tieTolerance = PathLength.tolerance(for: lengths)
    let n = graph.vertexCount
    distance = .allocate(capacity: n)
    distance.initialize(repeating: .infinity)
    let weightedCount = lengths == nil ? 0 : n
    settledOrder = .allocate(capacity: weightedCount)
    settledOrder.initialize(repeating: 0)
    settled = .allocate(capacity: weightedCount)
    settled.initialize(repeating: false)
    if lengths == nil {
      breadthFirst = BreadthFirstWorkspace(graph: graph, incoming: reverse, countingPaths: trackPaths)
      paths = breadthFirst?.paths
    } else {
      breadthFirst = nil
      paths = trackPaths ? PathCounts(vertexCount: n, start: reverse ? graph.outOffsets : graph.inOffsets) : nil
    }
  }

  deinit {
    distance.deallocate()
    settledOrder.deallocate()
    settled.deallocate()
  }

  /// The vertices reached by the last run, in settling order (non-decreasing distance).
  var reached: UnsafeMutableBufferPointer<Int32>.SubSequence {
    breadthFirst?.reached ?? settledOrder[0..<settledCount]
  }

  /// The number of vertices reached by the last run (the source included).
  var reachedCount: Int { breadthFirst?.reachedCount ?? settledCount }

  /// Runs a search from `source` (assumed in range), replacing the previous run's results.
  func run(from source: Int) {
    for v in reached { distance[Int(v)] = .infinity }
    if let breadthFirst {
      breadthFirst.run(from: source)
      let level = breadthFirst.level
      for v in breadthFirst.reached { distance[Int(v)] = Double(level[Int(v)]) }
      return
    }
    for v in reached {
      settled[Int(v)] = false
      paths?.clear(Int(v))
    }
    guard let lengths else { return }
    let offsets = reverse ? graph.inOffsets : graph.outOffsets
    let neighbors = reverse ? graph.inNeighbors : graph.outNeighbors
    let edges = reverse ? graph.inEdges : graph.outEdges
    // A local heap (swapped back afterwards to keep its capacity) avoids exclusivity checks on a
    // class property in the inner loop.
    var heap = DistanceHeap()
    swap(&heap, &self.heap)
    defer { swap(&heap, &self.heap) }
    heap.removeAll()
    var rule = TiedPathCounts(settled: settled, order: settledOrder, paths: paths, tolerance: tieTolerance)
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        edges.withUnsafeBufferPointer { edges in
          lengths.withUnsafeBufferPointer { lengths in
            Dijkstra.run(
              from: source, queue: &heap, rule: &rule, offsets: offsets, neighbors: neighbors, edges: edges,
              lengths: lengths, distance: distance)
          }
        }
      }
    }
    settledCount = rule.reachedCount
  }
}
