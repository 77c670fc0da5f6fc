/// A layout picked for a graph, the graph attributes that keep it bounded, and why.
public struct LayoutChoice: Sendable, Hashable {
  public let layout: GraphvizLayout
  /// Graph attributes to set unless the input sets them (`nslimit`, `mclimit`, `overlap`…).
  public let graphAttributes: [String: String]
  /// One sentence for the user (the CLI prints it on stderr).
  public let reason: String
}

/// Chooses a Graphviz layout that finishes in reasonable time for a graph of a given shape.
///
/// Rule (from in-process measurements with Graphviz 2.43, 2 cores, ~3 edges per node — see
/// `graphviz-facts.md` in the shared notes):
/// - `dot` for acyclic graphs up to 1,500 nodes and 6,000 edges (a layered 1,000-node DAG: 0.4 s),
///   with `nslimit`/`mclimit` bounds above 300 nodes (5,000 layered nodes took ~8 s unbounded);
/// - `dot` for graphs with cycles only up to 150 nodes and 450 edges, bounded by `nslimit=4`,
///   `nslimit1=4`, `mclimit=0.5` (a random 100-node graph took 0.64 s; 300 nodes ran for more than
///   10 minutes without the bounds and 10 s with `nslimit=2`);
/// - `sfdp` otherwise (5,000 random nodes / 15,000 edges: ~1 s), with `overlap=prism` and
///   `splines=false` above 2,000 edges so edge routing stays cheap.
/// Cost: O(1); the caller measures the graph (`GraphShape`, O(n + m)).
public enum LayoutAdvisor {
  static let dotAcyclicNodes = 1_500
  static let dotAcyclicEdges = 6_000
  static let dotCyclicNodes = 150
  static let dotCyclicEdges = 450
  static let boundedDotAbove = 300

  /// Picks a layout for a graph of the given shape.
  public static func choose(for shape: GraphShape) -> LayoutChoice {
    let n = shape.nodeCount
    let m = shape.edgeCount
    let size = "\(n) nodes, \(m) edges"
    if !shape.hasCycles, n <= dotAcyclicNodes, m <= dotAcyclicEdges {
      return LayoutChoice(
        layout: .dot, graphAttributes: tuning(for: .dot, shape: shape),
        reason: "layout dot: \(size), no cycles (dot stays under a second up to ~1,000 acyclic nodes)")
    }
    if shape.hasCycles, n <= dotCyclicNodes, m <= dotCyclicEdges {
      let attributes = tuning(for: .dot, shape: shape)
      let bounded = attributes.isEmpty ? "" : " with bounded iterations (nslimit, mclimit)"
      return LayoutChoice(
        layout: .dot, graphAttributes: attributes, reason: "layout dot\(bounded): \(size), with cycles but small")
    }
    let why =
      shape.hasCycles
      ? "with cycles (dot's ranking and crossing reduction explode past ~150 cyclic nodes)"
      : "too large for dot (over \(dotAcyclicNodes) nodes or \(dotAcyclicEdges) edges)"
    return LayoutChoice(
      layout: .sfdp, graphAttributes: tuning(for: .sfdp, shape: shape),
      reason: "layout sfdp: \(size), \(why)")
  }

  /// The graph attributes that bound a layout's work for a graph of this shape (empty if none
  /// are needed). Applied to explicitly chosen layouts too, unless the input sets them.
  public static func tuning(for layout: GraphvizLayout, shape: GraphShape) -> [String: String] {
    switch layout {
    case .dot:
      if shape.hasCycles, shape.nodeCount > 40 {
        return ["nslimit": "4", "nslimit1": "4", "mclimit": "0.5"]
      }
      if shape.nodeCount > boundedDotAbove {
        return ["nslimit": "20", "nslimit1": "20", "mclimit": "0.5"]
      }
      return [:]
    case .sfdp:
      var attributes = ["overlap": "prism"]
      if shape.edgeCount > 2_000 { attributes["splines"] = "false" }
      return attributes
    case .neato, .fdp:
      return ["overlap": "false"]
    case .circo, .twopi:
      return [:]
    }
  }
}
