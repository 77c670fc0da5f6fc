/// A frozen graph in compressed sparse row (CSR) form, the one structure every algorithm runs on.
///
/// Vertices are `0..<vertexCount` and stored as `Int32`. Edges are `0..<edgeCount`, numbered in
/// **source order**: the input edges stably sorted by source vertex (ties keep input order). So the
/// edges leaving v are the ids `outOffsets[v]..<outOffsets[v + 1]` of a directed graph, and edge id
/// e is also the slot of e in `outNeighbors` (`outEdges[s] == s`). Builders that hand in parallel
/// arrays and need to map edge ids back to their own records use
/// `withInputIndex(vertexCount:sources:targets:weights:directed:)`, which also returns the input
/// position of each edge; input that is already grouped by source keeps its order.
///
/// Each edge appears in the forward adjacency of its source and in the reverse adjacency of its
/// target, ordered by edge id within every vertex. In an undirected graph each edge appears in the
/// adjacency of both endpoints (a self-loop twice in its vertex's list, so that the list length is
/// the degree as networkx and igraph count it), and the reverse adjacency is the forward one.
/// `reversed()` swaps the two sides of a directed graph without renumbering the edges.
///
/// Parallel edges and self-loops are kept as given: algorithms document how they treat them.
///
/// Memory per edge — directed: 4 bytes of target (which is also the forward neighbour list) plus
/// 8 of reverse slot (neighbour and edge id), 12 bytes unweighted, 20 weighted (8 of `Double`
/// weight); undirected: 4 of target plus two slots of 8, 20 bytes unweighted, 28 weighted. Plus 16
/// bytes per vertex of offsets (24 undirected). `edgeSources` and, for directed graphs,
/// `outEdges`/`inEdges` of the identity side are not stored: they are derived on first use (4 bytes
/// per edge each, then kept for the life of the graph and its copies). A directed 10M-edge weighted
/// graph with 1M vertices takes about 216 MB.
///
/// Cost: building is O(n + m) by counting sort; every accessor is O(1) (the derived arrays O(m)
/// once).
public struct CSRGraph: Sendable {
  /// The number of vertices, n.
  public let vertexCount: Int
  /// Whether edges have a direction.
  public let isDirected: Bool
  /// Weight of each edge (edge id order), or `nil` when the graph is unweighted (every weight is
  /// then 1).
  public let edgeWeights: [Double]?

  /// Edges `edgeStart[v]..<edgeStart[v + 1]` have stored tail v (before any `reversed()`).
  @usableFromInline let edgeStart: [Int]
  /// Stored head of each edge.
  @usableFromInline let edgeHeads: [Int32]
  /// Directed: the reverse adjacency of the stored orientation (slots of each head). Undirected:
  /// the full adjacency, both ends of every edge.
  @usableFromInline let crossOffsets: [Int]
  @usableFromInline let crossNeighbors: [Int32]
  @usableFromInline let crossEdges: [Int32]
  /// Whether this is the `reversed()` view of the stored orientation.
  @usableFromInline let isFlipped: Bool
  /// Arrays derived on first use and shared by every copy of the same structure.
  @usableFromInline let derived: DerivedEdgeArrays

  /// The number of edges, m (parallel edges and self-loops included).
  @inlinable public var edgeCount: Int { edgeHeads.count }
  /// Whether the graph carries weights.
  @inlinable public var isWeighted: Bool { edgeWeights != nil }

  /// Whether the edge ids of vertex v's forward slots are the slots themselves
  /// (`outEdges[s] == s`): true for a directed graph that is not a `reversed()` view. Kernels use
  /// it to index per-edge data by slot without reading `outEdges`.
  @inlinable package var outSlotsAreEdgeIDs: Bool { isDirected && !isFlipped }

  /// Whether the edge ids of the reverse slots are the slots themselves (`inEdges[s] == s`): true
  /// for the `reversed()` view of a directed graph.
  @inlinable package var inSlotsAreEdgeIDs: Bool { isDirected && isFlipped }

  /// Source vertex of each edge.
  @inlinable public var edgeSources: [Int32] { isFlipped ? edgeHeads : derived.tails(edgeStart) }
  /// Target vertex of each edge.
  @inlinable public var edgeTargets: [Int32] { isFlipped ? derived.tails(edgeStart) : edgeHeads }

