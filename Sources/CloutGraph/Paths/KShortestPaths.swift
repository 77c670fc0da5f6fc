extension CSRGraph {
  /// The `k` shortest simple (loopless) paths from `source` to `target`, by Yen's algorithm (1971).
  ///
  /// Paths are returned in non-decreasing cost; equal costs keep the order in which they were
  /// found. Weighted: weights are lengths; otherwise the cost is the number of hops. Paths are edge
  /// sequences: two parallel edges give two distinct paths through the same vertices (consistent
  /// with σ in `shortestPaths`). Self-loops are never on a simple path. `source == target` gives the
  /// single empty path of cost 0. Fewer than `k` paths are returned when fewer exist.
  ///
  /// Cost: O(k·n·(m + n)·log m) — for each of the k paths, one Dijkstra search per spur vertex.
  /// Matches networkx `shortest_simple_paths` (costs; equally short paths may be chosen differently)
  /// and igraph `k_shortest_paths`.
  ///
  /// - Throws: `GraphError.vertexOutOfRange`, `GraphError.negativeWeight`.
  public func kShortestPaths(
    from source: Int, to target: Int, k: Int, weighted: Bool = true
  ) throws(GraphError) -> [GraphPath] {
    try checkVertex(source)
    try checkVertex(target)
    let lengths = try pathLengths(weighted: weighted)
    guard k >= 1 else { return [] }
    if source == target { return [GraphPath(vertices: [source], edges: [], cost: 0)] }
    let search = SpurSearch(graph: self, lengths: lengths)
    let none = [Bool]()
    guard let first = search.path(from: source, to: target, removedVertex: none, removedEdge: none) else { return [] }
    let tolerance = search.tieTolerance
    return YenKBest.paths(
      k: k, first: finish(first, lengths: lengths), vertexCount: vertexCount, arcCount: edgeCount,
      vertices: \.vertices, arcs: \.edges,
      spur: { rootEdges, rootVertices, removedVertex, removedEdge in
        guard
          let spur = search.path(
            from: rootVertices[rootVertices.count - 1], to: target, removedVertex: removedVertex,
            removedEdge: removedEdge)
        else { return nil }
        let vertices = Array(rootVertices.dropLast()) + spur.vertices
        return finish(GraphPath(vertices: vertices, edges: rootEdges + spur.edges, cost: 0), lengths: lengths)
      },
      precedes: { PathLength.shorter($0.cost, $1.cost, tolerance) })
  }

  /// The path with its cost summed from source to target.
  private func finish(_ path: GraphPath, lengths: [Double]?) -> GraphPath {
    GraphPath(vertices: path.vertices, edges: path.edges, cost: cost(ofEdges: path.edges, lengths: lengths))
  }
}

/// Yen's spur searches: the kernels' Dijkstra search with the lazy heap and the `FewestHopsPath`
/// rule (fewest hops among equally short paths, stop at the target, removed vertices and edges
/// avoided; empty arrays remove nothing). Flat buffers, reset in O(touched) between searches.
private final class SpurSearch {
  let graph: CSRGraph
  /// Edge lengths, 1 per edge for hop counts.
  let lengths: [Double]
  let tieTolerance: Double
  private let distance: UnsafeMutableBufferPointer<Double>
  private let hops: UnsafeMutableBufferPointer<Int32>
  private let parentVertex: UnsafeMutableBufferPointer<Int32>
  private let parentEdge: UnsafeMutableBufferPointer<Int32>
  private let settled: UnsafeMutableBufferPointer<Bool>
  private var touched: [Int32] = []
  private var heap = DistanceHeap()

  init(graph: CSRGraph, lengths: [Double]?) {
    self.graph = graph
    self.lengths = lengths ?? [Double](repeating: 1, count: graph.edgeCount)
    tieTolerance = PathLength.tolerance(for: lengths)
    let n = graph.vertexCount
    distance = .allocate(capacity: n)
    distance.initialize(repeating: .infinity)
    hops = .allocate(capacity: n)
    hops.initialize(repeating: 0)
    parentVertex = .allocate(capacity: n)
    parentVertex.initialize(repeating: -1)
    parentEdge = .allocate(capacity: n)
    parentEdge.initialize(repeating: -1)
    settled = .allocate(capacity: n)
    settled.initialize(repeating: false)
  }

  deinit {
    distance.deallocate()
    hops.deallocate()
    parentVertex.deallocate()
    parentEdge.deallocate()
    settled.deallocate()
  }

  /// A shortest path avoiding the removed vertices and edges (fewest hops among equal lengths), or nil.
  func path(from source: Int, to target: Int, removedVertex: [Bool], removedEdge: [Bool]) -> GraphPath? {
    for v in touched {
      let i = Int(v)
      distance[i] = .infinity
      settled[i] = false
      parentVertex[i] = -1
      parentEdge[i] = -1
    }
    touched.removeAll(keepingCapacity: true)
    heap.removeAll()
    var rule = FewestHopsPath(
      settled: settled, hops: hops, parentVertex: parentVertex, parentEdge: parentEdge, removedVertex: removedVertex,
      removedEdge: removedEdge, target: target, tolerance: tieTolerance, touched: [])
    swap(&rule.touched, &touched)
    defer { swap(&rule.touched, &touched) }
    graph.outOffsets.withUnsafeBufferPointer { offsets in
      graph.outNeighbors.withUnsafeBufferPointer { neighbors in
        graph.outEdges.withUnsafeBufferPointer { edges in
          lengths.withUnsafeBufferPointer { lengths in
            Dijkstra.run(
              from: source, queue: &heap, rule: &rule, offsets: offsets, neighbors: neighbors, edges: edges,
              lengths: lengths, distance: distance)
          }
        }
      }
    }
    guard settled[target] else { return nil }
    var vertices = [target]
    var edges: [Int] = []
    var w = target
    while w != source {
      edges.append(Int(parentEdge[w]))
      w = Int(parentVertex[w])
      vertices.append(w)
    }
    return GraphPath(vertices: vertices.reversed(), edges: edges.reversed(), cost: distance[target])
  }
}
