extension CSRGraph {
  /// Shortest-path distances from one source to every vertex, without path counts or
  /// predecessors: the fast kernel for "how far is everyone".
  ///
  /// Breadth-first search (hop counts) when unweighted or `weighted` is false; otherwise Dijkstra's
  /// algorithm with edge weights as LENGTHS (≥ 0): with Dial's bucket queue when every length is
  /// an integer up to `BucketQueue.lengthLimit` (255), else a 4-ary heap with decrease-key. Unreachable
  /// vertices get `.infinity`; the source 0. Parallel edges: the shortest counts; self-loops never
  /// shorten anything. The distances equal those of `shortestPaths(from:weighted:direction:)`.
  ///
  /// Cost: O(n + m) unweighted, O((n + m) log m) weighted (O(n + m + D) with buckets, D the largest
  /// distance); O(n) memory. Matches networkx
  /// `single_source_shortest_path_length` / `single_source_dijkstra_path_length` and igraph
  /// `distances(source, mode="out")`.
  ///
  /// - Throws: `GraphError.vertexOutOfRange` for a bad source, `GraphError.negativeWeight` for a
  ///   negative length.
  public func distances(
    from source: Int, weighted: Bool = true, direction: TraversalDirection = .outgoing
  ) throws(GraphError) -> [Double] {
    try checkVertex(source)
    let incoming = direction == .incoming && isDirected
    guard let lengths = try pathLengths(weighted: weighted) else {
      let search = BreadthFirstWorkspace(graph: self, incoming: incoming)
      search.run(from: source)
      return search.level.map { $0 < 0 ? .infinity : Double($0) }
    }
    var distance = [Double](repeating: .infinity, count: vertexCount)
    // Lengths in slot order when the slots are the edge ids, else through the slot's edge id.
    let slotsAreEdges = incoming ? inSlotsAreEdgeIDs : outSlotsAreEdgeIDs
    let edges = slotsAreEdges ? [] : (incoming ? inEdges : outEdges)
    let bound = BucketQueue.lengthBound(lengths)
    (incoming ? inOffsets : outOffsets).withUnsafeBufferPointer { offsets in
      (incoming ? inNeighbors : outNeighbors).withUnsafeBufferPointer { neighbors in
        edges.withUnsafeBufferPointer { edges in
          lengths.withUnsafeBufferPointer { lengths in
            distance.withUnsafeMutableBufferPointer { distance in
              var rule = ExactDistances()
              if let bound {
                var queue = BucketQueue(lengthBound: bound, capacity: vertexCount + 1)
                Dijkstra.run(
                  from: source, queue: &queue, rule: &rule, offsets: offsets, neighbors: neighbors, edges: edges,
                  lengths: lengths, distance: distance)
              } else {
                var queue = IndexedDistanceHeap(capacity: vertexCount)
                Dijkstra.run(
                  from: source, queue: &queue, rule: &rule, offsets: offsets, neighbors: neighbors, edges: edges,
                  lengths: lengths, distance: distance)
              }
            }
          }
        }
      }
    }
    return distance
  }
}
