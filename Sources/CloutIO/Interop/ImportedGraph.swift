import Clout

/// A graph as a foreign file states it — nodes and edges with named attribute values, each value
/// with the place it was written — before `ImportMapper` maps it onto Clout's model. Every reader
/// (GraphML, GEXF, CSV sheets, node-link and Cytoscape.js JSON) produces one.
public struct ImportedGraph: Sendable {
  /// A named value of a node, an edge or the graph.
  package struct Field: Sendable {
    package var name: String
    package var value: LocatedValue

    package init(_ name: String, _ value: LocatedValue) {
      self.name = name
      self.value = value
    }
  }

  public struct Node: Sendable {
    public var id: String
    package var fields: [Field]
    public var location: SourceLocation

    package init(id: String, fields: [Field], location: SourceLocation) {
      self.id = id
      self.fields = fields
      self.location = location
    }

    /// The value of a field, or nil.
    package func field(_ name: String) -> LocatedValue? { fields.first { $0.name == name }?.value }
  }

  public struct Edge: Sendable {
    /// The edge's own id, when the file gives one.
    public var id: String?
    public var source: String
    public var target: String
    /// This edge's direction when the file says so per edge; nil: the graph's default.
    public var directed: Bool?
    package var fields: [Field]
    public var location: SourceLocation
    /// The edge exactly as written in the file (an XML element, a CSV record, a JSON object): the
    /// verbatim quote an imported relation without citations cites.
    public var text: String

    package init(
      id: String?, source: String, target: String, directed: Bool?, fields: [Field], location: SourceLocation,
      text: String
    ) {
      self.id = id
      self.source = source
      self.target = target
      self.directed = directed
      self.fields = fields
      self.location = location
      self.text = text
    }

    /// The value of a field, or nil.
    package func field(_ name: String) -> LocatedValue? { fields.first { $0.name == name }?.value }
  }

  /// The format it was read from.
  public var format: InteropFormat
  /// The path or name it was read from.
  public var origin: String
  /// The default direction of edges.
  public var directed: Bool
  package var graphFields: [Field]
  public var nodes: [Node]
  public var edges: [Edge]
  /// Whether the file declares Clout's `strength` for edges (GraphML key, GEXF attribute, CSV
  /// column, node-link `clout` marker): then `weight` was derived from it and is not read back.
  public var declaresStrength: Bool
  /// Warnings found while reading (what was left out).
  public var diagnostics: [Diagnostic]

  package init(
    format: InteropFormat, origin: String, directed: Bool, graphFields: [Field] = [], nodes: [Node] = [],
    edges: [Edge] = [], declaresStrength: Bool = false, diagnostics: [Diagnostic] = []
  ) {
    self.format = format
    self.origin = origin
    self.directed = directed
    self.graphFields = graphFields
    self.nodes = nodes
    self.edges = edges
    self.declaresStrength = declaresStrength
    self.diagnostics = diagnostics
  }

  /// The value of a graph-level field, or nil.
  package func graphField(_ name: String) -> LocatedValue? { graphFields.first { $0.name == name }?.value }

  /// Whether the file is a Clout network rather than a plain graph: it carries Clout's marker, or
  /// every edge names a relation kind. Analysis commands run plain graphs with their weights as
  /// given (as networkx does) and networks on the influence projection.
  public var isNetwork: Bool {
    if graphField("clout") != nil { return true }
    return !edges.isEmpty && edges.allSatisfy { ImportMapper.kindText(of: $0) != nil }
  }
}