  /// `outOffsets[v]..<outOffsets[v + 1]` indexes `outNeighbors` and `outEdges` for vertex v.
  @inlinable public var outOffsets: [Int] { isDirected && !isFlipped ? edgeStart : crossOffsets }
  /// Heads of the arcs leaving each vertex (for undirected graphs: all neighbours).
  @inlinable public var outNeighbors: [Int32] { isDirected && !isFlipped ? edgeHeads : crossNeighbors }
  /// Edge id of each slot of `outNeighbors`.
  @inlinable public var outEdges: [Int32] {
    isDirected && !isFlipped ? derived.identity(edgeHeads.count) : crossEdges
  }
  /// `inOffsets[v]..<inOffsets[v + 1]` indexes `inNeighbors` and `inEdges` for vertex v.
  @inlinable public var inOffsets: [Int] { isFlipped ? edgeStart : crossOffsets }
  /// Tails of the arcs entering each vertex (for undirected graphs: all neighbours).
  @inlinable public var inNeighbors: [Int32] { isFlipped ? edgeHeads : crossNeighbors }
  /// Edge id of each slot of `inNeighbors`.
  @inlinable public var inEdges: [Int32] { isFlipped ? derived.identity(edgeHeads.count) : crossEdges }

  /// Builds a graph from parallel arrays of endpoints. Edge ids are the input positions stably
  /// sorted by source (see the type's documentation).
  ///
  /// - Throws: `GraphError.vertexOutOfRange` if an endpoint is not in `0..<vertexCount`,
  ///   `GraphError.lengthMismatch` if the arrays differ in length,
  ///   `GraphError.invalidWeight` if a weight is NaN or infinite.
  public init(
    vertexCount: Int, sources: [Int32], targets: [Int32], weights: [Double]? = nil, directed: Bool
  ) throws(GraphError) {
    self = try Self.withInputIndex(
      vertexCount: vertexCount, sources: sources, targets: targets, weights: weights, directed: directed,
      keepIndex: false
    ).graph
  }

  /// Builds a graph from parallel arrays of endpoints and says where each edge came from:
  /// `inputIndex[e]` is the position in `sources`/`targets`/`weights` of edge e. Use it to carry
  /// per-edge records (relation ids, signs, labels) over to edge ids.
  ///
  /// - Throws: as `init(vertexCount:sources:targets:weights:directed:)`.
  public static func withInputIndex(
    vertexCount: Int, sources: [Int32], targets: [Int32], weights: [Double]? = nil, directed: Bool
  ) throws(GraphError) -> (graph: CSRGraph, inputIndex: [Int]) {
    let (graph, index) = try withInputIndex(
      vertexCount: vertexCount, sources: sources, targets: targets, weights: weights, directed: directed,
      keepIndex: true)
    return (graph, index ?? [])
  }

  private static func withInputIndex(
    vertexCount: Int, sources: [Int32], targets: [Int32], weights: [Double]?, directed: Bool, keepIndex: Bool
  ) throws(GraphError) -> (graph: CSRGraph, inputIndex: [Int]?) {
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
    let sorted = CSRLayout.sortBySource(
      n: vertexCount, sources: sources, targets: targets, weights: weights, keepIndex: keepIndex)
    let graph = CSRGraph(
      assembling: vertexCount, start: sorted.start, heads: sorted.heads, weights: sorted.weights, directed: directed)
    return (graph, sorted.index)
  }

  /// Builds a graph from edges already grouped by source, without copying them: the edges leaving
  /// v are `edgeOffsets[v]..<edgeOffsets[v + 1]`, with targets `edgeTargets` and weights
  /// `edgeWeights` in that order, which becomes the edge id order. This is how large edge lists are
  /// loaded (`EdgeListReader` counts degrees, then places each edge straight into its slot).
  ///
  /// Cost: O(n + m) to check the arrays and build the reverse (or undirected) adjacency.
  ///
  /// - Throws: `GraphError.lengthMismatch` if the offsets are not n + 1 non-decreasing values from 0
  ///   to the number of targets or the weights are not one per edge, `GraphError.vertexOutOfRange`
  ///   for a bad target or vertex count, `GraphError.invalidWeight` for a weight that is not finite.
  public init(
    vertexCount: Int, edgeOffsets: [Int], edgeTargets: [Int32], edgeWeights: [Double]?, directed: Bool
  ) throws(GraphError) {
    guard vertexCount >= 0, vertexCount <= Int(Int32.max) else { throw .vertexOutOfRange(vertexCount) }
    guard edgeOffsets.count == vertexCount + 1, edgeOffsets.first == 0, edgeOffsets.last == edgeTargets.count,
      edgeWeights.map({ $0.count == edgeTargets.count }) ?? true
    else { throw .lengthMismatch }
    for v in 0..<vertexCount where edgeOffsets[v] > edgeOffsets[v + 1] { throw .lengthMismatch }
    if let bad = CSRLayout.firstOutOfRange(edgeTargets, n: vertexCount) { throw .vertexOutOfRange(bad) }
    if let weights = edgeWeights {
      for (i, w) in weights.enumerated() where !w.isFinite { throw .invalidWeight(edge: i, value: w) }
    }
    self.init(
      assembling: vertexCount, start: edgeOffsets, heads: edgeTargets, weights: edgeWeights, directed: directed)
  }

