import Clout

extension ImportedGraph {
  /// The graph exactly as the file gives it, for analysis without Clout's influence semantics:
  /// vertices are the nodes in file order, edges keep their direction (undirected edges of a mixed
  /// graph become two arcs) and their `weight` (1 where an edge has none, as networkx reads
  /// weights), parallel edges stay. This is what networkx computes on after `read_graphml`,
  /// `read_gexf` or `node_link_graph`.
  ///
  /// - Throws: `InputError` with every edge whose end is not a node, every weight that is not a
  ///   finite number and every node id used twice, each at its place.
  /// - Returns: the graph and the vertex labels (node ids).
  /// Cost: O(n + m).
  public func plainGraph() throws(InputError) -> (graph: CSRGraph, ids: [String]) {
    var errors: [Diagnostic] = []
    var index: [String: Int32] = [:]
    for node in nodes {
      if index[node.id] != nil {
        errors.append(
          .error("node id '\(node.id)' is used twice", at: node.location, hint: "give each node its own id"))
      } else {
        index[node.id] = Int32(truncatingIfNeeded: index.count)
      }
    }
    guard index.count < Int(Int32.max) else { throw InputError("\(origin): too many nodes (at most \(Int32.max))") }
    let weighted = edges.contains { $0.field("weight") != nil }
    let undirected = !directed && edges.allSatisfy { $0.directed != true }
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    for edge in edges {
      var ends: [Int32] = []
      for (role, id) in [("source", edge.source), ("target", edge.target)] {
        if let v = index[id] {
          ends.append(v)
        } else {
          errors.append(
            .error(
              "edge \(edge.source) → \(edge.target) names \(role) '\(id)', which is not a node of the file",
              at: edge.location, hint: "declare the node, or fix the edge's \(role)"))
        }
      }
      var w = 1.0
      if let value = edge.field("weight") {
        if let text = value.scalarText, let x = Double(text), x.isFinite {
          w = x
        } else {
          errors.append(
            .error("edge weight '\(value.displayText)' is not a finite number", at: value.location))
        }
      }
      guard ends.count == 2 else { continue }
      let arcs = (!undirected && (edge.directed ?? directed) == false) ? 2 : 1
      for k in 0..<arcs {
        sources.append(ends[k])
        targets.append(ends[1 - k])
        weights.append(w)
      }
    }
    if !errors.isEmpty { throw InputError(errors) }
    let ids = nodes.map(\.id)
    do {
      let graph = try CSRGraph(
        vertexCount: ids.count, sources: sources, targets: targets, weights: weighted ? weights : nil,
        directed: !undirected)
      return (graph, ids)
    } catch {
      throw InputError("\(origin): \(error)")
    }
  }
}
