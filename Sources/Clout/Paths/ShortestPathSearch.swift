/// Reusable single-source shortest-path search with path counts (σ) and predecessor lists, the
/// engine under `ShortestPathTree`, betweenness, closeness, distance matrices and eccentricity.
///
/// Breadth-first search when there are no lengths, Dijkstra's algorithm with a binary heap
/// otherwise (lengths ≥ 0, ties by `PathLength.same`). Self-loops are never on a shortest path and
/// are skipped. Each parallel edge is a distinct edge: if two parallel edges both lie on shortest
/// paths, σ counts both and each is a separate predecessor entry.
///
/// All state lives in flat arrays sized once: predecessors of `w` are stored in the slots
/// `predecessorStart[w]..<predecessorStart[w] + predecessorCount[w]` (a vertex has at most as many
/// predecessors as arcs entering it, each arc at most once). A new run resets only the vertices the
/// previous run reached, so repeated searches from many sources cost O(reached + scanned arcs) each.
///
/// Zero-length edges: a tie through a zero-length edge into a vertex that was settled first is not
/// counted (as in networkx and igraph, path counts are only well defined for positive lengths).
struct ShortestPathSearch {
  let graph: CSRGraph
  let lengths: [Double]?
  let reverse: Bool
  let trackPaths: Bool

  /// Distance from the source, `.infinity` when not reached.
  private(set) var distance: [Double]
  /// Number of shortest paths from the source (σ), as a Double (exact below 2^53).
  private(set) var sigma: [Double]
  /// Reached vertices in the order they were settled (non-decreasing distance).
  private(set) var order: [Int32] = []
  private(set) var predecessorCount: [Int32]
  private(set) var predecessorVertex: [Int32]
  private(set) var predecessorEdge: [Int32]
  let predecessorStart: [Int]
  private var settled: [Bool]
  private var heap = DistanceHeap()

  /// - Parameters:
  ///   - lengths: edge lengths (already validated ≥ 0), or nil for hop counts.
  ///   - reverse: follow arcs backwards (distances TO the source instead of from it).
  ///   - trackPaths: also count shortest paths and record predecessors.
  init(graph: CSRGraph, lengths: [Double]?, reverse: Bool, trackPaths: Bool) {
    self.graph = graph
    self.lengths = lengths
    self.reverse = reverse
    self.trackPaths = trackPaths
    let n = graph.vertexCount
    distance = [Double](repeating: .infinity, count: n)
    sigma = [Double](repeating: 0, count: trackPaths ? n : 0)
    predecessorCount = [Int32](repeating: 0, count: trackPaths ? n : 0)
    // Predecessors of w arrive over arcs entering w (leaving w when reversed).
    predecessorStart = reverse ? graph.outOffsets : graph.inOffsets
    let slots = trackPaths ? (predecessorStart.last ?? 0) : 0
    predecessorVertex = [Int32](repeating: 0, count: slots)
    predecessorEdge = [Int32](repeating: 0, count: slots)
    settled = [Bool](repeating: false, count: lengths == nil ? 0 : n)
    order.reserveCapacity(n)
  }

  /// Runs a search from `source` (assumed in range), replacing the previous run's results.
  mutating func run(from source: Int) {
    for v in order {
      let i = Int(v)
      distance[i] = .infinity
      if trackPaths {
        sigma[i] = 0
        predecessorCount[i] = 0
      }
      if lengths != nil { settled[i] = false }
    }
    order.removeAll(keepingCapacity: true)
    distance[source] = 0
    if trackPaths { sigma[source] = 1 }
    if let lengths {
      dijkstra(from: source, lengths: lengths)
    } else {
      breadthFirst(from: source)
    }
  }

  @inline(__always)
  private mutating func addPredecessor(_ w: Int, vertex v: Int, edge e: Int32, replacing: Bool) {
    if replacing {
      sigma[w] = sigma[v]
      predecessorCount[w] = 0
    } else {
      sigma[w] += sigma[v]
    }
    let slot = predecessorStart[w] + Int(predecessorCount[w])
    predecessorVertex[slot] = Int32(truncatingIfNeeded: v)
    predecessorEdge[slot] = e
    predecessorCount[w] += 1
  }

  private mutating func breadthFirst(from source: Int) {
    let offsets = reverse ? graph.inOffsets : graph.outOffsets
    let neighbors = reverse ? graph.inNeighbors : graph.outNeighbors
    let edges = reverse ? graph.inEdges : graph.outEdges
    order.append(Int32(truncatingIfNeeded: source))
    var head = 0
    while head < order.count {
      let v = Int(order[head])
      head += 1
      let next = distance[v] + 1
      for slot in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[slot])
        if w == v { continue }
        if distance[w] == .infinity {
          distance[w] = next
          order.append(neighbors[slot])
        }
        if trackPaths, distance[w] == next {
          addPredecessor(w, vertex: v, edge: edges[slot], replacing: false)
        }
      }
    }
  }

  private mutating func dijkstra(from source: Int, lengths: [Double]) {
    let offsets = reverse ? graph.inOffsets : graph.outOffsets
    let neighbors = reverse ? graph.inNeighbors : graph.outNeighbors
    let edges = reverse ? graph.inEdges : graph.outEdges
    heap.removeAll()
    heap.push(0, Int32(truncatingIfNeeded: source))
    while let (key, vertex, _) = heap.pop() {
      let v = Int(vertex)
      if settled[v] || key != distance[v] { continue }
      settled[v] = true
      order.append(vertex)
      let dv = distance[v]
      for slot in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[slot])
        if w == v || settled[w] { continue }
        let candidate = dv + lengths[Int(edges[slot])]
        let current = distance[w]
        if current == .infinity || PathLength.shorter(candidate, current) {
          distance[w] = candidate
          if trackPaths { addPredecessor(w, vertex: v, edge: edges[slot], replacing: true) }
          heap.push(candidate, neighbors[slot])
        } else if trackPaths, PathLength.same(candidate, current) {
          addPredecessor(w, vertex: v, edge: edges[slot], replacing: false)
        }
      }
    }
  }
}
