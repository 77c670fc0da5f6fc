/// The frustration index of a signed graph, with the two-colouring that attains it.
public struct FrustrationResult: Sendable, Equatable {
  /// The number of frustrated edges of `side`: the frustration index when `isExact`, otherwise an
  /// upper bound on it.
  public let value: Int
  /// A lower bound on the frustration index (equal to `value` when `isExact`).
  public let lowerBound: Int
  /// Whether `value` is proven minimal.
  public let isExact: Bool
  /// The best two-colouring found (`true` = second camp).
  public let side: [Bool]
}

extension SignedGraph {
  /// The frustration index (line index of balance, Harary 1959; Zaslavsky 1987): the minimum, over
  /// all two-colourings of the vertices, of the number of negative edges inside a camp plus
  /// positive edges between camps. 0 exactly when the graph is structurally balanced.
  ///
  /// The index adds up over connected components, each solved on its own:
  /// - a balanced component contributes 0 (breadth-first check, O(size + edges));
  /// - a component of at most `exactLimit` vertices (capped at 30) is solved exactly by
  ///   exhaustive search over its 2^(k−1) colourings in Gray-code order, each step flipping one
  ///   vertex and updating the count in O(its degree): O(2^k · max degree) time;
  /// - a larger component gets a heuristic: the breadth-first colouring followed by single-vertex
  ///   flips while one lowers the count (a local optimum, an upper bound), and a lower bound from a
  ///   greedy set of edge-disjoint unbalanced triangles (each needs a frustrated edge of its own).
  ///   The problem is NP-hard (it contains max-cut), so `isExact` is then true only if the bounds
  ///   meet.
  ///
  /// The exact search also stops early when it reaches the triangle lower bound. The reference kit
  /// computes the index by exhaustive search over 2^11 colourings (networkx has no function for it).
  public func frustration(exactLimit: Int = 20) -> FrustrationResult {
    let limit = min(max(exactLimit, 1), 30)
    let (bfsSide, _) = campColouring()
    var side = bfsSide
    let components = signedComponents()
    let triangleBound = disjointUnbalancedTriangles(components)
    let members = components.members()
    var value = 0
    var lower = 0
    var exact = true
    for (c, vertices) in members.enumerated() {
      let edges = componentEdges(vertices)
      let frustrated = edges.reduce(0) { n, e in n + (isFrustrated(e, side) ? 1 : 0) }
      if frustrated == 0 { continue }
      let bound = triangleBound[c]
      if vertices.count <= limit {
        let best = exhaustive(vertices, lowerBound: bound, side: &side)
        value += best
        lower += best
      } else {
        let best = localSearch(vertices, side: &side)
        value += best
        lower += bound
        if best != bound { exact = false }
      }
    }
    return FrustrationResult(value: value, lowerBound: lower, isExact: exact, side: side)
  }

  /// Connected components of the signed graph.
  private func signedComponents() -> VertexPartition {
    // Reuse the CSR engine's component search on the (already simple) signed edge list.
    let g = try? CSRGraph(vertexCount: vertexCount, sources: edgeSources, targets: edgeTargets, directed: false)
    return g?.connectedComponents()
      ?? VertexPartition(renumbering: (0..<vertexCount).map { Int32(truncatingIfNeeded: $0) }, labelBound: vertexCount)
  }

  /// The edges inside one component (each once).
  private func componentEdges(_ vertices: [Int]) -> [Int] {
    var out: [Int] = []
    for v in vertices {
      for slot in range(v) where Int(neighbors[slot]) > v { out.append(Int(incidentEdges[slot])) }
    }
    return out
  }

  @inline(__always)
  private func isFrustrated(_ e: Int, _ side: [Bool]) -> Bool {
    (side[Int(edgeSources[e])] == side[Int(edgeTargets[e])]) != (edgeSigns[e] > 0)
  }

  /// The change in frustrated edges if v switches camp.
  @inline(__always)
  private func flipDelta(_ v: Int, _ side: [Bool]) -> Int {
    var delta = 0
    for slot in range(v) {
      let w = Int(neighbors[slot])
      let satisfied = (side[v] == side[w]) == (edgeSigns[Int(incidentEdges[slot])] > 0)
      delta += satisfied ? 1 : -1
    }
    return delta
  }

  /// Exhaustive search over one component (its first vertex's camp fixed); writes the optimum into
  /// `side` and returns it.
  private func exhaustive(_ vertices: [Int], lowerBound: Int, side: inout [Bool]) -> Int {
    for v in vertices { side[v] = false }
    var cost = 0
    for e in componentEdges(vertices) where isFrustrated(e, side) { cost += 1 }
    var best = cost
    var bestCode = 0
    let steps = 1 << (vertices.count - 1)
    var code = 1
    while code < steps && best > lowerBound {
      let v = vertices[code.trailingZeroBitCount + 1]
      cost += flipDelta(v, side)
      side[v].toggle()
      if cost < best {
        best = cost
        bestCode = code
      }
      code += 1
    }
    // Gray code of step i: bit j set ⇔ vertices[j + 1] is in the second camp.
    let gray = bestCode ^ (bestCode >> 1)
    side[vertices[0]] = false
    for j in 0..<(vertices.count - 1) { side[vertices[j + 1]] = (gray >> j) & 1 == 1 }
    return best
  }

  /// Single-vertex improvement from the colouring in `side` until no flip helps; returns the count.
  private func localSearch(_ vertices: [Int], side: inout [Bool]) -> Int {
    var improved = true
    while improved {
      improved = false
      for v in vertices where flipDelta(v, side) < 0 {
        side[v].toggle()
        improved = true
      }
    }
    var cost = 0
    for e in componentEdges(vertices) where isFrustrated(e, side) { cost += 1 }
    return cost
  }

  /// Per component: the size of a greedy set of unbalanced triangles sharing no edge.
  private func disjointUnbalancedTriangles(_ components: VertexPartition) -> [Int] {
    var used = [Bool](repeating: false, count: edgeCount)
    var count = [Int](repeating: 0, count: components.count)
    for t in triads() where !t.isBalanced {
      let (x, y, z) = (Int(t.edges.0), Int(t.edges.1), Int(t.edges.2))
      if used[x] || used[y] || used[z] { continue }
      used[x] = true
      used[y] = true
      used[z] = true
      count[Int(components.labels[t.a])] += 1
    }
    return count
  }
}
