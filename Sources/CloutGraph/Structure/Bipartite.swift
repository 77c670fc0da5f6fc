extension CSRGraph {
  /// Whether the vertices can be split into two sides with every edge between the sides.
  ///
  /// Breadth-first two-colouring with directions ignored; a self-loop makes a graph non-bipartite and
  /// parallel edges change nothing. Cost: O(n + m) time, O(n) memory. Matches networkx
  /// `bipartite.is_bipartite` (which also ignores directions) and igraph `is_bipartite`.
  public func isBipartite() -> Bool { bipartition() != nil }

  /// One two-colouring witnessing that the graph is bipartite (`true` = second side; each component's
  /// lowest vertex is on the first side), or `nil` if it is not bipartite. O(n + m).
  public func bipartition() -> [Bool]? {
    // Undirected graphs list every neighbour in the forward adjacency; digraphs need both sides.
    var sides = [(offsets: outOffsets, neighbors: outNeighbors)]
    if isDirected { sides.append((inOffsets, inNeighbors)) }
    let colour = TwoColouring.colour(vertexCount: vertexCount, sides: sides, stopOnConflict: true) { _, _ in false }
    return colour?.map { $0 == 1 }
  }
}
