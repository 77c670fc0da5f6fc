extension CSRGraph {
  /// Articulation points (cut vertices): vertices whose removal increases the number of connected
  /// components, ascending.
  ///
  /// Hopcroft & Tarjan (1973), "Efficient algorithms for graph manipulation", CACM 16(6):372–378:
  /// one depth-first search with low-points, run with an explicit stack (no recursion). Self-loops
  /// and parallel edges change nothing. Cost: O(n + m) time, O(n) memory. Matches networkx
  /// `articulation_points` and igraph `articulation_points`.
  ///
  /// - Throws: `GraphError.undefined` on a directed graph (use `undirected()` first).
  public func articulationPoints() throws(GraphError) -> [Int] {
    let search = try biconnectedSearch()
    return search.isCut.indices.filter { search.isCut[$0] }
  }

  /// Bridges (cut edges): edges whose removal increases the number of connected components, as edge
  /// ids, ascending.
  ///
  /// An edge with a parallel twin is never a bridge (removing one copy leaves the other); a
  /// self-loop never is. Same depth-first search as `articulationPoints()` (Hopcroft & Tarjan 1973;
  /// Tarjan 1974, IPL 2(6):160–161), skipping only the tree edge's own id when looking for back
  /// edges. Cost: O(n + m) time, O(n + m) memory. Matches networkx `bridges` (which also treats
  /// parallel edges this way for multigraphs) and igraph `bridges`.
  ///
  /// - Throws: `GraphError.undefined` on a directed graph (use `undirected()` first).
  public func bridges() throws(GraphError) -> [Int] {
    let search = try biconnectedSearch()
    return search.isBridge.indices.filter { search.isBridge[$0] }
  }

  private func biconnectedSearch() throws(GraphError) -> (isCut: [Bool], isBridge: [Bool]) {
    guard !isDirected else {
      throw .undefined(
        "articulation points and bridges are defined for undirected graphs; call undirected() on the digraph first")
    }
    let n = vertexCount
    var discovery = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var parentEdge = [Int32](repeating: -1, count: n)
    var isCut = [Bool](repeating: false, count: n)
    var isBridge = [Bool](repeating: false, count: edgeCount)
    var callVertex: [Int32] = []
    var callSlot: [Int] = []
    var time: Int32 = 0
    for root in 0..<n where discovery[root] < 0 {
      discovery[root] = time
      low[root] = time
      time += 1
      var rootChildren = 0
      callVertex.append(Int32(truncatingIfNeeded: root))
      callSlot.append(outOffsets[root])
      while let top = callVertex.last {
        let v = Int(top)
        let slot = callSlot[callSlot.count - 1]
        if slot < outOffsets[v + 1] {
          callSlot[callSlot.count - 1] = slot + 1
          let w = Int(outNeighbors[slot])
          let e = outEdges[slot]
          if w == v || e == parentEdge[v] { continue }
          if discovery[w] < 0 {
            discovery[w] = time
            low[w] = time
            time += 1
            parentEdge[w] = e
            if v == root { rootChildren += 1 }
            callVertex.append(Int32(truncatingIfNeeded: w))
            callSlot.append(outOffsets[w])
          } else {
            low[v] = min(low[v], discovery[w])
          }
          continue
        }
        callVertex.removeLast()
        callSlot.removeLast()
        guard let parent = callVertex.last.map({ Int($0) }) else { continue }
        low[parent] = min(low[parent], low[v])
        if low[v] > discovery[parent] { isBridge[Int(parentEdge[v])] = true }
        if parent != root && low[v] >= discovery[parent] { isCut[parent] = true }
      }
      if rootChildren >= 2 { isCut[root] = true }
    }
    return (isCut, isBridge)
  }
}
