extension CSRGraph {
  /// The same graph with every arc turned around (edge ids and weights kept). Undirected graphs
  /// are returned as they are. Cost: O(1) beyond copying array references — the reverse
  /// adjacency already exists, so the two are swapped.
  public func reversed() -> CSRGraph {
    if !isDirected { return self }
    return CSRGraph(reversing: self)
  }
}
