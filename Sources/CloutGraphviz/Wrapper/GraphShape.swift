/// The size and cyclicity of a graph: what the layout choice depends on.
public struct GraphShape: Sendable, Hashable {
  public var nodeCount: Int
  public var edgeCount: Int
  /// Whether following edges from tail to head can return to a node (self-loops ignored).
  /// Undirected graphs count too: `dot` ranks their edges from tail to head as written.
  public var hasCycles: Bool

  public init(nodeCount: Int, edgeCount: Int, hasCycles: Bool) {
    self.nodeCount = nodeCount
    self.edgeCount = edgeCount
    self.hasCycles = hasCycles
  }

  /// Measures a graph given as edge endpoints over vertices `0..<nodeCount`.
  ///
  /// Cycle test: Kahn's topological sort (A. B. Kahn, "Topological sorting of large networks",
  /// CACM 5(11), 1962) on the tail→head digraph without self-loops; a cycle exists iff some vertex
  /// is never freed. Matches `networkx.is_directed_acyclic_graph` (negated), ignoring self-loops.
  /// Cost: O(n + m) time and memory. Endpoints outside `0..<nodeCount` are ignored.
  public init(nodeCount: Int, tails: [Int], heads: [Int]) {
    self.nodeCount = nodeCount
    self.edgeCount = min(tails.count, heads.count)
    var indegree = [Int](repeating: 0, count: nodeCount)
    var offsets = [Int](repeating: 0, count: nodeCount + 1)
    var valid: [(Int, Int)] = []
    valid.reserveCapacity(edgeCount)
    for i in 0..<edgeCount {
      let t = tails[i]
      let h = heads[i]
      guard t != h, t >= 0, h >= 0, t < nodeCount, h < nodeCount else { continue }
      valid.append((t, h))
      indegree[h] += 1
      offsets[t + 1] += 1
    }
    for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
    var fill = offsets
    var targets = [Int](repeating: 0, count: valid.count)
    for (t, h) in valid {
      targets[fill[t]] = h
      fill[t] += 1
    }
    var queue = (0..<nodeCount).filter { indegree[$0] == 0 }
    var head = 0
    while head < queue.count {
      let v = queue[head]
      head += 1
      for slot in offsets[v]..<offsets[v + 1] {
        let w = targets[slot]
        indegree[w] -= 1
        if indegree[w] == 0 { queue.append(w) }
      }
    }
    self.hasCycles = queue.count < nodeCount
  }
}
