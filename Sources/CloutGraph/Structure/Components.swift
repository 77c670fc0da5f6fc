extension CSRGraph {
  /// Connected components, ignoring edge directions (on a directed graph these are the weakly
  /// connected components).
  ///
  /// Union–find over the stored edges (union by smaller root, path halving), so neither the
  /// reverse adjacency nor a queue is read; parallel edges and self-loops change nothing. Every
  /// root is the lowest vertex of its tree, so one pass in vertex order numbers the blocks by their
  /// lowest vertex. Cost: O(m α(n)) time in practice near O(n + m), O(n) memory.
  /// Matches networkx `connected_components` / `weakly_connected_components` and igraph
  /// `connected_components(mode="weak")`.
  public func connectedComponents() -> VertexPartition {
    let n = vertexCount
    var parent = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
      for v in 0..<n { buffer[v] = Int32(truncatingIfNeeded: v) }
      count = n
    }
    var label = [Int32](repeating: 0, count: n)
    var blocks: Int32 = 0
    parent.withUnsafeMutableBufferPointer { parent in
      /// The root of v's tree, halving the path on the way.
      @inline(__always) func find(_ v: Int32) -> Int32 {
        var x = v
        while parent[Int(x)] != x {
          let grand = parent[Int(parent[Int(x)])]
          parent[Int(x)] = grand
          x = grand
        }
        return x
      }
      forEachEdge { source, target, _ in
        let a = find(source)
        let b = find(target)
        if a < b {
          parent[Int(b)] = a
        } else if b < a {
          parent[Int(a)] = b
        }
      }
      label.withUnsafeMutableBufferPointer { label in
        for v in 0..<n {
          let root = Int(find(Int32(truncatingIfNeeded: v)))
          if root == v {
            label[v] = blocks
            blocks += 1
          } else {
            label[v] = label[root]
          }
        }
      }
    }
    return VertexPartition(renumbering: label, labelBound: Int(blocks))
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
