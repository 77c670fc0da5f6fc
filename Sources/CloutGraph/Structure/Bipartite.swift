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
    let n = vertexCount
    var colour = [Int8](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    for root in 0..<n where colour[root] < 0 {
      colour[root] = 0
      var head = 0
      var tail = 1
      queue[0] = Int32(truncatingIfNeeded: root)
      while head < tail {
        let v = Int(queue[head])
        head += 1
        // Undirected graphs list every neighbour in the forward adjacency; digraphs need both.
        for pass in 0..<(isDirected ? 2 : 1) {
          let range = pass == 0 ? outRange(v) : inRange(v)
          for i in range {
            let w = Int(pass == 0 ? outNeighbors[i] : inNeighbors[i])
            if colour[w] < 0 {
              colour[w] = 1 - colour[v]
              queue[tail] = Int32(truncatingIfNeeded: w)
              tail += 1
            } else if colour[w] == colour[v] {
              return nil
            }
          }
        }
      }
    }
    return colour.map { $0 == 1 }
  }
}
