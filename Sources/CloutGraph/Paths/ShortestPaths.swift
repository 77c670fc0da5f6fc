/// Which way a search follows the arcs of a directed graph (undirected graphs ignore it).
public enum TraversalDirection: Sendable, Equatable {
  /// Follow arcs from tail to head: distances FROM the source.
  case outgoing
  /// Follow arcs backwards: distances TO the source.
  case incoming
}

/// The shortest paths from one source: distances, path counts σ and every shortest-path predecessor.
///
/// Produced by `CSRGraph.shortestPaths(from:weighted:direction:)`. Unreachable vertices have
/// distance `nil`, σ = 0 and no predecessors. Each parallel edge is a distinct edge, so σ counts
/// paths as edge sequences.
public struct ShortestPathTree: Sendable {
  /// The source vertex.
  public let source: Int
  /// Which way the arcs were followed.
  public let direction: TraversalDirection
  /// Distance of every vertex, `.infinity` when unreachable (see `distance(to:)`).
  public let distances: [Double]
  /// σ: the number of distinct shortest paths to every vertex (1 for the source, 0 if unreachable),
  /// as a Double, exact below 2^53.
  public let pathCounts: [Double]
  /// Reached vertices in non-decreasing distance (the source first).
  public let order: [Int]
  private let start: [Int]
  private let count: [Int32]
  private let predecessorVertex: [Int32]
  private let predecessorEdge: [Int32]

  init(search: ShortestPathSearch, source: Int, direction: TraversalDirection) {
    self.source = source
    self.direction = direction
    guard let paths = search.paths else { preconditionFailure("a shortest-path tree needs a search that counts paths") }
    distances = Array(search.distance)
    pathCounts = Array(paths.sigma)
    order = search.reached.map { Int($0) }
    start = paths.start
    count = Array(paths.count)
    predecessorVertex = Array(paths.vertex)
    predecessorEdge = Array(paths.edge)
  }

  /// The distance to `v`, or nil when `v` is unreachable or out of range.
  public func distance(to v: Int) -> Double? {
    guard v >= 0, v < distances.count, distances[v].isFinite else { return nil }
    return distances[v]
  }

  /// The predecessors of `v` on shortest paths: the previous vertex and the edge taken (for an
  /// `.incoming` tree, the next vertex towards the source). Empty for the source and unreachable vertices.
  public func predecessors(of v: Int) -> [(vertex: Int, edge: Int)] {
    guard v >= 0, v < count.count else { return [] }
    return (0..<Int(count[v])).map { (Int(predecessorVertex[start[v] + $0]), Int(predecessorEdge[start[v] + $0])) }
  }

  /// One shortest path between the source and `v` (following each vertex's first predecessor), or
  /// nil when `v` is unreachable. For an `.outgoing` tree it runs source → v; for `.incoming`, v → source.
  /// The cost is the distance. O(path length).
  public func path(to v: Int) -> GraphPath? {
    guard let d = distance(to: v) else { return nil }
    var vertices = [v]
    var edges: [Int] = []
    var w = v
    while w != source {
      guard count[w] > 0 else { return nil }
      edges.append(Int(predecessorEdge[start[w]]))
      w = Int(predecessorVertex[start[w]])
      vertices.append(w)
    }
    if direction == .outgoing {
      vertices.reverse()
      edges.reverse()
    }
    return GraphPath(vertices: vertices, edges: edges, cost: d)
  }
}

extension CSRGraph {
  /// Single-source shortest paths with path counts σ and predecessor lists.
  ///
  /// Breadth-first search when unweighted (or `weighted` is false), Dijkstra's algorithm otherwise,
  /// with edge weights as LENGTHS and the tie rule of `PathLength` (ties on integer weights are exact).
  /// Parallel edges are distinct edges (σ counts each); self-loops are never used.
  ///
  /// Cost: O(n + m) unweighted, O((n + m) log m) weighted. Matches networkx
  /// `single_source_shortest_path_length` / `dijkstra_path_length` for distances and
  /// `_single_source_shortest_path_basic` / `_single_source_dijkstra_path_basic` for σ.
  ///
  /// - Throws: `GraphError.vertexOutOfRange` for a bad source, `GraphError.negativeWeight` for a
  ///   negative length.
  public func shortestPaths(
    from source: Int, weighted: Bool = true, direction: TraversalDirection = .outgoing
  ) throws(GraphError) -> ShortestPathTree {
    try checkVertex(source)
    let search = ShortestPathSearch(
      graph: self, lengths: try pathLengths(weighted: weighted), reverse: direction == .incoming, trackPaths: true)
    search.run(from: source)
    return ShortestPathTree(search: search, source: source, direction: direction)
  }

  /// One shortest path from `source` to `target`, or nil when `target` is unreachable.
  ///
  /// Same definitions and cost as `shortestPaths(from:weighted:direction:)` (the search runs to
  /// completion). Matches networkx `shortest_path` up to the choice among equally short paths.
  public func shortestPath(from source: Int, to target: Int, weighted: Bool = true) throws(GraphError) -> GraphPath? {
    try checkVertex(target)
    return try shortestPaths(from: source, weighted: weighted).path(to: target)
  }
}
