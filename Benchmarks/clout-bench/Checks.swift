import Clout

/// Summaries of results in the exact form `Benchmarks/peers.py` records them, so the runner can say
/// whether Clout and the peers agree (results.md "Cross-checks").
enum Checks {
  /// PageRank: sum, max and the five highest vertices (stable order: lower id first on ties).
  static func pageRank(_ x: [Double]) -> [String: Any] {
    let top = Array(x.indices.sorted { x[$0] != x[$1] ? x[$0] > x[$1] : $0 < $1 }.prefix(5))
    return ["sum": x.reduce(0, +), "max": x.max() ?? 0, "top5": top]
  }

  /// Distances: how many vertices were reached, the sum and the largest finite distance.
  static func distances(_ d: [Double]) -> [String: Any] {
    let reached = d.filter(\.isFinite)
    return ["reached": reached.count, "sum": reached.reduce(0, +), "max": reached.max() ?? 0]
  }

  /// Components: how many and the largest.
  static func components(_ p: VertexPartition) -> [String: Any] {
    ["count": p.count, "largest": p.sizes().max() ?? 0]
  }

  /// A centrality: max, argmax (first) and sum.
  static func centrality(_ x: [Double]) -> [String: Any] {
    guard let best = x.indices.max(by: { x[$0] < x[$1] || (x[$0] == x[$1] && $0 > $1) }) else { return [:] }
    return ["max": x[best], "argmax": best, "sum": x.reduce(0, +)]
  }

  /// Core numbers: max and sum.
  static func cores(_ k: [Int]) -> [String: Any] { ["max": k.max() ?? 0, "sum": k.reduce(0, +)] }
}
