extension CSRGraph {
  /// Strongly connected components: maximal vertex sets in which every vertex reaches every other
  /// along edge directions.
  ///
  /// Tarjan's algorithm (Tarjan 1972, SIAM J. Comput. 1(2):146–160) with an explicit stack instead of
  /// recursion, so graphs with millions of vertices on one long path do not overflow the call stack,
  /// on flat buffers allocated once (a vertex is on Tarjan's stack exactly when it has an index and
  /// no component yet). On an undirected graph these are the connected components. Blocks are
  /// numbered by their lowest vertex. Cost: O(n + m) time, O(n) memory. Matches networkx
  /// `strongly_connected_components` and igraph `connected_components(mode="strong")`.
  public func stronglyConnectedComponents() -> VertexPartition {
    if !isDirected { return connectedComponents() }
    let n = vertexCount
    var component = [Int32](repeating: -1, count: n)
    var components: Int32 = 0
    let index = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let low = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let stack = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let callVertex = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let callSlot = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
    defer {
      for b in [index, low, stack, callVertex] { b.deallocate() }
      callSlot.deallocate()
    }
    index.initialize(repeating: -1)
    let offsets = outOffsets
    let neighbors = outNeighbors
    component.withUnsafeMutableBufferPointer { component in
      offsets.withUnsafeBufferPointer { offsets in
        neighbors.withUnsafeBufferPointer { neighbors in
          var counter: Int32 = 0
          var top = 0
          var depth = 0
          for root in 0..<n where index[root] < 0 {
            index[root] = counter
            low[root] = counter
            counter += 1
            stack[top] = Int32(truncatingIfNeeded: root)
            top += 1
            callVertex[0] = Int32(truncatingIfNeeded: root)
            callSlot[0] = offsets[root]
            depth = 1
            while depth > 0 {
              let v = Int(callVertex[depth - 1])
              var slot = callSlot[depth - 1]
              let end = offsets[v + 1]
              var descended = false
              while slot < end {
                let w = Int(neighbors[slot])
                slot += 1
                if index[w] < 0 {
                  callSlot[depth - 1] = slot
                  index[w] = counter
                  low[w] = counter
                  counter += 1
                  stack[top] = Int32(truncatingIfNeeded: w)
                  top += 1
                  callVertex[depth] = Int32(truncatingIfNeeded: w)
                  callSlot[depth] = offsets[w]
                  depth += 1
                  descended = true
                  break
                }
                if component[w] < 0 && index[w] < low[v] { low[v] = index[w] }
              }
              if descended { continue }
              depth -= 1
              if depth > 0 {
                let parent = Int(callVertex[depth - 1])
                if low[v] < low[parent] { low[parent] = low[v] }
              }
              if low[v] == index[v] {
                while true {
                  top -= 1
                  let w = Int(stack[top])
                  component[w] = components
                  if w == v { break }
                }
                components += 1
              }
            }
          }
        }
      }
    }
    return VertexPartition(renumbering: component, labelBound: Int(components))
  }

  /// Whether every vertex reaches every other along edge directions (for undirected graphs: whether
  /// the graph is connected). O(n + m).
  ///
  /// The graph without vertices counts as not strongly connected (igraph's convention; networkx
  /// raises). Matches networkx `is_strongly_connected`.
  public func isStronglyConnected() -> Bool { vertexCount > 0 && stronglyConnectedComponents().count == 1 }
}