  /// Builds the cross adjacency of edges grouped by tail (arguments already validated).
  init(assembling n: Int, start: [Int], heads: [Int32], weights: [Double]?, directed: Bool) {
    let cross =
      directed
      ? CSRLayout.reverseAdjacency(n: n, start: start, heads: heads)
      : CSRLayout.undirectedAdjacency(n: n, start: start, heads: heads)
    self.init(
      n: n, directed: directed, weights: weights, start: start, heads: heads, cross: cross, flipped: false,
      derived: DerivedEdgeArrays())
  }

  private init(
    n: Int, directed: Bool, weights: [Double]?, start: [Int], heads: [Int32],
    cross: (offsets: [Int], neighbors: [Int32], edges: [Int32]), flipped: Bool, derived: DerivedEdgeArrays
  ) {
    vertexCount = n
    isDirected = directed
    edgeWeights = weights
    edgeStart = start
    edgeHeads = heads
    crossOffsets = cross.offsets
    crossNeighbors = cross.neighbors
    crossEdges = cross.edges
    isFlipped = flipped
    self.derived = derived
  }

  /// The weight of edge `e` (1 when the graph is unweighted).
  @inlinable
  public func weight(ofEdge e: Int) -> Double { edgeWeights?[e] ?? 1 }

  /// Slot range of vertex v in `outNeighbors`/`outEdges`.
  @inlinable
  public func outRange(_ v: Int) -> Range<Int> {
    let offsets = outOffsets
    return offsets[v]..<offsets[v + 1]
  }

  /// Slot range of vertex v in `inNeighbors`/`inEdges`.
  @inlinable
  public func inRange(_ v: Int) -> Range<Int> {
    let offsets = inOffsets
    return offsets[v]..<offsets[v + 1]
  }

  /// Out-degree of v (for undirected graphs: the degree, a self-loop counting 2).
  @inlinable
  public func outDegree(_ v: Int) -> Int {
    let offsets = outOffsets
    return offsets[v + 1] - offsets[v]
  }

  /// In-degree of v (for undirected graphs: the degree).
  @inlinable
  public func inDegree(_ v: Int) -> Int {
    let offsets = inOffsets
    return offsets[v + 1] - offsets[v]
  }

  /// The same edges seen without direction, with the same edge ids and weights. O(n + m); the
  /// edge arrays are shared, only the two-sided adjacency is built. For a `reversed()` view the
  /// endpoints of each edge are those of the graph it reverses.
  public func undirected() -> CSRGraph {
    if !isDirected { return self }
    return CSRGraph(
      n: vertexCount, directed: false, weights: edgeWeights, start: edgeStart, heads: edgeHeads,
      cross: CSRLayout.undirectedAdjacency(n: vertexCount, start: edgeStart, heads: edgeHeads), flipped: false,
      derived: derived)
  }

  /// The same graph with every weight dropped (each edge counts 1). O(1): the structure is shared.
  public func unweighted() -> CSRGraph {
    if edgeWeights == nil { return self }
    return CSRGraph(copying: self, weights: nil)
  }

  /// The same structure with other weights (one per edge, in edge id order), or none.
  public func withWeights(_ weights: [Double]?) throws(GraphError) -> CSRGraph {
    if let weights {
      guard weights.count == edgeCount else { throw .lengthMismatch }
      for (i, w) in weights.enumerated() where !w.isFinite { throw .invalidWeight(edge: i, value: w) }
    }
    return CSRGraph(copying: self, weights: weights)
  }

  /// A graph with `vertexCount` vertices (clamped to 0…Int32.max) and no edges. Never fails.
  public static func empty(vertexCount: Int, directed: Bool) -> CSRGraph {
    let n = min(max(0, vertexCount), Int(Int32.max))
    return CSRGraph(
      assembling: n, start: [Int](repeating: 0, count: n + 1), heads: [], weights: nil, directed: directed)
  }

  /// The reverse of a directed graph: sources and targets swapped, forward and reverse adjacency
  /// exchanged, edge ids kept.
  init(reversing g: CSRGraph) {
    self.init(
      n: g.vertexCount, directed: g.isDirected, weights: g.edgeWeights, start: g.edgeStart, heads: g.edgeHeads,
      cross: (g.crossOffsets, g.crossNeighbors, g.crossEdges), flipped: g.isDirected && !g.isFlipped,
      derived: g.derived)
  }

  private init(copying g: CSRGraph, weights: [Double]?) {
    self.init(
      n: g.vertexCount, directed: g.isDirected, weights: weights, start: g.edgeStart, heads: g.edgeHeads,
      cross: (g.crossOffsets, g.crossNeighbors, g.crossEdges), flipped: g.isFlipped, derived: g.derived)
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
