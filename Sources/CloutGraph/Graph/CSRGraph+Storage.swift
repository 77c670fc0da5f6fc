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

/// The arrays of a `CSRGraph` as buffer pointers, for kernels that index them in their inner loops.
/// Handed out by `CSRGraph.withBuffers(_:)` and valid only inside it.
///
/// The sides are those of the graph's accessors: `out…` as `outOffsets`/`outNeighbors`, `in…` as
/// `inOffsets`/`inNeighbors` (both the full adjacency when undirected), with a `reversed()` view
/// already swapped. `outEdges`/`inEdges` are empty where the slots are the edge ids themselves
/// (`outSlotsAreEdgeIDs`, `inSlotsAreEdgeIDs`); `weights` is empty when the graph is unweighted.
/// Read-only, so that the chunks of a parallel kernel may share it.
struct CSRBuffers: @unchecked Sendable {
  let outOffsets: UnsafeBufferPointer<Int>
  let outNeighbors: UnsafeBufferPointer<Int32>
  let outEdges: UnsafeBufferPointer<Int32>
  let inOffsets: UnsafeBufferPointer<Int>
  let inNeighbors: UnsafeBufferPointer<Int32>
  let inEdges: UnsafeBufferPointer<Int32>
  let weights: UnsafeBufferPointer<Double>
}

extension CSRGraph {
  /// Calls `body` with the graph's arrays as buffer pointers (see `CSRBuffers`), the one place where
  /// the stored arrays are opened: a kernel takes one handle instead of nesting a closure per array.
  ///
  /// - Complexity: O(1), no allocation or copy.
  func withBuffers<R, E: Error>(_ body: (CSRBuffers) throws(E) -> R) throws(E) -> R {
    let directed = isDirected
    let flipped = isFlipped
    return try edgeStart.withUnsafeBufferPointer { start throws(E) in
      try edgeHeads.withUnsafeBufferPointer { heads throws(E) in
        try crossOffsets.withUnsafeBufferPointer { crossOffsets throws(E) in
          try crossNeighbors.withUnsafeBufferPointer { crossNeighbors throws(E) in
            try crossEdges.withUnsafeBufferPointer { crossEdges throws(E) in
              try (edgeWeights ?? []).withUnsafeBufferPointer { weights throws(E) in
                // The stored side (edge ids as slots) is `out` unless this is a reversed view;
                // the cross side is the other one, or both for an undirected graph.
                let none = UnsafeBufferPointer<Int32>(start: nil, count: 0)
                let storedOut = directed && !flipped
                let storedIn = flipped
                let buffers = CSRBuffers(
                  outOffsets: storedOut ? start : crossOffsets,
                  outNeighbors: storedOut ? heads : crossNeighbors,
                  outEdges: storedOut ? none : crossEdges,
                  inOffsets: storedIn ? start : crossOffsets,
                  inNeighbors: storedIn ? heads : crossNeighbors,
                  inEdges: storedIn ? none : crossEdges,
                  weights: weights)
                return try body(buffers)
              }
            }
          }
        }
      }
    }
  }
}
