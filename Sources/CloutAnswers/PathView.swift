import Clout
import CloutIO

/// The answer of `clout path`: the best chains from one vertex to another, each hop with the
/// relations behind it, as text and as a JSON array.
public struct PathView {
  public let g: AnalysisGraph
  public let paths: [GraphPath]
  /// Whether the chains were ranked by number of hops (`--hops`) rather than strength or weight.
  public let hops: Bool

  public init(g: AnalysisGraph, paths: [GraphPath], hops: Bool) {
    self.g = g
    self.paths = paths
    self.hops = hops
  }

  /// The answer as `--format json` prints it: one object per chain; on a network ranked by
  /// strength, each with its `strength`.
  public func tree() -> OutputValue {
    let printer = ChainText(g: g)
    return .array(
      paths.map { p in
        var tree = printer.tree(p)
        if case .object(var fields) = tree, g.projection != nil, !hops {
          fields.append(("strength", .number(AnalysisGraph.strength(ofLength: p.cost))))
          tree = .object(fields)
        }
        return tree
      })
  }

  /// The answer as the command line prints it.
  public func text() -> String {
    let printer = ChainText(g: g)
    var out = ""
    for (i, p) in paths.enumerated() {
      let measure =
        g.projection != nil && !hops
        ? "strength \(formatNumber(AnalysisGraph.strength(ofLength: p.cost)))"
        : (hops ? "\(p.edges.count) hops" : "length \(formatNumber(p.cost))")
      out += "chain \(i + 1): \(p.vertices.map { g.names[$0] }.joined(separator: " → "))  (\(measure))\n"
      out += printer.text(p)
    }
    return out
  }
}
