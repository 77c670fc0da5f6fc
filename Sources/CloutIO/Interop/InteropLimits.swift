/// Bounds on what an imported file may hold, so that a hostile or broken file is an error with a
/// place rather than memory exhaustion.
public struct InteropLimits: Sendable, Hashable {
  /// The longest attribute value, CSV cell or JSON string, in bytes of UTF-8.
  public var maxValueBytes: Int
  /// The longest run of character data inside one XML element (GraphML `<data>` holding a table).
  public var maxTextBytes: Int
  /// The deepest nesting of XML elements or JSON values.
  public var maxDepth: Int
  /// The largest file read.
  public var maxFileBytes: Int
  /// The most nodes, and the most edges, a file may hold.
  public var maxNodes: Int
  public var maxEdges: Int
  /// The most attribute values one node or edge may have.
  public var maxAttributes: Int
  /// The most memberships of nodes in DOT subgraphs, a node counting once in every subgraph around
  /// it (Graphviz keeps a record of each).
  public var maxSubgraphMemberships: Int

  public init(
    maxValueBytes: Int = 1 << 20, maxTextBytes: Int = 16 << 20, maxDepth: Int = 256,
    maxFileBytes: Int = NetworkLoader.maxBytes, maxNodes: Int = 1_000_000, maxEdges: Int = 10_000_000,
    maxAttributes: Int = 1_000, maxSubgraphMemberships: Int = 4_000_000
  ) {
    self.maxValueBytes = maxValueBytes
    self.maxTextBytes = maxTextBytes
    self.maxDepth = maxDepth
    self.maxFileBytes = maxFileBytes
    self.maxNodes = maxNodes
    self.maxEdges = maxEdges
    self.maxAttributes = maxAttributes
    self.maxSubgraphMemberships = maxSubgraphMemberships
  }

  /// Checks the counts of nodes, edges and attribute values of a read graph; the error names the
  /// first element beyond a bound. Cost: O(nodes + edges).
  package func check(_ graph: ImportedGraph) throws(InputError) {
    if graph.nodes.count > maxNodes {
      throw InputError(
        "the file holds \(graph.nodes.count) nodes, more than the \(maxNodes) allowed",
        at: graph.nodes[maxNodes].location, hint: "split the graph into several files")
    }
    if graph.edges.count > maxEdges {
      throw InputError(
        "the file holds \(graph.edges.count) edges, more than the \(maxEdges) allowed",
        at: graph.edges[maxEdges].location, hint: "split the graph into several files")
    }
    for node in graph.nodes where node.fields.count > maxAttributes {
      throw InputError(
        "node '\(node.id)' has \(node.fields.count) attribute values, more than the \(maxAttributes) allowed",
        at: node.fields[maxAttributes].value.location)
    }
    for edge in graph.edges where edge.fields.count > maxAttributes {
      throw InputError(
        "an edge has \(edge.fields.count) attribute values, more than the \(maxAttributes) allowed",
        at: edge.fields[maxAttributes].value.location)
    }
  }

  public static let standard = InteropLimits()

  /// A byte count for messages: `3.2 MiB`, `12 KiB`, `80 bytes`.
  static func size(_ bytes: Int) -> String {
    if bytes >= 1 << 20 { return "\((Double(bytes) / Double(1 << 20) * 10).rounded() / 10) MiB" }
    if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
