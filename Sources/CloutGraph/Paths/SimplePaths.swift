extension CSRGraph {
  /// The number of simple paths from `source` to `target` with at most `maxEdges` edges.
  ///
  /// A simple path repeats no vertex, so self-loops never count and `source == target` gives 0.
  /// Weights are ignored. Paths are edge sequences: with parallel edges, each choice of edge is a
  /// separate path. Directed graphs follow arcs forwards.
  ///
  /// Method: iterative depth-first search with an on-path mark per vertex (no recursion), so memory is
  /// O(n + maxEdges). Cost: proportional to the number of partial paths explored, at most
  /// O(Δ^maxEdges) for maximum degree Δ — keep the cutoff small on dense graphs.
  /// Matches networkx `all_simple_paths(G, source, target, cutoff)` counted, and igraph
  /// `get_all_simple_paths(cutoff=…)`.
  ///
  /// - Throws: `GraphError.vertexOutOfRange`; `GraphError.undefined` if the count overflows `Int`.
  public func simplePathCount(from source: Int, to target: Int, maxEdges: Int) throws(GraphError) -> Int {
    try checkVertex(source)
    try checkVertex(target)
    guard source != target, maxEdges >= 1 else { return 0 }
    var onPath = [Bool](repeating: false, count: vertexCount)
    var stackVertex = [source]
    var stackCursor = [outOffsets[source]]
    onPath[source] = true
    var count = 0
    while let v = stackVertex.last {
      let top = stackVertex.count - 1
      let cursor = stackCursor[top]
      guard cursor < outOffsets[v + 1] else {
        onPath[v] = false
        stackVertex.removeLast()
        stackCursor.removeLast()
        continue
      }
      stackCursor[top] = cursor + 1
      let w = Int(outNeighbors[cursor])
      if onPath[w] { continue }
      if w == target {
        let (sum, overflow) = count.addingReportingOverflow(1)
        if overflow { throw .undefined("more than \(Int.max) simple paths; lower the cutoff") }
        count = sum
      } else if stackVertex.count < maxEdges {
        // The path to w has `stackVertex.count` edges; w may extend it only below the cutoff.
        onPath[w] = true
        stackVertex.append(w)
        stackCursor.append(outOffsets[w])
      }
    }
    return count
  }
}
