extension CSRGraph {
  /// Calls `body(source, target, e)` for every edge e in id order, with the edge's real direction
  /// (also for a `reversed()` view). The way for an algorithm to read every edge once without
  /// knowing how the graph stores them.
  ///
  /// - Complexity: O(n + m), no allocation.
  @inlinable
  package func forEachEdge(_ body: (_ source: Int32, _ target: Int32, _ edge: Int) -> Void) {
    let n = vertexCount
    let flipped = isFlipped
    edgeStart.withUnsafeBufferPointer { start in
      edgeHeads.withUnsafeBufferPointer { heads in
        // Edge ids run in stored-tail order; a reversed view stores each edge from its target.
        if flipped {
          for v in 0..<n {
            let stored = Int32(truncatingIfNeeded: v)
            for e in start[v]..<start[v + 1] { body(heads[e], stored, e) }
          }
        } else {
          for v in 0..<n {
            let stored = Int32(truncatingIfNeeded: v)
            for e in start[v]..<start[v + 1] { body(stored, heads[e], e) }
          }
        }
      }
    }
  }

  /// Per-edge values (edge id order) in in-slot order: `inEdges.map { perEdge[$0] }`, returned as
  /// they are when the in-slots already are the edge ids. O(m) at most.
  package func inSlotValues<T>(_ perEdge: [T]) -> [T] {
    inSlotsAreEdgeIDs ? perEdge : inEdges.map { perEdge[Int($0)] }
  }

  /// Whether every vertex's in-slots list its in-neighbours in increasing order (the reverse
  /// adjacency of a directed graph as built); not for a `reversed()` view or an undirected graph.
  package var inSlotsFollowTailOrder: Bool { isDirected && !isFlipped }
}
