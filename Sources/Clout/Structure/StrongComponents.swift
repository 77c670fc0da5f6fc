extension CSRGraph {
  /// Strongly connected components: maximal vertex sets in which every vertex reaches every other
  /// along edge directions.
  ///
  /// Tarjan's algorithm (Tarjan 1972, SIAM J. Comput. 1(2):146–160) with an explicit stack instead of
  /// recursion, so graphs with millions of vertices on one long path do not overflow the call stack.
  /// On an undirected graph these are the connected components. Blocks are numbered by their lowest
  /// vertex. Cost: O(n + m) time, O(n) memory. Matches networkx `strongly_connected_components` and
  /// igraph `connected_components(mode="strong")`.
  public func stronglyConnectedComponents() -> VertexPartition {
    if !isDirected { return connectedComponents() }
    let n = vertexCount
    var index = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var label = [Int32](repeating: -1, count: n)
    var stack: [Int32] = []
    // Depth-first call stack: the vertex and the next slot of its out-adjacency to look at.
    var callVertex: [Int32] = []
    var callSlot: [Int] = []
    var counter: Int32 = 0
    var components: Int32 = 0

    for root in 0..<n where index[root] < 0 {
      index[root] = counter
      low[root] = counter
      counter += 1
      stack.append(Int32(truncatingIfNeeded: root))
      onStack[root] = true
      callVertex.append(Int32(truncatingIfNeeded: root))
      callSlot.append(outOffsets[root])
      while let top = callVertex.last {
        let v = Int(top)
        let slot = callSlot[callSlot.count - 1]
        if slot < outOffsets[v + 1] {
          callSlot[callSlot.count - 1] = slot + 1
          let w = Int(outNeighbors[slot])
          if index[w] < 0 {
            index[w] = counter
            low[w] = counter
            counter += 1
            stack.append(Int32(truncatingIfNeeded: w))
            onStack[w] = true
            callVertex.append(Int32(truncatingIfNeeded: w))
            callSlot.append(outOffsets[w])
          } else if onStack[w] {
            low[v] = min(low[v], index[w])
          }
          continue
        }
        callVertex.removeLast()
        callSlot.removeLast()
        if let parent = callVertex.last {
          low[Int(parent)] = min(low[Int(parent)], low[v])
        }
        if low[v] == index[v] {
          while let w = stack.popLast() {
            onStack[Int(w)] = false
            label[Int(w)] = components
            if Int(w) == v { break }
          }
          components += 1
        }
      }
    }
    return VertexPartition(renumbering: label, labelBound: Int(components))
  }

  /// Whether every vertex reaches every other along edge directions (for undirected graphs: whether
  /// the graph is connected). O(n + m).
  ///
  /// The graph without vertices counts as not strongly connected (igraph's convention; networkx
  /// raises). Matches networkx `is_strongly_connected`.
  public func isStronglyConnected() -> Bool { vertexCount > 0 && stronglyConnectedComponents().count == 1 }
}
