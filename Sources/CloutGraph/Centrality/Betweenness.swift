/// Betweenness of every vertex and every edge, as computed by one Brandes pass.
///
/// `vertices[v]` and `edges[e]` are already scaled as requested (raw or normalised, see
/// `CSRGraph.betweennessScores`). Edge scores are indexed by edge id; self-loops score 0.
public struct BetweennessScores: Sendable, Equatable {
  /// Betweenness of each vertex.
  public let vertices: [Double]
  /// Betweenness of each edge (edge id order).
  public let edges: [Double]

  /// Scores as given.
  public init(vertices: [Double], edges: [Double]) {
    self.vertices = vertices
    self.edges = edges
  }
}

extension CSRGraph {
  /// Shortest-path betweenness of vertices and edges (Brandes 2001), exact, on all cores.
  ///
  /// Definition: `B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st` (endpoints excluded) and `B(e) = Σ_{s≠t} σ_st(e)/σ_st`,
  /// where σ_st counts shortest s→t paths and σ_st(x) those through x. Raw values sum over ordered
  /// pairs in a directed graph and over unordered pairs in an undirected one. Normalised values
  /// divide vertex scores by (n−1)(n−2) (directed) or (n−1)(n−2)/2 (undirected), and edge scores by
  /// n(n−1) or n(n−1)/2. Weighted: weights are lengths (Dijkstra), ties by `PathLength` (exact on
  /// integer weights). Parallel edges are distinct edges: each carries its own share of the paths,
  /// and σ counts paths through either. Self-loops are on no shortest path and score 0.
  ///
  /// Parallelism: the sources are cut into fixed chunks (independent of the thread count) whose
  /// partial sums are added in chunk order, so the result is bit-identical for any `threads`.
  ///
  /// Cost: O(n·m) time unweighted, O(n·m·log m) weighted; O(threads·(n + m)) memory.
  /// Matches networkx `betweenness_centrality(normalized=…, weight=…)` and
  /// `edge_betweenness_centrality`, and igraph `betweenness` / `edge_betweenness`.
  ///
  /// - Parameters:
  ///   - weighted: use edge weights as lengths (ignored when the graph has none).
  ///   - normalized: divide by the number of pairs, as above.
  ///   - threads: how many sources run at once (nil: all active processors).
  ///   - progress: called on the calling thread as sources complete, with (sources done, total).
  /// - Throws: `GraphError.negativeWeight` for a negative length.
  public func betweennessScores(
    weighted: Bool = true, normalized: Bool = true, threads: Int? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> BetweennessScores {
    let lengths = try pathLengths(weighted: weighted)
    let sums = brandesSums(sources: Array(0..<vertexCount), lengths: lengths, threads: threads, progress: progress)
    return scaledBetweenness(sums, normalized: normalized, sampleFactor: 1)
  }

  /// Vertex betweenness; see `betweennessScores(weighted:normalized:threads:progress:)` for the
  /// definition, normalisation, cost and reference (networkx `betweenness_centrality`).
  public func betweenness(
    weighted: Bool = true, normalized: Bool = true, threads: Int? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> [Double] {
    let lengths = try pathLengths(weighted: weighted)
    let sums = brandesSums(
      sources: Array(0..<vertexCount), lengths: lengths, threads: threads, progress: progress, edges: false)
    return scaledBetweenness(sums, normalized: normalized, sampleFactor: 1).vertices
  }

  /// Edge betweenness by edge id; see `betweennessScores(weighted:normalized:threads:progress:)`
  /// (networkx `edge_betweenness_centrality`: normalised by n(n−1), halved when undirected).
  public func edgeBetweenness(
    weighted: Bool = true, normalized: Bool = true, threads: Int? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> [Double] {
    try betweennessScores(weighted: weighted, normalized: normalized, threads: threads, progress: progress).edges
  }

  /// Unscaled dependency sums Σ_s δ_s(·) over the given sources, in parallel, deterministic. With
  /// `edges` false the edge sums are left empty (less memory and work when only vertices matter).
  /// Unweighted searches use the flat breadth-first kernel (`BrandesBreadthFirst`), weighted ones
  /// `ShortestPathSearch` with its tie rule.
  func brandesSums(
    sources: [Int], lengths: [Double]?, threads: Int?, progress: (@Sendable (Int, Int) -> Void)?,
    edges: Bool = true
  ) -> BetweennessScores {
    let n = vertexCount
    let m = edges ? edgeCount : 0
    var vertexTotal = [Double](repeating: 0, count: n)
    var edgeTotal = [Double](repeating: 0, count: m)
    let graph = self
    // Unweighted: the kernel runs on vertices renumbered by in-degree (same sums, better caching);
    // partial vertex sums are in the new numbering until combined.
    let adjacency = lengths == nil ? BrandesAdjacency(graph: self, withEdges: edges) : nil
    // Waves hold up to 16 MiB of partial sums: fewer barriers between waves on small graphs,
    // progress still reported a few times on large ones.
    let wave = (16 << 20) / max(1, 8 * (n + m))
    // Kernels are reused across chunks (each leaves its workspace clean), one per running chunk.
    let kernels = Locked<[BrandesBreadthFirst]>([])
    ParallelChunks.run(
      count: sources.count, threads: threads, wave: wave,
      work: { range in
        var vertexSum = [Double](repeating: 0, count: n)
        var edgeSum = [Double](repeating: 0, count: m)
        if let adjacency {
          let kernel = kernels.withLock { $0.popLast() } ?? BrandesBreadthFirst(adjacency: adjacency)
          defer { kernels.withLock { $0.append(kernel) } }
          let newNumber = adjacency.newNumber
          vertexSum.withUnsafeMutableBufferPointer { vertexSum in
            edgeSum.withUnsafeMutableBufferPointer { edgeSum in
              for i in range {
                kernel.accumulate(from: Int(newNumber[sources[i]]), vertexSum: vertexSum, edgeSum: edgeSum)
              }
            }
          }
          return BetweennessScores(vertices: vertexSum, edges: edgeSum)
        }
        let search = ShortestPathSearch(graph: graph, lengths: lengths, reverse: false, trackPaths: true)
        var delta = [Double](repeating: 0, count: n)
        vertexSum.withUnsafeMutableBufferPointer { vertexSum in
          edgeSum.withUnsafeMutableBufferPointer { edgeSum in
            delta.withUnsafeMutableBufferPointer { delta in
              for i in range {
                search.run(from: sources[i])
                Self.accumulateDependencies(search, delta: delta, vertexSum: vertexSum, edgeSum: edgeSum)
              }
            }
          }
        }
        return BetweennessScores(vertices: vertexSum, edges: edgeSum)
      },
      combine: { _, partial in
        // Vertex totals stay in the kernel's numbering until the end: sequential adds.
        vertexTotal.withUnsafeMutableBufferPointer { total in
          partial.vertices.withUnsafeBufferPointer { part in
            for v in 0..<n { total[v] += part[v] }
          }
        }
        edgeTotal.withUnsafeMutableBufferPointer { total in
          partial.edges.withUnsafeBufferPointer { part in
            for e in 0..<m { total[e] += part[e] }
          }
        }
      },
      progress: progress.map { report in { done in report(done, sources.count) } })
    if let adjacency {
      let renumbered = vertexTotal
      for v in 0..<n { vertexTotal[Int(adjacency.originalNumber[v])] = renumbered[v] }
    }
    return BetweennessScores(vertices: vertexTotal, edges: edgeTotal)
  }

  /// Brandes' back-propagation for one source: δ(v) = Σ_{w: v ∈ P(w)} σ_v/σ_w · (1 + δ(w)),
  /// visiting vertices in reverse settling order.
  private static func accumulateDependencies(
    _ search: ShortestPathSearch, delta: UnsafeMutableBufferPointer<Double>,
    vertexSum: UnsafeMutableBufferPointer<Double>, edgeSum: UnsafeMutableBufferPointer<Double>
  ) {
    let order = search.reached
    for v in order { delta[Int(v)] = 0 }
    guard let paths = search.paths, let source = order.first else { return }
    let sigma = paths.sigma
    let start = paths.start
    let count = paths.count
    let predecessorVertex = paths.vertex
    let predecessorEdge = paths.edge
    let withEdges = edgeSum.count > 0
    for w32 in order.reversed() {
      let w = Int(w32)
      let coefficient = (1 + delta[w]) / sigma[w]
      let first = start[w]
      for slot in first..<(first + Int(count[w])) {
        let v = Int(predecessorVertex[slot])
        let c = sigma[v] * coefficient
        if withEdges { edgeSum[Int(predecessorEdge[slot])] += c }
        delta[v] += c
      }
      if w32 != source { vertexSum[w] += delta[w] }
    }
  }

  /// Applies the raw (halved when undirected) or normalised scale, times `sampleFactor` (n/k when sampled).
  func scaledBetweenness(_ sums: BetweennessScores, normalized: Bool, sampleFactor: Double) -> BetweennessScores {
    let n = Double(vertexCount)
    let pairFactor = isDirected ? 1.0 : 0.5
    var vertexScale = pairFactor
    var edgeScale = pairFactor
    if normalized {
      // Undirected sums count each unordered pair twice, so dividing them by the ordered-pair count
      // equals dividing the raw (halved) value by the unordered-pair count.
      if vertexCount > 2 { vertexScale = 1 / ((n - 1) * (n - 2)) }
      if vertexCount > 1 { edgeScale = 1 / (n * (n - 1)) }
    }
    vertexScale *= sampleFactor
    edgeScale *= sampleFactor
    return BetweennessScores(
      vertices: sums.vertices.map { $0 * vertexScale }, edges: sums.edges.map { $0 * edgeScale })
  }
}
