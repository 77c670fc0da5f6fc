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
    var core = [Int](repeating: 0, count: n)
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        core.withUnsafeMutableBufferPointer { core in
          Self.peel(n: n, offsets: offsets, neighbors: neighbors, into: core)
        }
      }
    }
    return core
  }

  /// Batagelj–Zaversnik peeling on flat buffers: `order` holds the vertices sorted by current
  /// degree, `bin[d]` the first position of degree d, `position[v]` where v is.
  private static func peel(
    n: Int, offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>,
    into degree: UnsafeMutableBufferPointer<Int>
  ) {
    var maxDegree = 0
    for v in 0..<n {
      degree[v] = offsets[v + 1] - offsets[v]
      maxDegree = max(maxDegree, degree[v])
    }
    let bin = UnsafeMutableBufferPointer<Int>.allocate(capacity: maxDegree + 1)
    let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let position = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
    defer {
      bin.deallocate()
      order.deallocate()
      position.deallocate()
    }
    bin.initialize(repeating: 0)
    for v in 0..<n { bin[degree[v]] += 1 }
    var start = 0
    for d in 0...maxDegree {
      let c = bin[d]
      bin[d] = start
      start += c
    }
    for v in 0..<n {
      position[v] = bin[degree[v]]
      order[position[v]] = Int32(truncatingIfNeeded: v)
      bin[degree[v]] += 1
    }
    for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
    bin[0] = 0
    for i in 0..<n {
      let v = Int(order[i])
      let dv = degree[v]
      for slot in offsets[v]..<offsets[v + 1] {
        let u = Int(neighbors[slot])
        let du = degree[u]
        guard du > dv else { continue }
        // Move u to the front of its degree bucket, then shrink the bucket past it.
        let pu = position[u]
        let pw = bin[du]
        let w = Int(order[pw])
        if u != w {
          position[u] = pw
          order[pu] = Int32(truncatingIfNeeded: w)
          position[w] = pu
          order[pw] = Int32(truncatingIfNeeded: u)
        }
        bin[du] += 1
        degree[u] = du - 1
      }
    }
  }

  /// Neighbour lists of the loop-free simple graph for core decomposition: for a digraph, the
  /// distinct out-neighbours followed by the distinct in-neighbours (a reciprocated neighbour twice).
  /// O(n + m), with one stamp per vertex and side instead of a set.
  private func coreAdjacency() -> (offsets: [Int], neighbors: [Int32]) {
    let n = vertexCount
    let sides = isDirected ? 2 : 1
    let outOffsets = self.outOffsets
    let outNeighbors = self.outNeighbors
    let inOffsets = self.inOffsets
    let inNeighbors = self.inNeighbors
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors = [Int32](repeating: 0, count: outNeighbors.count + (isDirected ? inNeighbors.count : 0))
    var count = 0
    var mark = [Int32](repeating: -1, count: n * sides)
    mark.withUnsafeMutableBufferPointer { mark in
      neighbors.withUnsafeMutableBufferPointer { list in
        outOffsets.withUnsafeBufferPointer { outOffsets in
          outNeighbors.withUnsafeBufferPointer { outNeighbors in
            inOffsets.withUnsafeBufferPointer { inOffsets in
              inNeighbors.withUnsafeBufferPointer { inNeighbors in
                for v in 0..<n {
                  let stamp = Int32(truncatingIfNeeded: v)
                  for side in 0..<sides {
                    let from = side == 0 ? outOffsets : inOffsets
                    let to = side == 0 ? outNeighbors : inNeighbors
                    let base = side * n
                    for slot in from[v]..<from[v + 1] {
                      let w = to[slot]
                      if Int(w) == v || mark[base + Int(w)] == stamp { continue }
                      mark[base + Int(w)] = stamp
                      list[count] = w
                      count += 1
                    }
                  }
                  offsets[v + 1] = count
                }
              }
            }
          }
        }
      }
    }
    neighbors.removeLast(neighbors.count - count)
    return (offsets, neighbors)
  }
}
