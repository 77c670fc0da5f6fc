extension CSRGraph {
  /// The vertices with a directed path of at most `hops` arcs to `target` (the target first, then
  /// the others in breadth-first order from it along in-arcs): the candidates of a hop-limited
  /// influence ranking.
  ///
  /// Definition: every v with d(v → target) ≤ hops, hop distances (every v that reaches the target
  /// when `hops` is negative); an undirected graph's edges count both ways. Breadth-first search (Moore 1959) on the kernels' workspace with a level
  /// limit. Cost: O(reached vertices + their in-arcs); O(n) memory.
  package func verticesReaching(_ target: Int, within hops: Int) -> [Int] {
    let search = BreadthFirstWorkspace(graph: self, incoming: true)
    search.run(from: target, maxLevel: hops)
    return search.reached.map { Int($0) }
  }
}
