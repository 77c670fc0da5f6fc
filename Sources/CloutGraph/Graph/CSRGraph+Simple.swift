extension CSRGraph {
  /// The simple undirected graph on the same vertices: one unweighted edge for every pair {u, v},
  /// u ≠ v, joined by at least one edge in either direction. Self-loops are dropped; parallel and
  /// reciprocal edges merge into one.
  ///
  /// Edge {u, v} with u < v is stored from u to v; edges are grouped by u and, within u, in order of
  /// first appearance (out-neighbours before in-neighbours). Weights are dropped: igraph
  /// `as_undirected(mode="collapse")` and networkx `to_undirected()` of a simple digraph. Core
  /// decomposition reads the same simplification (`DistinctNeighbors`) without building a graph.
  ///
  /// Cost: O(n + m) time; O(n) scratch memory beyond the new graph.
  public func simpleUndirected() -> CSRGraph {
    let (start, heads) = DistinctNeighbors.lists(
      vertexCount: vertexCount, first: (outOffsets, outNeighbors), second: isDirected ? (inOffsets, inNeighbors) : nil,
      perSide: false, upperOnly: true, capacity: edgeCount)
    return CSRGraph(assembling: vertexCount, start: start, heads: heads, weights: nil, directed: false)
  }
}
