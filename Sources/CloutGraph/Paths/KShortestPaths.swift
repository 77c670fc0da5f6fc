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
    var search = SpurSearch(graph: self, lengths: lengths)
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

/// Dijkstra's algorithm that stops at the target and avoids removed vertices and edges (Yen's spur
/// searches; empty arrays remove nothing). Flat arrays, reset in O(touched) between searches.
private struct SpurSearch {
  let graph: CSRGraph
  let lengths: [Double]?
  let tieTolerance: Double
  private var distance: [Double]
  private var hops: [Int32]
  private var predecessorVertex: [Int32]
  private var predecessorEdge: [Int32]
  private var settled: [Bool]
  private var touched: [Int32] = []
  private var heap = DistanceHeap()

  init(graph: CSRGraph, lengths: [Double]?) {
    self.graph = graph
    self.lengths = lengths
    tieTolerance = PathLength.tolerance(for: lengths)
    let n = graph.vertexCount
    distance = [Double](repeating: .infinity, count: n)
    hops = [Int32](repeating: 0, count: n)
    predecessorVertex = [Int32](repeating: -1, count: n)
    predecessorEdge = [Int32](repeating: -1, count: n)
    settled = [Bool](repeating: false, count: n)
  }

  /// A shortest path avoiding the removed vertices and edges (fewest hops among equal lengths), or nil.
  mutating func path(from source: Int, to target: Int, removedVertex: [Bool], removedEdge: [Bool]) -> GraphPath? {
    for v in touched {
      let i = Int(v)
      distance[i] = .infinity
      settled[i] = false
      predecessorVertex[i] = -1
      predecessorEdge[i] = -1
    }
    touched.removeAll(keepingCapacity: true)
    heap.removeAll()
    distance[source] = 0
    hops[source] = 0
    touched.append(Int32(truncatingIfNeeded: source))
    heap.push(0, Int32(truncatingIfNeeded: source))
    while let (key, vertex, tie) = heap.pop() {
      let v = Int(vertex)
      if settled[v] || key != distance[v] || tie != hops[v] { continue }
      settled[v] = true
      if v == target { break }
      for slot in graph.outRange(v) {
        let w = Int(graph.outNeighbors[slot])
        let e = Int(graph.outEdges[slot])
        if w == v || settled[w] || (!removedVertex.isEmpty && (removedVertex[w] || removedEdge[e])) { continue }
        let candidate = distance[v] + (lengths?[e] ?? 1)
        let candidateHops = hops[v] + 1
        let current = distance[w]
        let better =
          current == .infinity || PathLength.shorter(candidate, current, tieTolerance)
          || (PathLength.same(candidate, current, tieTolerance) && candidateHops < hops[w])
        guard better else { continue }
        if current == .infinity { touched.append(Int32(truncatingIfNeeded: w)) }
        distance[w] = candidate
        hops[w] = candidateHops
        predecessorVertex[w] = Int32(truncatingIfNeeded: v)
        predecessorEdge[w] = Int32(truncatingIfNeeded: e)
        heap.push(candidate, Int32(truncatingIfNeeded: w), tie: candidateHops)
      }
    }
    guard settled[target] else { return nil }
    var vertices = [target]
    var edges: [Int] = []
    var w = target
    while w != source {
      edges.append(Int(predecessorEdge[w]))
      w = Int(predecessorVertex[w])
      vertices.append(w)
    }
    return GraphPath(vertices: vertices.reversed(), edges: edges.reversed(), cost: distance[target])
  }
}
