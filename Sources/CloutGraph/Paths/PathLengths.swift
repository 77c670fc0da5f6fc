/// How path algorithms read edge lengths and decide that two path lengths are equal.
///
/// Weighted path algorithms use `edgeWeights` as LENGTHS (a heavier edge is farther). Lengths must be
/// finite and ≥ 0 (the graph already rejects NaN and infinity); a negative length throws
/// `GraphError.negativeWeight`, because Dijkstra's algorithm is wrong on it.
///
/// Tie rule, chosen once per graph by `tolerance(for:)`:
/// - every length an integer and their total below 2^53 (so every path sum is exact in `Double`):
///   lengths are compared EXACTLY, as networkx does with `==`; integer ties are real ties and
///   different integers are never merged, however large;
/// - otherwise two path lengths `a` and `b` are equal when `|a − b| ≤ 1e-10 · max(|a|, |b|)`, the
///   relative epsilon of igraph (`IGRAPH_SHORTEST_PATH_EPSILON`), which keeps ties such as
///   0.1 + 0.2 versus 0.15 + 0.15 that floating-point addition breaks.
package enum PathLength {
  /// Relative tolerance of the tie rule for lengths that are not all integers.
  package static let relativeEpsilon = 1e-10

  /// 0 (exact comparison) when all lengths are integers with an exact total, else `relativeEpsilon`.
  package static func tolerance(for lengths: [Double]?) -> Double {
    guard let lengths else { return 0 }
    var total = 0.0
    for l in lengths {
      guard l == l.rounded() else { return relativeEpsilon }
      total += abs(l)
    }
    return total < 9_007_199_254_740_992 ? 0 : relativeEpsilon
  }

  /// Whether two path lengths count as equal under the tie rule with the given tolerance.
  @inlinable @inline(__always)
  package static func same(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    a == b || abs(a - b) <= tolerance * max(abs(a), abs(b))
  }

  /// Whether two path lengths are equal under the epsilon rule (`relativeEpsilon`); for lengths
  /// that are not all integers this is the rule the searches use.
  @inlinable @inline(__always)
  package static func same(_ a: Double, _ b: Double) -> Bool {
    same(a, b, relativeEpsilon)
  }

  /// Whether `a` is shorter than `b` by more than the tie rule allows.
  @inline(__always)
  static func shorter(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    a < b && !same(a, b, tolerance)
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
