/// How path algorithms read edge lengths and decide that two path lengths are equal.
///
/// Weighted path algorithms use `edgeWeights` as LENGTHS (a heavier edge is farther). Lengths must be
/// finite and ≥ 0 (the graph already rejects NaN and infinity); a negative length throws
/// `GraphError.negativeWeight`, because Dijkstra's algorithm is wrong on it.
///
/// Tie rule: two path lengths `a` and `b` are equal when `|a − b| ≤ 1e-10 · max(|a|, |b|)`, the
/// relative epsilon of igraph (`IGRAPH_SHORTEST_PATH_EPSILON`). Sums of integer lengths below 2^53 are
/// exact in `Double`, and two different integers below 10^10 are always more than that epsilon
/// apart, so integer-weight ties are exact (as in networkx, which compares with `==`). Unlike `==`,
/// the epsilon also keeps ties such as 0.1 + 0.2 versus 0.3 that floating-point addition breaks.
enum PathLength {
  /// Relative tolerance of the tie rule.
  static let relativeEpsilon = 1e-10

  /// Whether two path lengths count as equal under the tie rule.
  @inline(__always)
  static func same(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= relativeEpsilon * max(abs(a), abs(b))
  }

  /// Whether `a` is shorter than `b` by more than the tie rule allows.
  @inline(__always)
  static func shorter(_ a: Double, _ b: Double) -> Bool {
    a < b && !same(a, b)
  }
}

extension CSRGraph {
  /// The edge lengths a weighted path algorithm uses: `nil` means every edge has length 1 (the
  /// graph is unweighted or `weighted` is false), so breadth-first search applies.
  ///
  /// - Throws: `GraphError.negativeWeight` naming the first edge with a negative length.
  func pathLengths(weighted: Bool) throws(GraphError) -> [Double]? {
    guard weighted, let weights = edgeWeights else { return nil }
    for (e, w) in weights.enumerated() where w < 0 { throw .negativeWeight(edge: e, value: w) }
    return weights
  }

  /// Throws `GraphError.vertexOutOfRange` unless `v` is a vertex of this graph.
  func checkVertex(_ v: Int) throws(GraphError) {
    guard v >= 0, v < vertexCount else { throw .vertexOutOfRange(v) }
  }
}
