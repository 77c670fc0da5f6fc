/// A frozen graph in compressed sparse row (CSR) form, the one structure every algorithm runs on.
///
/// Vertices are `0..<vertexCount` and stored as `Int32`; edges are `0..<edgeCount` in the order
/// they were given. Each edge appears in the forward adjacency of its source and in the reverse
/// adjacency of its target. In an undirected graph each edge appears in the adjacency of both
/// endpoints (a self-loop twice in its vertex's list, so that the list length is the degree as
/// networkx and igraph count it), and the reverse adjacency is the forward one.
///
/// Parallel edges and self-loops are kept as given: algorithms document how they treat them.
///
/// Memory: per edge 8 bytes of endpoints, plus 8 per adjacency slot (neighbour and edge id,
/// `Int32` each) — two slots per edge, directed or not — plus 8 bytes of weight when weighted:
/// 24 bytes per edge unweighted, 32 weighted, plus 16 bytes per vertex of offsets.
///
/// Cost: building is O(n + m) by counting sort; every accessor is O(1).
public struct CSRGraph: Sendable {
  /// The number of vertices, n.
  public let vertexCount: Int
  /// Whether edges have a direction.
  public let isDirected: Bool
  /// Source vertex of each edge, in input order.
  public let edgeSources: [Int32]
  /// Target vertex of each edge, in input order.
  public let edgeTargets: [Int32]
  /// Weight of each edge, or `nil` when the graph is unweighted (every weight is then 1).
  public let edgeWeights: [Double]?

  /// `outOffsets[v]..<outOffsets[v + 1]` indexes `outNeighbors` and `outEdges` for vertex v.
  public let outOffsets: [Int]
  /// Heads of the arcs leaving each vertex (for undirected graphs: all neighbours).
  public let outNeighbors: [Int32]
  /// Edge id of each slot of `outNeighbors`.
  public let outEdges: [Int32]
  /// `inOffsets[v]..<inOffsets[v + 1]` indexes `inNeighbors` and `inEdges` for vertex v.
  public let inOffsets: [Int]
  /// Tails of the arcs entering each vertex (for undirected graphs: all neighbours).
  public let inNeighbors: [Int32]
  /// Edge id of each slot of `inNeighbors`.
  public let inEdges: [Int32]

  /// The number of edges, m (parallel edges and self-loops included).
  public var edgeCount: Int { edgeSources.count }
  /// Whether the graph carries weights.
  public var isWeighted: Bool { edgeWeights != nil }

  /// Builds a graph from parallel arrays of endpoints.
  ///
  /// - Throws: `GraphError.vertexOutOfRange` if an endpoint is not in `0..<vertexCount`,
  ///   `GraphError.lengthMismatch` if the arrays differ in length,
  ///   `GraphError.invalidWeight` if a weight is NaN or infinite.
  public init(
    vertexCount: Int, sources: [Int32], targets: [Int32], weights: [Double]? = nil, directed: Bool
  ) throws(GraphError) {
    guard sources.count == targets.count, weights.map({ $0.count == sources.count }) ?? true else {
      throw .lengthMismatch
    }
    guard vertexCount >= 0, vertexCount <= Int(Int32.max) else { throw .vertexOutOfRange(vertexCount) }
    for i in 0..<sources.count {
      let s = sources[i]
      let t = targets[i]
      if s < 0 || Int(s) >= vertexCount { throw .vertexOutOfRange(Int(s)) }
      if t < 0 || Int(t) >= vertexCount { throw .vertexOutOfRange(Int(t)) }
    }
    if let weights {
      for (i, w) in weights.enumerated() where !w.isFinite { throw .invalidWeight(edge: i, value: w) }
    }
    self.vertexCount = vertexCount
    self.isDirected = directed
    self.edgeSources = sources
    self.edgeTargets = targets
    self.edgeWeights = weights
    if directed {
      (outOffsets, outNeighbors, outEdges) = Self.buildAdjacency(
        n: vertexCount, from: sources, to: targets, alsoReversed: false)
      (inOffsets, inNeighbors, inEdges) = Self.buildAdjacency(
        n: vertexCount, from: targets, to: sources, alsoReversed: false)
    } else {
      (outOffsets, outNeighbors, outEdges) = Self.buildAdjacency(
        n: vertexCount, from: sources, to: targets, alsoReversed: true)
      (inOffsets, inNeighbors, inEdges) = (outOffsets, outNeighbors, outEdges)
    }
  }

  /// Counting sort of arcs by tail; keeps input order within each tail (stable).
  private static func buildAdjacency(
    n: Int, from tails: [Int32], to heads: [Int32], alsoReversed: Bool
  ) -> ([Int], [Int32], [Int32]) {
    var offsets = [Int](repeating: 0, count: n + 1)
    for t in tails { offsets[Int(t) + 1] += 1 }
    if alsoReversed { for h in heads { offsets[Int(h) + 1] += 1 } }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    let slots = offsets[n]
    var neighbors = [Int32](repeating: 0, count: slots)
    var edges = [Int32](repeating: 0, count: slots)
    var cursor = offsets
    for e in 0..<tails.count {
      let t = Int(tails[e])
      neighbors[cursor[t]] = heads[e]
      edges[cursor[t]] = Int32(truncatingIfNeeded: e)
      cursor[t] += 1
      if alsoReversed {
        let h = Int(heads[e])
        neighbors[cursor[h]] = tails[e]
        edges[cursor[h]] = Int32(truncatingIfNeeded: e)
        cursor[h] += 1
      }
    }
    return (offsets, neighbors, edges)
  }

