import Clout
import CloutIO

/// The answer of `clout path` on an imported graph (an edge list, no evidence): the shortest
/// paths from one vertex to another, weights read as lengths as in networkx, as text and as a
/// JSON array. Chains of a network print through `ChainsView`.
public struct PathView {
  public let g: AnalysisGraph
  public let paths: [GraphPath]
  /// Whether the paths were ranked by number of hops (`--hops`) rather than length.
  public let hops: Bool

  public init(g: AnalysisGraph, paths: [GraphPath], hops: Bool) {
    self.g = g
    self.paths = paths
    self.hops = hops
  }

  /// The answer as `--format json` prints it: one object per path.
  public func tree() -> OutputValue {
    .array(paths.map(ChainText(g: g).tree))
  }

  /// The answer as the command line prints it.
  public func text() -> String {
    let printer = ChainText(g: g)
    var out = ""
    for (i, p) in paths.enumerated() {
      let measure = hops ? "\(p.edges.count) hops" : "length \(formatNumber(p.cost))"
      out += "path \(i + 1): \(p.vertices.map { g.names[$0] }.joined(separator: " → "))  (\(measure))\n"
      out += printer.text(p)
    }
    return out
  }
}
