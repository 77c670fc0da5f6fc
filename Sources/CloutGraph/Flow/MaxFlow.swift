/// A maximum flow between two vertices and the minimum cut that certifies it.
public struct MaxFlowResult: Sendable, Equatable {
  /// The maximum flow value, equal to the capacity of the minimum cut.
  public let value: Double
  /// The net flow carried by each edge (by edge id). Directed: ≥ 0 along the arc. Undirected:
  /// positive when it runs from the edge's source to its target as stored, negative the other way.
  public let edgeFlow: [Double]
  /// The source side of a minimum cut: the vertices the source still reaches in the residual graph
  /// (the smallest such side).
  public let sourceSide: [Bool]
  /// The edges crossing the cut (directed: from the source side to the other; undirected: with one
  /// endpoint on each side), ascending edge ids. Their capacities add up to `value`.
  public let cutEdges: [Int]
}

extension CSRGraph {
  /// The maximum flow from `source` to `sink` and a minimum cut (max-flow = min-cut, Ford &
  /// Fulkerson 1956).
  ///
  /// Capacities are 1 per edge, or the edge weights when `weighted`. An undirected edge can carry
  /// up to its capacity in either direction. Parallel edges are separate channels, so their
  /// capacities add up; self-loops are irrelevant and ignored. Dinic's algorithm (Dinitz 1970,
  /// Soviet Math. Dokl. 11:1277): breadth-first levels, then blocking flows by an iterative
  /// depth-first search with current-arc pointers. Cost: O(n²m) time in general, O(m·√n) with unit
  /// capacities; O(n + m) memory. Matches networkx `maximum_flow_value` / `minimum_cut` and igraph
  /// `maxflow`.
  ///
  /// - Throws: `GraphError.vertexOutOfRange` for a bad endpoint, `GraphError.undefined` if
  ///   `source == sink`, `GraphError.negativeWeight` if `weighted` and a capacity is negative.
  public func maxFlow(from source: Int, to sink: Int, weighted: Bool) throws(GraphError) -> MaxFlowResult {
    guard source >= 0, source < vertexCount else { throw .vertexOutOfRange(source) }
    guard sink >= 0, sink < vertexCount else { throw .vertexOutOfRange(sink) }
    guard source != sink else { throw .undefined("maximum flow needs two different vertices, got \(source) twice") }
    if weighted, let w = edgeWeights {
      for (e, x) in w.enumerated() where x < 0 { throw .negativeWeight(edge: e, value: x) }
    }
    var network = FlowNetwork(graph: self, weighted: weighted)
    let value = network.run(source: source, sink: sink)
    let side = network.residualReach(from: source)
    var cut: [Int] = []
    var flow = [Double](repeating: 0, count: edgeCount)
    for e in 0..<edgeCount {
      let u = Int(edgeSources[e])
      let v = Int(edgeTargets[e])
      if u == v { continue }
      let forward = network.residual[2 * e]
      let backward = network.residual[2 * e + 1]
      flow[e] = isDirected ? backward : (backward - forward) / 2
      if isDirected ? (side[u] && !side[v]) : (side[u] != side[v]) { cut.append(e) }
    }
    return MaxFlowResult(value: value, edgeFlow: flow, sourceSide: side, cutEdges: cut)
  }
}

/// Residual network for Dinic's algorithm: arc 2e runs along edge e, arc 2e + 1 against it, and
/// pushing flow on one arc frees the same amount on its twin (`a ^ 1`).
private struct FlowNetwork {
  let vertexCount: Int
  /// Arcs leaving each vertex: `arcs[arcOffsets[v]..<arcOffsets[v + 1]]`.
  let arcOffsets: [Int]
  let arcs: [Int32]
  let heads: [Int32]
  var residual: [Double]
  /// Breadth-first workspace over the arcs (heads by slot, arc ids as edge ids).
  let search: BreadthFirstWorkspace

  init(graph g: CSRGraph, weighted: Bool) {
    let n = g.vertexCount
    let m = g.edgeCount
    var heads = [Int32](repeating: 0, count: 2 * m)
    var residual = [Double](repeating: 0, count: 2 * m)
    var offsets = [Int](repeating: 0, count: n + 1)
    for e in 0..<m {
      let u = g.edgeSources[e]
      let v = g.edgeTargets[e]
      heads[2 * e] = v
      heads[2 * e + 1] = u
      if u == v { continue }
      let c = weighted ? g.weight(ofEdge: e) : 1
      residual[2 * e] = c
      residual[2 * e + 1] = g.isDirected ? 0 : c
      offsets[Int(u) + 1] += 1
      offsets[Int(v) + 1] += 1
    }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    var cursor = offsets
    var arcs = [Int32](repeating: 0, count: offsets[n])
    for e in 0..<m {
      let u = Int(g.edgeSources[e])
      let v = Int(g.edgeTargets[e])
      if u == v { continue }
      arcs[cursor[u]] = Int32(truncatingIfNeeded: 2 * e)
      cursor[u] += 1
      arcs[cursor[v]] = Int32(truncatingIfNeeded: 2 * e + 1)
      cursor[v] += 1
    }
    self.vertexCount = n
    self.arcOffsets = offsets
    self.arcs = arcs
    self.heads = heads
    self.residual = residual
    search = BreadthFirstWorkspace(
      vertexCount: n, offsets: offsets, neighbors: arcs.map { heads[Int($0)] }, edges: arcs)
  }

  /// Breadth-first distances from `source` over arcs with residual capacity (-1: unreached), by
  /// the kernels' breadth-first search with an arc filter.
  func levels(from source: Int) -> [Int32] {
    residual.withUnsafeBufferPointer { residual in
      search.run(from: source, admitting: { residual[$0] > 0 })
    }
    return Array(search.level)
  }

  /// The vertices `source` reaches through arcs with residual capacity.
  func residualReach(from source: Int) -> [Bool] { levels(from: source).map { $0 >= 0 } }

  /// Runs Dinic's phases to completion and returns the flow value.
  mutating func run(source: Int, sink: Int) -> Double {
    var value = 0.0
    var path: [Int] = []
    while true {
      var level = levels(from: source)
      if level[sink] < 0 { return value }
      var next = Array(arcOffsets.dropLast())
      phase: while true {
        // Advance along admissible arcs from the source until the sink or a dead end.
        path.removeAll(keepingCapacity: true)
        var v = source
        while v != sink {
          var advanced = false
          while next[v] < arcOffsets[v + 1] {
            let a = Int(arcs[next[v]])
            let w = Int(heads[a])
            if residual[a] > 0 && level[w] == level[v] + 1 {
              path.append(a)
              v = w
              advanced = true
              break
            }
            next[v] += 1
          }
          if advanced { continue }
          if v == source { break phase }
          level[v] = -1  // dead end: no augmenting path goes through v in this phase
          let a = path.removeLast()
          v = Int(heads[a ^ 1])
          next[v] += 1
        }
        var push = Double.infinity
        for a in path { push = min(push, residual[a]) }
        for a in path {
          residual[a] -= push
          residual[a ^ 1] += push
        }
        value += push
      }
    }
  }
}
