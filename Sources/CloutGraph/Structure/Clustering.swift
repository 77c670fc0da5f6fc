import Foundation

extension CSRGraph {
  /// The local clustering coefficient of each vertex.
  ///
  /// All variants work on the simple graph: self-loops are ignored and parallel edges are merged
  /// into one edge whose weight is the sum of theirs (so a doubled relation is one, stronger, tie).
  ///
  /// - Undirected, unweighted (Watts & Strogatz 1998, Nature 393:440): `c(u) = 2T(u) / (k(k−1))`,
  ///   T(u) the triangles through u and k its number of distinct neighbours; 0 when k < 2.
  /// - Undirected, weighted (Onnela et al. 2005, Phys. Rev. E 71:065103, the geometric mean):
  ///   `c(u) = [Ŵ³]_uu / (k(k−1))` with `Ŵ = (w / max w)^{1/3}` elementwise, the maximum taken over
  ///   all (merged) edges, self-loops included as networkx does. Not Barrat's definition (igraph).
  /// - Directed (Fagiolo 2007, Phys. Rev. E 76:026107): `c(u) = [(A + Aᵀ)³]_uu / (2[d(d−1) − 2d↔])`
  ///   with d = in-degree + out-degree and d↔ the reciprocated neighbours; weighted: A replaced by
  ///   Ŵ as above. 0 when there is no directed triangle.
  ///
  /// Cost: O(n + m + Σ_u Σ_{v∈N(u)} deg(v)) = O(m · max degree) time, O(n + m) memory.
  /// Matches networkx `clustering(G, weight=None | "weight")`.
  ///
  /// - Parameter weighted: use the edge weights (1 each when the graph has none).
  /// - Throws: `GraphError.negativeWeight` if `weighted` and an edge weight is negative.
  public func clustering(weighted: Bool) throws(GraphError) -> [Double] {
    let shape = try triangleShape(weighted: weighted, ignoringDirection: false)
    let t = shape.closedWalks()
    var out = [Double](repeating: 0, count: vertexCount)
    for v in 0..<vertexCount where t[v] != 0 {
      let d = Double(shape.totalDegree[v])
      if isDirected {
        out[v] = t[v] / (2 * (d * (d - 1) - 2 * Double(shape.reciprocated[v])))
      } else {
        out[v] = t[v] / (d * (d - 1))
      }
    }
    return out
  }

  /// The mean of `clustering(weighted:)` over all vertices, vertices of degree < 2 counting as 0
  /// (networkx `average_clustering`; igraph's default `mode="nan"` would skip them). 0 for the graph
  /// without vertices. Cost as `clustering(weighted:)`.
  ///
  /// - Throws: `GraphError.negativeWeight` if `weighted` and an edge weight is negative.
  public func averageClustering(weighted: Bool) throws(GraphError) -> Double {
    guard vertexCount > 0 else { return 0 }
    let c = try clustering(weighted: weighted)
    return c.reduce(0, +) / Double(vertexCount)
  }

  /// Global transitivity: `3 × triangles / connected triples` of the undirected simple graph
  /// (directions, self-loops and edge multiplicity dropped, so on a digraph this is the
  /// transitivity of its undirected version). 0 when there is no triangle.
  ///
  /// Cost: O(m · max degree) time, O(n + m) memory. Matches networkx `transitivity` (applied to
  /// `G.to_undirected()` for digraphs) and igraph `transitivity_undirected`.
  public func transitivity() -> Double {
    // Unweighted, so no weight can be negative and this cannot throw.
    guard let shape = try? triangleShape(weighted: false, ignoringDirection: true) else { return 0 }
    let t = shape.closedWalks()
    var triangles = 0.0
    var triples = 0.0
    for v in 0..<vertexCount {
      let d = Double(shape.totalDegree[v])
      triangles += t[v]
      triples += d * (d - 1)
    }
    return triangles == 0 ? 0 : triangles / triples
  }

