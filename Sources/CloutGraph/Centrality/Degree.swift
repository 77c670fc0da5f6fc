/// Counts of arcs by sign at each vertex of a signed graph.
public struct SignedDegrees: Sendable, Equatable {
  /// Arcs with a positive sign entering each vertex.
  public let positiveIn: [Int]
  /// Arcs with a negative sign entering each vertex.
  public let negativeIn: [Int]
  /// Arcs with a positive sign leaving each vertex.
  public let positiveOut: [Int]
  /// Arcs with a negative sign leaving each vertex.
  public let negativeOut: [Int]
}

extension CSRGraph {
  /// Degree of every vertex: undirected, the number of incident edge ends (a self-loop counts 2);
  /// directed, in-degree + out-degree (a self-loop adds 1 to each). Parallel edges each count.
  /// O(n). Matches networkx `G.degree` and igraph `degree(loops=True)`.
  public func degrees() -> [Int] {
    (0..<vertexCount).map { isDirected ? inDegree($0) + outDegree($0) : outDegree($0) }
  }

  /// In-degree of every vertex (the degree when undirected). O(n). networkx `G.in_degree`.
  public func inDegrees() -> [Int] { (0..<vertexCount).map { inDegree($0) } }

  /// Out-degree of every vertex (the degree when undirected). O(n). networkx `G.out_degree`.
  public func outDegrees() -> [Int] { (0..<vertexCount).map { outDegree($0) } }

  /// Strength (weighted degree): the sum of the weights of incident edges, counted like `degrees()`
  /// (an undirected self-loop twice; directed: in + out). Weight 1 per edge when unweighted.
  /// O(n + m). Matches networkx `G.degree(weight="weight")` and igraph `strength`.
  public func strengths() -> [Double] {
    if !isDirected { return slotSums(offsets: outOffsets, edges: outEdges) }
    let incoming = inStrengths()
    let outgoing = outStrengths()
    return (0..<vertexCount).map { incoming[$0] + outgoing[$0] }
  }

  /// Sum of the weights of the arcs entering every vertex (`strengths()` when undirected). O(n + m).
  public func inStrengths() -> [Double] { slotSums(offsets: inOffsets, edges: inEdges) }

  /// Sum of the weights of the arcs leaving every vertex (`strengths()` when undirected). O(n + m).
  public func outStrengths() -> [Double] { slotSums(offsets: outOffsets, edges: outEdges) }

  private func slotSums(offsets: [Int], edges: [Int32]) -> [Double] {
    (0..<vertexCount).map { v in
      var sum = 0.0
      for slot in offsets[v]..<offsets[v + 1] { sum += weight(ofEdge: Int(edges[slot])) }
      return sum
    }
  }

  /// Degree centrality `degree/(n−1)` (directed: (in + out)/(n−1), which can exceed 1); 1 for the
  /// single vertex of a one-vertex graph. O(n). networkx `degree_centrality`.
  public func degreeCentrality() -> [Double] { Self.centrality(degrees(), n: vertexCount) }

  /// In-degree centrality `in-degree/(n−1)`. O(n). networkx `in_degree_centrality`.
  public func inDegreeCentrality() -> [Double] { Self.centrality(inDegrees(), n: vertexCount) }

  /// Out-degree centrality `out-degree/(n−1)`. O(n). networkx `out_degree_centrality`.
  public func outDegreeCentrality() -> [Double] { Self.centrality(outDegrees(), n: vertexCount) }

  private static func centrality(_ degrees: [Int], n: Int) -> [Double] {
    guard n > 1 else { return degrees.map { _ in 1 } }
    let scale = 1 / Double(n - 1)
    return degrees.map { Double($0) * scale }
  }

  /// Arcs of each sign at every vertex, given one sign per edge (> 0 positive, < 0 negative, 0
  /// neither). Undirected edges count as entering and leaving both endpoints, so in = out. O(n + m).
  /// The `positive_in_degree`… metrics of the reference kit (README §3.2); networkx has no equivalent
  /// (count `G.in_edges(v, data="sign")` by sign).
  ///
  /// - Throws: `GraphError.lengthMismatch` unless there is one sign per edge.
  public func signedDegrees(signs: [Int]) throws(GraphError) -> SignedDegrees {
    guard signs.count == edgeCount else { throw .lengthMismatch }
    func count(_ offsets: [Int], _ edges: [Int32], positive: Bool) -> [Int] {
      (0..<vertexCount).map { v in
        var c = 0
        for slot in offsets[v]..<offsets[v + 1] {
          let s = signs[Int(edges[slot])]
          if positive ? s > 0 : s < 0 { c += 1 }
        }
        return c
      }
    }
    return SignedDegrees(
      positiveIn: count(inOffsets, inEdges, positive: true), negativeIn: count(inOffsets, inEdges, positive: false),
      positiveOut: count(outOffsets, outEdges, positive: true),
      negativeOut: count(outOffsets, outEdges, positive: false))
  }
}
