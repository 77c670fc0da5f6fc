extension CSRGraph {
  /// The simple undirected graph on the same vertices: one unweighted edge for every pair {u, v},
  /// u ≠ v, joined by at least one edge in either direction. Self-loops are dropped; parallel and
  /// reciprocal edges merge into one.
  ///
  /// Edge {u, v} with u < v is stored from u to v; edges are grouped by u and, within u, in order of
  /// first appearance (out-neighbours before in-neighbours). Weights are dropped: this is the graph
  /// that core decomposition and unweighted community detection read, igraph
  /// `as_undirected(mode="collapse")` and networkx `to_undirected()` of a simple digraph.
  ///
  /// Cost: O(n + m) time; O(n) scratch memory beyond the new graph.
  public func simpleUndirected() -> CSRGraph {
    let n = vertexCount
    let outOffsets = self.outOffsets
    let outNeighbors = self.outNeighbors
    let inOffsets = self.inOffsets
    let inNeighbors = self.inNeighbors
    let sides = isDirected ? 2 : 1
    var start = [Int](repeating: 0, count: n + 1)
    var heads: [Int32] = []
    heads.reserveCapacity(edgeCount)
    var mark = [Int32](repeating: -1, count: n)
    mark.withUnsafeMutableBufferPointer { mark in
      outOffsets.withUnsafeBufferPointer { outOffsets in
        outNeighbors.withUnsafeBufferPointer { outNeighbors in
          inOffsets.withUnsafeBufferPointer { inOffsets in
            inNeighbors.withUnsafeBufferPointer { inNeighbors in
              for v in 0..<n {
                let stamp = Int32(truncatingIfNeeded: v)
                for side in 0..<sides {
                  let offsets = side == 0 ? outOffsets : inOffsets
                  let neighbors = side == 0 ? outNeighbors : inNeighbors
                  for slot in offsets[v]..<offsets[v + 1] {
                    let w = neighbors[slot]
                    if Int(w) > v && mark[Int(w)] != stamp {
                      mark[Int(w)] = stamp
                      heads.append(w)
                    }
                  }
                }
                start[v + 1] = heads.count
              }
            }
          }
        }
      }
    }
    return CSRGraph(assembling: n, start: start, heads: heads, weights: nil, directed: false)
  }
}
