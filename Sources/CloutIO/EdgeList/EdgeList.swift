import Clout

/// A plain edge list read straight into the engine, without building a `Network`: one edge per
/// line, `src dst [weight]`, whitespace- or comma-separated, `#` comments.
public struct EdgeList: Sendable {
  /// The graph; vertex i is labelled `label(i)`.
  public let graph: CSRGraph
  /// Vertex labels in first-appearance order, or nil when every label is a plain non-negative
  /// integer: vertices are then those integers themselves (n = largest id + 1, as igraph and
  /// NetworKit read such files).
  public let labels: [String]?

  public init(graph: CSRGraph, labels: [String]?) {
    self.graph = graph
    self.labels = labels
  }

  /// The label of vertex v.
  public func label(_ v: Int) -> String { labels?[v] ?? String(v) }

  /// The vertex with this label, if any. O(n) for named labels.
  public func vertex(_ label: String) -> Int? {
    if let labels { return labels.firstIndex(of: label) }
    guard let v = Int(label), v >= 0, v < graph.vertexCount else { return nil }
    return v
  }

  /// Whether a file name looks like an edge list (`.txt`, `.edges`, `.edgelist`, `.tsv`, `.csv`).
  public static func isEdgeListFile(_ path: String) -> Bool {
    let lower = path.lowercased()
    return [".txt", ".edges", ".edgelist", ".tsv", ".csv", ".el"].contains { lower.hasSuffix($0) }
  }
}
