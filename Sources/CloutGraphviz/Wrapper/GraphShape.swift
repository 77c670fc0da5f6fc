/// What the layout choice depends on: size, direction, how mutual the edges are, how far the graph
/// is from a hierarchy, and how long its edges would be in `dot`'s layering.
public struct GraphShape: Sendable, Hashable {
  public var nodeCount: Int
  public var edgeCount: Int
  /// Whether the graph is a `digraph`.
  public var isDirected: Bool
  /// Whether following edges from tail to head can return to a node (self-loops ignored).
  /// Undirected graphs count too: `dot` ranks their edges from tail to head as written.
  public var hasCycles: Bool
  /// Edges (self-loops excluded) whose reverse edge is also present.
  public var mutualEdges: Int
  /// Edges a depth-first search finds pointing back up its stack: reversing them makes the graph
  /// acyclic (an upper bound on the minimum feedback arc set, the measure of `dot`'s step 1).
  public var feedbackEdges: Int
  /// Virtual nodes `dot` would add: Σ over edges of (rank span − 1) with longest-path ranks on
  /// the graph made acyclic; `dot`'s crossing reduction and coordinates work on n + this.
  public var virtualNodes: Int

  public init(
    nodeCount: Int, edgeCount: Int, hasCycles: Bool, isDirected: Bool = true, mutualEdges: Int = 0,
    feedbackEdges: Int? = nil, virtualNodes: Int = 0
  ) {
    self.nodeCount = nodeCount
    self.edgeCount = edgeCount
    self.hasCycles = hasCycles
    self.isDirected = isDirected
    self.mutualEdges = mutualEdges
    self.feedbackEdges = feedbackEdges ?? (hasCycles ? 1 : 0)
    self.virtualNodes = virtualNodes
  }

  /// The share of edges that are mutual (0 for an empty graph).
  public var mutualShare: Double { edgeCount == 0 ? 0 : Double(mutualEdges) / Double(edgeCount) }
  /// The share of edges that point against the best found hierarchy.
  public var feedbackShare: Double { edgeCount == 0 ? 0 : Double(feedbackEdges) / Double(edgeCount) }

  /// Measures a graph given as edge endpoints over vertices `0..<nodeCount`.
  ///
  /// Feedback edges: iterative depth-first search from each unvisited vertex in order (Tarjan
  /// 1972); an edge to a vertex still on the stack is a back edge, and a graph has a cycle iff
  /// there is one (matches `networkx.is_directed_acyclic_graph`, negated, ignoring self-loops).
  /// Ranks: longest path from the sources over the other edges (Kahn's order), each back edge
  /// counted reversed. Cost: O(n + m) time and memory. Endpoints outside `0..<nodeCount` are
  /// ignored.
  public init(nodeCount n: Int, tails: [Int], heads: [Int], directed: Bool = true) {
    let m = min(tails.count, heads.count)
    var valid: [(Int, Int)] = []
    valid.reserveCapacity(m)
    var pairs: Set<Int> = []
    for i in 0..<m {
      let t = tails[i]
      let h = heads[i]
      guard t != h, t >= 0, h >= 0, t < n, h < n else { continue }
      valid.append((t, h))
      pairs.insert(t &* n &+ h)
    }
    var mutual = 0
    for (t, h) in valid where pairs.contains(h &* n &+ t) { mutual += 1 }
    var offsets = [Int](repeating: 0, count: n + 1)
    for (t, _) in valid { offsets[t + 1] += 1 }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    var fill = offsets
    var targets = [Int](repeating: 0, count: valid.count)
    var slotEdge = [Int](repeating: 0, count: valid.count)
    for (e, (t, h)) in valid.enumerated() {
      targets[fill[t]] = h
      slotEdge[fill[t]] = e
      fill[t] += 1
    }
    // 0 unvisited, 1 on stack, 2 done.
    var state = [UInt8](repeating: 0, count: n)
    var back = [Bool](repeating: false, count: valid.count)
    var stack: [(v: Int, next: Int)] = []
    for root in 0..<n where state[root] == 0 {
      state[root] = 1
      stack.append((root, offsets[root]))
      while let top = stack.last {
        if top.next == offsets[top.v + 1] {
          state[top.v] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let w = targets[top.next]
        switch state[w] {
        case 0:
          state[w] = 1
          stack.append((w, offsets[w]))
        case 1: back[slotEdge[top.next]] = true
        default: break
        }
      }
    }
    let feedback = back.filter { $0 }.count
    var indegree = [Int](repeating: 0, count: n)
    var forward: [[Int]] = Array(repeating: [], count: n)
    for (e, (t, h)) in valid.enumerated() {
      let (a, b) = back[e] ? (h, t) : (t, h)
      forward[a].append(b)
      indegree[b] += 1
    }
    var rank = [Int](repeating: 0, count: n)
    var queue = (0..<n).filter { indegree[$0] == 0 }
    var head = 0
    while head < queue.count {
      let v = queue[head]
      head += 1
      for w in forward[v] {
        rank[w] = max(rank[w], rank[v] + 1)
        indegree[w] -= 1
        if indegree[w] == 0 { queue.append(w) }
      }
    }
    var virtual = 0
    for (t, h) in valid { virtual += max(0, abs(rank[h] - rank[t]) - 1) }
    self.init(
      nodeCount: n, edgeCount: m, hasCycles: feedback > 0, isDirected: directed, mutualEdges: mutual,
      feedbackEdges: feedback, virtualNodes: virtual)
  }
}
