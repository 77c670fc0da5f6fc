extension CSRGraph {
  /// The core number of each vertex: the largest k such that the vertex belongs to a subgraph in
  /// which every vertex has degree ≥ k (the k-core).
  ///
  /// Degrees are those of the simple graph: self-loops are removed first and parallel edges count
  /// once (A lobbying B twice does not make either more central to the core). On a directed graph
  /// the degree is in-degree + out-degree, so a reciprocated pair u⇄v contributes 2.
  ///
  /// Batagelj & Zaversnik (2003), "An O(m) algorithm for cores decomposition of networks",
  /// arXiv:cs/0310049: bucket-sorted peeling. Cost: O(n + m) time and memory. Matches networkx
  /// `core_number` (on the loop-free graph) and igraph `coreness(mode="all")`.
  public func coreNumbers() -> [Int] {
    let n = vertexCount
    let (offsets, neighbors) = coreAdjacency()
    var degree = [Int](repeating: 0, count: n)
    var maxDegree = 0
    for v in 0..<n {
      degree[v] = offsets[v + 1] - offsets[v]
      maxDegree = max(maxDegree, degree[v])
    }
    // bin[d]: first position of degree d in `order`; order: vertices sorted by current degree.
    var bin = [Int](repeating: 0, count: maxDegree + 1)
    for d in degree { bin[d] += 1 }
    var start = 0
    for d in 0...maxDegree {
      let c = bin[d]
      bin[d] = start
      start += c
    }
    var order = [Int](repeating: 0, count: n)
    var position = [Int](repeating: 0, count: n)
    for v in 0..<n {
      position[v] = bin[degree[v]]
      order[position[v]] = v
      bin[degree[v]] += 1
    }
    for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
    bin[0] = 0

    for i in 0..<n {
      let v = order[i]
      for slot in offsets[v]..<offsets[v + 1] {
        let u = Int(neighbors[slot])
        let du = degree[u]
        guard du > degree[v] else { continue }
        // Move u to the front of its degree bucket, then shrink the bucket past it.
        let pu = position[u]
        let pw = bin[du]
        let w = order[pw]
        if u != w {
          position[u] = pw
          order[pu] = w
          position[w] = pu
          order[pw] = u
        }
        bin[du] += 1
        degree[u] = du - 1
      }
    }
    return degree
  }

  /// Neighbour lists of the loop-free simple graph for core decomposition: for a digraph, the
  /// distinct out-neighbours followed by the distinct in-neighbours (a reciprocated neighbour twice).
  private func coreAdjacency() -> (offsets: [Int], neighbors: [Int32]) {
    let out = simpleOut()
    guard isDirected else { return (out.offsets, out.neighbors) }
    let into = simpleIn()
    var offsets = [Int](repeating: 0, count: vertexCount + 1)
    var neighbors: [Int32] = []
    neighbors.reserveCapacity(out.neighbors.count + into.neighbors.count)
    for v in 0..<vertexCount {
      neighbors.append(contentsOf: out.neighbors[out.range(v)])
      neighbors.append(contentsOf: into.neighbors[into.range(v)])
      offsets[v + 1] = neighbors.count
    }
    return (offsets, neighbors)
  }
}
