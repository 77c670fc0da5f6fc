/// Size limits checked after parsing and before layout, so that a call cannot hold the process-wide
/// Graphviz lock for minutes (an in-process layout cannot be cancelled).
///
/// Defaults follow measurements with Graphviz 2.43 on 2 cores (see `LayoutAdvisor`): `sfdp` lays out
/// 5,000 nodes / 15,000 edges in about 1 s; `dot` needs ~8 s for a 5,000-node layered DAG but more
/// than 10 minutes for a 300-node random (cyclic) graph without iteration limits.
public struct GraphvizLimits: Sendable, Hashable {
  /// Most nodes any layout accepts.
  public var maxNodes: Int
  /// Most edges any layout accepts.
  public var maxEdges: Int
  /// Most nodes `dot` accepts when the graph has a directed cycle.
  public var maxDotNodesCyclic: Int
  /// Most nodes `dot` accepts when the graph is acyclic.
  public var maxDotNodesAcyclic: Int

  public init(
    maxNodes: Int = 50_000, maxEdges: Int = 250_000, maxDotNodesCyclic: Int = 400,
    maxDotNodesAcyclic: Int = 10_000
  ) {
    self.maxNodes = maxNodes
    self.maxEdges = maxEdges
    self.maxDotNodesCyclic = maxDotNodesCyclic
    self.maxDotNodesAcyclic = maxDotNodesAcyclic
  }

  /// The default limits.
  public static let standard = GraphvizLimits()
  /// No limits (trusted input, patient caller).
  public static let none = GraphvizLimits(
    maxNodes: .max, maxEdges: .max, maxDotNodesCyclic: .max, maxDotNodesAcyclic: .max)

  /// Throws `.tooLarge` if a graph of this size may not be laid out with `layout`.
  func check(_ shape: GraphShape, layout: GraphvizLayout) throws(GraphvizError) {
    if shape.nodeCount > maxNodes || shape.edgeCount > maxEdges {
      throw GraphvizError(
        .tooLarge,
        "the graph has \(shape.nodeCount) nodes and \(shape.edgeCount) edges; the limit is \(maxNodes) nodes "
          + "and \(maxEdges) edges (filter the network, or raise the limits)")
    }
    guard layout == .dot else { return }
    let limit = shape.hasCycles ? maxDotNodesCyclic : maxDotNodesAcyclic
    if shape.nodeCount > limit {
      throw GraphvizError(
        .tooLarge,
        "dot cannot lay out \(shape.nodeCount) nodes \(shape.hasCycles ? "with cycles " : "")in reasonable time "
          + "(limit \(limit)); use sfdp, or let Clout choose the layout")
    }
  }
}
