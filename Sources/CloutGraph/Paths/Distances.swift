extension CSRGraph {
  /// Shortest-path distances from one source to every vertex, without path counts or
  /// predecessors: the fast kernel for "how far is everyone".
  ///
  /// Breadth-first search (hop counts) when unweighted or `weighted` is false; otherwise Dijkstra's
  /// algorithm with edge weights as LENGTHS (≥ 0): with Dial's bucket queue when every length is
  /// an integer up to `BucketDistances.lengthLimit` (255), else a 4-ary heap with decrease-key. Unreachable
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
    let offsets = incoming ? inOffsets : outOffsets
    let neighbors = incoming ? inNeighbors : outNeighbors
    guard let lengths = try pathLengths(weighted: weighted) else {
      let search = BreadthFirstWorkspace(graph: self, incoming: incoming)
      search.run(from: source)
      return search.level.map { $0 < 0 ? .infinity : Double($0) }
    }
    // Lengths in slot order when the slots are the edge ids, else through the slot's edge id.
    let slotsAreEdges = incoming ? inSlotsAreEdgeIDs : outSlotsAreEdgeIDs
    if let bound = BucketDistances.lengthBound(lengths) {
      return BucketDistances.distances(
        from: source, n: vertexCount, offsets: offsets, neighbors: neighbors,
        edges: slotsAreEdges ? nil : (incoming ? inEdges : outEdges), lengths: lengths, bound: bound)
    }
    return SingleSourceDistances.dijkstra(
      from: source, n: vertexCount, offsets: offsets, neighbors: neighbors,
      edges: slotsAreEdges ? nil : (incoming ? inEdges : outEdges), lengths: lengths)
  }
}

/// Flat-buffer single-source searches behind `CSRGraph.distances(from:weighted:direction:)`.
enum SingleSourceDistances {
  /// Dijkstra's algorithm with a 4-ary decrease-key heap; `edges` maps slots to edge ids (nil:
  /// slots are edge ids).
  static func dijkstra(
    from source: Int, n: Int, offsets: [Int], neighbors: [Int32], edges: [Int32]?, lengths: [Double]
  ) -> [Double] {
    var distance = [Double](repeating: .infinity, count: n)
    var heap = IndexedDistanceHeap(capacity: n)
    distance.withUnsafeMutableBufferPointer { distance in
      offsets.withUnsafeBufferPointer { offsets in
        neighbors.withUnsafeBufferPointer { neighbors in
          (edges ?? []).withUnsafeBufferPointer { edges in
            lengths.withUnsafeBufferPointer { lengths in
              let direct = edges.isEmpty
              distance[source] = 0
              heap.push(source, 0)
              while !heap.isEmpty {
                let (v, key) = heap.pop()
                for slot in offsets[v]..<offsets[v + 1] {
                  let w = Int(neighbors[slot])
                  let candidate = key + lengths[direct ? slot : Int(edges[slot])]
                  if candidate < distance[w] {
                    distance[w] = candidate
                    heap.push(w, candidate)
                  }
                }
              }
            }
          }
        }
      }
    }
    return distance
  }
}