  /// The symmetric matrix C whose closed 3-walks count (weighted) triangles: C = A (undirected),
  /// A + Aᵀ (directed), with each entry replaced by the cube root of the max-normalised weight
  /// when weighted.
  private func triangleShape(weighted: Bool, ignoringDirection: Bool) throws(GraphError) -> TriangleShape {
    if weighted, let w = edgeWeights {
      for (e, x) in w.enumerated() where x < 0 { throw .negativeWeight(edge: e, value: x) }
    }
    let base = ignoringDirection ? undirected() : self
    let g = weighted ? base : base.unweighted()
    let out = g.simpleOut()
    var maxWeight = 0.0
    if weighted {
      maxWeight = out.weights.max() ?? 0
      maxWeight = max(maxWeight, g.selfLoopWeights().max() ?? 0)
    }
    func scale(_ w: Double) -> Double {
      guard weighted else { return 1 }
      return maxWeight > 0 ? cbrt(w / maxWeight) : 0
    }
    if !g.isDirected {
      var degree = [Int](repeating: 0, count: vertexCount)
      for v in 0..<vertexCount { degree[v] = out.degree(v) }
      return TriangleShape(
        offsets: out.offsets, neighbors: out.neighbors, values: out.weights.map(scale), totalDegree: degree,
        reciprocated: [Int](repeating: 0, count: vertexCount))
    }
    // Directed: merge each vertex's simple out- and in-lists; the entry is f(w_uv) + f(w_vu).
    let into = g.simpleIn()
    let n = vertexCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [Int32] = []
    var values: [Double] = []
    var totalDegree = [Int](repeating: 0, count: n)
    var reciprocated = [Int](repeating: 0, count: n)
    var position = [Int](repeating: -1, count: n)
    for v in 0..<n {
      let start = neighbors.count
      for slot in out.range(v) {
        position[Int(out.neighbors[slot])] = neighbors.count
        neighbors.append(out.neighbors[slot])
        values.append(scale(out.weights[slot]))
      }
      for slot in into.range(v) {
        let u = Int(into.neighbors[slot])
        if position[u] >= start {
          values[position[u]] += scale(into.weights[slot])
          reciprocated[v] += 1
        } else {
          position[u] = neighbors.count
          neighbors.append(into.neighbors[slot])
          values.append(scale(into.weights[slot]))
        }
      }
      offsets[v + 1] = neighbors.count
      totalDegree[v] = out.degree(v) + into.degree(v)
    }
    return TriangleShape(
      offsets: offsets, neighbors: neighbors, values: values, totalDegree: totalDegree, reciprocated: reciprocated)
  }
}

/// A symmetric weighted adjacency without self-loops, for counting closed walks of length 3.
private struct TriangleShape {
  let offsets: [Int]
  let neighbors: [Int32]
  let values: [Double]
  /// Degree used in the denominator (undirected: distinct neighbours; directed: in + out).
  let totalDegree: [Int]
  /// Directed only: the number of neighbours linked in both directions.
  let reciprocated: [Int]

  /// `[C³]_uu = Σ_j C_uj Σ_k C_jk C_ku` for every vertex u. O(Σ_u Σ_{j∈N(u)} deg(j)).
  func closedWalks() -> [Double] {
    let n = offsets.count - 1
    var out = [Double](repeating: 0, count: n)
    var stamp = [Int](repeating: -1, count: n)
    var entry = [Double](repeating: 0, count: n)
    for u in 0..<n {
      for slot in offsets[u]..<offsets[u + 1] {
        let k = Int(neighbors[slot])
        stamp[k] = u
        entry[k] = values[slot]
      }
      var total = 0.0
      for slot in offsets[u]..<offsets[u + 1] {
        let j = Int(neighbors[slot])
        var inner = 0.0
        for s2 in offsets[j]..<offsets[j + 1] {
          let k = Int(neighbors[s2])
          if stamp[k] == u { inner += values[s2] * entry[k] }
        }
        total += values[slot] * inner
      }
      out[u] = total
    }
    return out
  }
}
