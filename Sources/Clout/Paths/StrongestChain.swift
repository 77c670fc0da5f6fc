import Foundation

/// The chain of influence with the largest product of strengths between two vertices.
public struct StrongestChain: Sendable, Equatable {
  /// The route; its `cost` is Σ −log(strength) over its edges.
  public let path: GraphPath
  /// The product of the strengths along the chain, multiplied from source to target (1 for the
  /// empty chain).
  public let strength: Double
}

extension CSRGraph {
  /// The strongest chain from `source` to `target`: the path maximising the product of its edge
  /// strengths, each in (0, 1].
  ///
  /// Equivalently the shortest path under lengths −log(s) (Dijkstra; a product of strengths is
  /// largest exactly when the sum of −log is smallest). Among chains of equal strength the one
  /// with the fewest edges wins. Weights are strengths; an unweighted graph has strength 1
  /// everywhere, so the answer is a fewest-hop path of strength 1. Parallel edges: the stronger one
  /// is used. For influence networks, run it on the influence projection, where parallel relations
  /// are already combined by noisy-or.
  ///
  /// Cost: O((n + m) log m). Reference: the "most reliable path" problem (e.g. Ahuja, Magnanti &
  /// Orlin, Network Flows, 1993), solved as networkx `dijkstra_path` with weight −log(s).
  ///
  /// - Returns: nil when `target` cannot be reached.
  /// - Throws: `GraphError.vertexOutOfRange`; `GraphError.undefined` naming the first edge whose
  ///   strength is not in (0, 1].
  public func strongestChain(from source: Int, to target: Int) throws(GraphError) -> StrongestChain? {
    try checkVertex(source)
    try checkVertex(target)
    var lengths = [Double](repeating: 0, count: edgeCount)
    if let weights = edgeWeights {
      for (e, s) in weights.enumerated() {
        guard s > 0, s <= 1 else {
          throw .undefined("edge \(e) has strength \(s); strongest chains need strengths in (0, 1]")
        }
        lengths[e] = -log(s)
      }
    }
    let n = vertexCount
    var distance = [Double](repeating: .infinity, count: n)
    var hops = [Int32](repeating: 0, count: n)
    var predecessorEdge = [Int](repeating: -1, count: n)
    var predecessorVertex = [Int](repeating: -1, count: n)
    var settled = [Bool](repeating: false, count: n)
    var heap = DistanceHeap()
    distance[source] = 0
    heap.push(0, Int32(truncatingIfNeeded: source))
    while let (key, vertex, tie) = heap.pop() {
      let v = Int(vertex)
      if settled[v] || key != distance[v] || tie != hops[v] { continue }
      settled[v] = true
      if v == target { break }
      for slot in outRange(v) {
        let w = Int(outNeighbors[slot])
        let e = Int(outEdges[slot])
        if w == v || settled[w] { continue }
        let candidate = distance[v] + lengths[e]
        let candidateHops = hops[v] + 1
        let current = distance[w]
        let better =
          current == .infinity || PathLength.shorter(candidate, current, PathLength.relativeEpsilon)
          || (PathLength.same(candidate, current, PathLength.relativeEpsilon) && candidateHops < hops[w])
        guard better else { continue }
        distance[w] = candidate
        hops[w] = candidateHops
        predecessorEdge[w] = e
        predecessorVertex[w] = v
        heap.push(candidate, Int32(truncatingIfNeeded: w), tie: candidateHops)
      }
    }
    guard settled[target] else { return nil }
    var vertices = [target]
    var edges: [Int] = []
    var w = target
    while w != source {
      edges.append(predecessorEdge[w])
      w = predecessorVertex[w]
      vertices.append(w)
    }
    vertices.reverse()
    edges.reverse()
    var product = 1.0
    var cost = 0.0
    for e in edges {
      product *= weight(ofEdge: e)
      cost += lengths[e]
    }
    return StrongestChain(path: GraphPath(vertices: vertices, edges: edges, cost: cost), strength: product)
  }
}
