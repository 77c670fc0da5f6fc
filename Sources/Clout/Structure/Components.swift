extension CSRGraph {
  /// Connected components, ignoring edge directions (on a directed graph these are the weakly
  /// connected components).
  ///
  /// Breadth-first search over forward and reverse adjacency; parallel edges and self-loops change
  /// nothing. Blocks are numbered by their lowest vertex. Cost: O(n + m) time, O(n) memory.
  /// Matches networkx `connected_components` / `weakly_connected_components` and igraph
  /// `connected_components(mode="weak")`.
  public func connectedComponents() -> VertexPartition {
    let n = vertexCount
    var label = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    var count: Int32 = 0
    for root in 0..<n where label[root] < 0 {
      label[root] = count
      var head = 0
      var tail = 0
      queue[tail] = Int32(truncatingIfNeeded: root)
      tail += 1
      while head < tail {
        let v = Int(queue[head])
        head += 1
        for i in outRange(v) {
          let w = Int(outNeighbors[i])
          if label[w] < 0 {
            label[w] = count
            queue[tail] = Int32(truncatingIfNeeded: w)
            tail += 1
          }
        }
        if isDirected {
          for i in inRange(v) {
            let w = Int(inNeighbors[i])
            if label[w] < 0 {
              label[w] = count
              queue[tail] = Int32(truncatingIfNeeded: w)
              tail += 1
            }
          }
        }
      }
      count += 1
    }
    // Roots are taken in vertex order, so blocks are already numbered by their lowest vertex.
    return VertexPartition(renumbering: label, labelBound: Int(count))
  }

  /// Weakly connected components: the components of the graph with directions ignored.
  /// Identical to `connectedComponents()`; named for readers of directed-graph code. O(n + m).
  /// Matches networkx `weakly_connected_components`.
  public func weaklyConnectedComponents() -> VertexPartition { connectedComponents() }

  /// Whether every vertex reaches every other when directions are ignored. O(n + m).
  ///
  /// The graph without vertices counts as disconnected (igraph's convention; networkx raises).
  /// Matches networkx `is_connected` / `is_weakly_connected`.
  public func isConnected() -> Bool { vertexCount > 0 && connectedComponents().count == 1 }

  /// Whether the graph is weakly connected; the same as `isConnected()`. O(n + m).
  public func isWeaklyConnected() -> Bool { isConnected() }
}