  /// The weight of edge `e` (1 when the graph is unweighted).
  @inlinable
  public func weight(ofEdge e: Int) -> Double { edgeWeights?[e] ?? 1 }

  /// Slot range of vertex v in `outNeighbors`/`outEdges`.
  @inlinable
  public func outRange(_ v: Int) -> Range<Int> { outOffsets[v]..<outOffsets[v + 1] }

  /// Slot range of vertex v in `inNeighbors`/`inEdges`.
  @inlinable
  public func inRange(_ v: Int) -> Range<Int> { inOffsets[v]..<inOffsets[v + 1] }

  /// Out-degree of v (for undirected graphs: the degree, a self-loop counting 2).
  @inlinable
  public func outDegree(_ v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }

  /// In-degree of v (for undirected graphs: the degree).
  @inlinable
  public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

  /// The same edges seen without direction. O(n + m).
  public func undirected() -> CSRGraph {
    if !isDirected { return self }
    // Endpoints were validated when this graph was built, so this cannot throw.
    return
      (try? CSRGraph(
        vertexCount: vertexCount, sources: edgeSources, targets: edgeTargets, weights: edgeWeights, directed: false))
      ?? self
  }

  /// The same graph with every weight dropped (each edge counts 1). O(1) extra work beyond a copy.
  public func unweighted() -> CSRGraph {
    if edgeWeights == nil { return self }
    return CSRGraph(copying: self, weights: nil)
  }

  /// The same structure with other weights (same count as edges), or none.
  public func withWeights(_ weights: [Double]?) throws(GraphError) -> CSRGraph {
    if let weights {
      guard weights.count == edgeCount else { throw .lengthMismatch }
      for (i, w) in weights.enumerated() where !w.isFinite { throw .invalidWeight(edge: i, value: w) }
    }
    return CSRGraph(copying: self, weights: weights)
  }

  /// A graph with `vertexCount` vertices (clamped to 0…Int32.max) and no edges. Never fails.
  public static func empty(vertexCount: Int, directed: Bool) -> CSRGraph {
    CSRGraph(emptyWith: min(max(0, vertexCount), Int(Int32.max)), directed: directed)
  }

  private init(emptyWith n: Int, directed: Bool) {
    vertexCount = n
    isDirected = directed
    edgeSources = []
    edgeTargets = []
    edgeWeights = nil
    outOffsets = [Int](repeating: 0, count: n + 1)
    outNeighbors = []
    outEdges = []
    inOffsets = outOffsets
    inNeighbors = []
    inEdges = []
  }

  /// The reverse of a directed graph: sources and targets swapped, forward and reverse adjacency
  /// exchanged.
  init(reversing g: CSRGraph) {
    vertexCount = g.vertexCount
    isDirected = g.isDirected
    edgeSources = g.edgeTargets
    edgeTargets = g.edgeSources
    edgeWeights = g.edgeWeights
    outOffsets = g.inOffsets
    outNeighbors = g.inNeighbors
    outEdges = g.inEdges
    inOffsets = g.outOffsets
    inNeighbors = g.outNeighbors
    inEdges = g.outEdges
  }

  private init(copying g: CSRGraph, weights: [Double]?) {
    vertexCount = g.vertexCount
    isDirected = g.isDirected
    edgeSources = g.edgeSources
    edgeTargets = g.edgeTargets
    edgeWeights = weights
    outOffsets = g.outOffsets
    outNeighbors = g.outNeighbors
    outEdges = g.outEdges
    inOffsets = g.inOffsets
    inNeighbors = g.inNeighbors
    inEdges = g.inEdges
  }
}

/// What can go wrong when building or querying a `CSRGraph`.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
  case lengthMismatch
  case vertexOutOfRange(Int)
  case invalidWeight(edge: Int, value: Double)
  case negativeWeight(edge: Int, value: Double)
  case notConverged(algorithm: String, iterations: Int)
  case undefined(String)

  public var description: String {
    switch self {
    case .lengthMismatch: return "edge arrays have different lengths"
    case .vertexOutOfRange(let v): return "vertex \(v) is out of range"
    case .invalidWeight(let e, let w): return "edge \(e) has weight \(w), which is not a finite number"
    case .negativeWeight(let e, let w): return "edge \(e) has negative weight \(w); this algorithm needs lengths ≥ 0"
    case .notConverged(let a, let i): return "\(a) did not converge within \(i) iterations"
    case .undefined(let why): return why
    }
  }
}
