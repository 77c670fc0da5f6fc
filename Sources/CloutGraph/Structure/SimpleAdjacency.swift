/// One side (forward or reverse) of a graph's adjacency reduced to the simple graph: self-loops
/// dropped, parallel entries merged into one neighbour whose weight is the sum of theirs.
///
/// Neighbours keep the order of their first occurrence. Cost: O(n + m) time and memory.
struct SimpleAdjacency {
  let offsets: [Int]
  let neighbors: [Int32]
  let weights: [Double]

  init(vertexCount n: Int, offsets: [Int], neighbors: [Int32], edges: [Int32], edgeWeights: [Double]?) {
    var newOffsets = [Int](repeating: 0, count: n + 1)
    var newNeighbors: [Int32] = []
    var newWeights: [Double] = []
    newNeighbors.reserveCapacity(neighbors.count)
    newWeights.reserveCapacity(neighbors.count)
    // position[w]: slot of w in the current vertex's merged list (stale values are below `start`).
    var position = [Int](repeating: -1, count: n)
    for v in 0..<n {
      let start = newNeighbors.count
      for i in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[i])
        if w == v { continue }
        let weight = edgeWeights?[Int(edges[i])] ?? 1
        let p = position[w]
        if p >= start {
          newWeights[p] += weight
        } else {
          position[w] = newNeighbors.count
          newNeighbors.append(neighbors[i])
          newWeights.append(weight)
        }
      }
      newOffsets[v + 1] = newNeighbors.count
    }
    self.offsets = newOffsets
    self.neighbors = newNeighbors
    self.weights = newWeights
  }

  /// Slot range of vertex v.
  @inline(__always)
  func range(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

  /// The number of distinct neighbours of v other than v.
  @inline(__always)
  func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
}

extension CSRGraph {
  /// The forward adjacency of the simple graph (for undirected graphs: all neighbours).
  func simpleOut() -> SimpleAdjacency {
    SimpleAdjacency(
      vertexCount: vertexCount, offsets: outOffsets, neighbors: outNeighbors, edges: outEdges,
      edgeWeights: edgeWeights)
  }

  /// The reverse adjacency of the simple graph.
  func simpleIn() -> SimpleAdjacency {
    SimpleAdjacency(
      vertexCount: vertexCount, offsets: inOffsets, neighbors: inNeighbors, edges: inEdges, edgeWeights: edgeWeights)
  }

  /// Total weight of the self-loops at each vertex (each self-loop edge counted once).
  func selfLoopWeights() -> [Double] {
    var out = [Double](repeating: 0, count: vertexCount)
    for e in 0..<edgeCount where edgeSources[e] == edgeTargets[e] {
      out[Int(edgeSources[e])] += weight(ofEdge: e)
    }
    return out
  }
}
