/// A walk through a graph: its vertices in order, the edge ids between them, and its cost.
///
/// `edges[i]` joins `vertices[i]` to `vertices[i + 1]`, so with parallel edges the edge ids say which
/// of them the path takes. `cost` is the sum of the edge lengths (or the hop count when unweighted),
/// added from the first edge to the last.
public struct GraphPath: Sendable, Equatable, Hashable {
  /// The vertices from source to target.
  public let vertices: [Int]
  /// The edge ids, one fewer than the vertices.
  public let edges: [Int]
  /// Total length (sum of edge lengths, or the number of edges when unweighted).
  public let cost: Double

  /// A path with its cost given.
  public init(vertices: [Int], edges: [Int], cost: Double) {
    self.vertices = vertices
    self.edges = edges
    self.cost = cost
  }
}

extension CSRGraph {
  /// The cost of a sequence of edges under the given lengths (nil: one per edge), summed in order.
  func cost(ofEdges edges: [Int], lengths: [Double]?) -> Double {
    guard let lengths else { return Double(edges.count) }
    var total = 0.0
    for e in edges { total += lengths[e] }
    return total
  }
}
