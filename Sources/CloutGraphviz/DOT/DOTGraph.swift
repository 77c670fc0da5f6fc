/// A graph as DOT describes it: a plain, `Sendable` value with no Graphviz pointers in it.
///
/// `Graphviz.parse(dot:)` produces one from DOT text through cgraph; `DOTWriter` turns one into DOT
/// text; `Graphviz.render(_:options:formats:)` lays one out and renders it.
public struct DOTGraph: Sendable, Hashable {
  /// The graph's name, or nil for an anonymous graph.
  public var name: String?
  /// `digraph` (true) or `graph` (false).
  public var isDirected: Bool
  /// `strict`: no parallel edges, no self-loops.
  public var isStrict: Bool
  /// Attributes of the root graph.
  public var attributes: DOTAttributes
  /// Defaults for every node (`node [...]` at the top level).
  public var nodeDefaults: DOTAttributes
  /// Defaults for every edge (`edge [...]` at the top level).
  public var edgeDefaults: DOTAttributes
  /// Nodes in order of creation; attributes hold only values that differ from `nodeDefaults`.
  public var nodes: [DOTNode]
  /// Edges in order of creation; attributes hold only values that differ from `edgeDefaults`.
  public var edges: [DOTEdge]
  /// Subgraphs of the root, clusters included (name starting with `cluster`).
  public var subgraphs: [DOTSubgraph]

  public init(
    name: String? = nil, isDirected: Bool = true, isStrict: Bool = false, attributes: DOTAttributes = [:],
    nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:], nodes: [DOTNode] = [],
    edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []
  ) {
    self.name = name
    self.isDirected = isDirected
    self.isStrict = isStrict
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.edges = edges
    self.subgraphs = subgraphs
  }

  /// The value a node's attribute takes, its own or the default (`nil` if neither).
  public func value(_ name: String, of node: DOTNode) -> DOTValue? {
    node.attributes[name] ?? nodeDefaults[name]
  }

  /// The value an edge's attribute takes, its own or the default (`nil` if neither).
  public func value(_ name: String, of edge: DOTEdge) -> DOTValue? {
    edge.attributes[name] ?? edgeDefaults[name]
  }

  /// Size and cyclicity, for `LayoutAdvisor`. Edges whose endpoints are not among `nodes` are
  /// counted but do not take part in the cycle test. Cost: O(n + m).
  public var shape: GraphShape {
    var index: [String: Int] = [:]
    for (i, node) in nodes.enumerated() where index[node.id] == nil { index[node.id] = i }
    return GraphShape(
      nodeCount: index.count, tails: edges.map { index[$0.tail] ?? -1 }, heads: edges.map { index[$0.head] ?? -1 },
      directed: isDirected)
  }
}

/// A node: its name (the DOT node ID) and attributes.
public struct DOTNode: Sendable, Hashable {
  public var id: String
  public var attributes: DOTAttributes

  public init(id: String, attributes: DOTAttributes = [:]) {
    self.id = id
    self.attributes = attributes
  }
}

/// An edge from `tail` to `head` (node IDs), with an optional key (`[key=…]` in DOT, cgraph's edge
/// name) that tells parallel edges apart.
public struct DOTEdge: Sendable, Hashable {
  public var tail: String
  public var head: String
  public var key: String?
  public var attributes: DOTAttributes

  public init(tail: String, head: String, key: String? = nil, attributes: DOTAttributes = [:]) {
    self.tail = tail
    self.head = head
    self.key = key
    self.attributes = attributes
  }
}

/// A subgraph: a cluster (drawn as a box) when its name starts with `cluster`.
public struct DOTSubgraph: Sendable, Hashable {
  /// The name, or nil for an anonymous subgraph (`{ rank=same; a b }`).
  public var name: String?
  /// Graph attributes of the subgraph that differ from the root graph's defaults. Node attributes
  /// set by `node [...]` inside a subgraph are folded into each node's own attributes on import.
  public var attributes: DOTAttributes
  /// Member nodes, by ID (members of nested subgraphs included).
  public var nodes: [String]
  /// Nested subgraphs.
  public var subgraphs: [DOTSubgraph]

  public init(
    name: String?, attributes: DOTAttributes = [:], nodes: [String] = [], subgraphs: [DOTSubgraph] = []
  ) {
    self.name = name
    self.attributes = attributes
    self.nodes = nodes
    self.subgraphs = subgraphs
  }

  /// Whether Graphviz draws this subgraph as a cluster.
  public var isCluster: Bool { name?.hasPrefix("cluster") ?? false }
}
