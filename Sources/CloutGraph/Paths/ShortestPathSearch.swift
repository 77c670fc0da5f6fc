/// Reusable single-source shortest-path search with path counts (σ) and predecessor lists, the
/// engine under `ShortestPathTree`, betweenness, closeness, distance matrices and eccentricity.
///
/// The general form of two hot specialisations: `BrandesBreadthFirst` (unweighted betweenness,
/// successor sums instead of predecessor lists) and `BreadthFirstWorkspace` (levels only). They
/// must agree with this search on self-loops, parallel arcs and ties; change them together.
///
/// Breadth-first search when there are no lengths, Dijkstra's algorithm with a binary heap
/// otherwise (lengths ≥ 0, ties by `PathLength.same`). Self-loops are never on a shortest path and
/// are skipped. Each parallel edge is a distinct edge: if two parallel edges both lie on shortest
/// paths, σ counts both and each is a separate predecessor entry.
///
/// All state lives in flat buffers allocated once per workspace (one workspace per thread; it is
/// not shared). Predecessors of `w` are stored in the slots `predecessorStart[w]..<
/// predecessorStart[w] + predecessorCount[w]`: a vertex has at most as many predecessors as arcs
/// entering it, each arc at most once. A new run resets only the vertices the previous run reached,
/// so repeated searches from many sources cost O(reached + scanned arcs) each. The hot loops use
/// unchecked buffers: every index comes from the CSR arrays, which the graph validated.
///
/// Zero-length edges: a tie through a zero-length edge into a vertex that was settled first is not
/// counted (as in networkx and igraph, path counts are only well defined for positive lengths).
final class ShortestPathSearch {
  let graph: CSRGraph
  let lengths: [Double]?
  let reverse: Bool
  let trackPaths: Bool
  let predecessorStart: [Int]
  /// Tie tolerance of `PathLength` for these lengths.
  let tieTolerance: Double

  /// Distance from the source, `.infinity` when not reached.
  let distance: UnsafeMutableBufferPointer<Double>
  /// Number of shortest paths from the source (σ), as a Double (exact below 2^53). Empty unless
  /// `trackPaths`.
  let sigma: UnsafeMutableBufferPointer<Double>
  /// Reached vertices in the order they were settled (non-decreasing distance); the first
  /// `reachedCount` entries are valid.
  let order: UnsafeMutableBufferPointer<Int32>
  private(set) var reachedCount = 0
  let predecessorCount: UnsafeMutableBufferPointer<Int32>
  let predecessorVertex: UnsafeMutableBufferPointer<Int32>
  let predecessorEdge: UnsafeMutableBufferPointer<Int32>
  private let settled: UnsafeMutableBufferPointer<Bool>
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
    tieTolerance = PathLength.tolerance(for: lengths)
    let n = graph.vertexCount
    predecessorStart = reverse ? graph.outOffsets : graph.inOffsets
    let slots = trackPaths ? (predecessorStart.last ?? 0) : 0
    distance = Self.buffer(n, .infinity)
    sigma = Self.buffer(trackPaths ? n : 0, 0)
    order = Self.buffer(n, 0)
    predecessorCount = Self.buffer(trackPaths ? n : 0, 0)
    predecessorVertex = Self.buffer(slots, 0)
    predecessorEdge = Self.buffer(slots, 0)
    settled = Self.buffer(lengths == nil ? 0 : n, false)
  }

  deinit {
    distance.deallocate()
    sigma.deallocate()
    order.deallocate()
    predecessorCount.deallocate()
    predecessorVertex.deallocate()
    predecessorEdge.deallocate()
    settled.deallocate()
  }

  private static func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
    let b = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
    b.initialize(repeating: value)
    return b
  }

  /// The vertices reached by the last run, in settling order.
  var reached: UnsafeMutableBufferPointer<Int32>.SubSequence { order[0..<reachedCount] }

  /// Runs a search from `source` (assumed in range), replacing the previous run's results.
  func run(from source: Int) {
    for i in 0..<reachedCount {
      let v = Int(order[i])
      distance[v] = .infinity
      if trackPaths {
        sigma[v] = 0
        predecessorCount[v] = 0
      }
      if lengths != nil { settled[v] = false }
    }
    reachedCount = 0
    distance[source] = 0
    if trackPaths { sigma[source] = 1 }
    let offsets = reverse ? graph.inOffsets : graph.outOffsets
    let neighbors = reverse ? graph.inNeighbors : graph.outNeighbors
    let edges = reverse ? graph.inEdges : graph.outEdges
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        edges.withUnsafeBufferPointer { edges in
          if let lengths {
            lengths.withUnsafeBufferPointer { lengths in
              dijkstra(from: source, offsets, neighbors, edges, lengths)
            }
          } else {
            breadthFirst(from: source, offsets, neighbors, edges)
          }
        }
      }
    }
  }

  @inline(__always)
  private func addPredecessor(_ w: Int, vertex v: Int, edge e: Int32, replacing: Bool) {
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

  private func breadthFirst(
    from source: Int, _ offsets: UnsafeBufferPointer<Int>, _ neighbors: UnsafeBufferPointer<Int32>,
    _ edges: UnsafeBufferPointer<Int32>
  ) {
    order[0] = Int32(truncatingIfNeeded: source)
    var count = 1
    var head = 0
    while head < count {
      let v = Int(order[head])
      head += 1
      let next = distance[v] + 1
      for slot in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[slot])
        if w == v { continue }
        if distance[w] == .infinity {
          distance[w] = next
          order[count] = neighbors[slot]
          count += 1
        }
        if trackPaths, distance[w] == next {
          addPredecessor(w, vertex: v, edge: edges[slot], replacing: false)
        }
      }
    }
    reachedCount = count
  }

  private func dijkstra(
    from source: Int, _ offsets: UnsafeBufferPointer<Int>, _ neighbors: UnsafeBufferPointer<Int32>,
    _ edges: UnsafeBufferPointer<Int32>, _ lengths: UnsafeBufferPointer<Double>
  ) {
    // A local heap (swapped back afterwards to keep its capacity) avoids exclusivity checks on a
    // class property in the inner loop.
    var heap = DistanceHeap()
    swap(&heap, &self.heap)
    defer { swap(&heap, &self.heap) }
    heap.removeAll()
    heap.push(0, Int32(truncatingIfNeeded: source))
    var count = 0
    let tolerance = tieTolerance
    while let (key, vertex, _) = heap.pop() {
      let v = Int(vertex)
      if settled[v] || key != distance[v] { continue }
      settled[v] = true
      order[count] = vertex
      count += 1
      let dv = distance[v]
      for slot in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[slot])
        if w == v || settled[w] { continue }
        let candidate = dv + lengths[Int(edges[slot])]
        let current = distance[w]
        if current == .infinity || PathLength.shorter(candidate, current, tolerance) {
          distance[w] = candidate
          if trackPaths { addPredecessor(w, vertex: v, edge: edges[slot], replacing: true) }
          heap.push(candidate, neighbors[slot])
        } else if trackPaths, PathLength.same(candidate, current, tolerance) {
          addPredecessor(w, vertex: v, edge: edges[slot], replacing: false)
        }
      }
    }
    reachedCount = count
  }
}
