/// One level of the Louvain hierarchy: a weighted graph whose vertices are the communities of the
/// level below, stored as symmetric merged neighbour lists without self-loops (internal weight
/// does not affect a move's gain, only the strengths do).
///
/// For a digraph a neighbour's weight is the arc weight in both directions added up, and the out-
/// and in-strengths are kept apart (Leicht–Newman gains); for an undirected graph `outStrength` is
/// the strength (a self-loop counted twice) and `inStrength` is unused.
struct LouvainLevel {
  let vertexCount: Int
  let offsets: [Int]
  let neighbors: [Int32]
  let weights: [Double]
  let outStrength: [Double]
  let inStrength: [Double]

  /// The bottom level: the graph's vertices, parallel edges merged with weights added. O(n + m).
  init(graph g: CSRGraph, weighted: Bool) {
    let n = g.vertexCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [Int32] = []
    var weights: [Double] = []
    var outStrength = [Double](repeating: 0, count: n)
    var inStrength = [Double](repeating: 0, count: n)
    var position = [Int](repeating: -1, count: n)
    let sides = g.isDirected ? 2 : 1
    let slotCount = g.outNeighbors.count + (g.isDirected ? g.inNeighbors.count : 0)
    neighbors.reserveCapacity(slotCount)
    weights.reserveCapacity(slotCount)
    // Per side: offsets, neighbours and the edge id of each slot (empty when slots are edge ids).
    let sideOffsets = [g.outOffsets, g.inOffsets]
    let sideNeighbors = [g.outNeighbors, g.inNeighbors]
    let sideEdges: [[Int32]] = [
      g.outSlotsAreEdgeIDs ? [] : g.outEdges, g.inSlotsAreEdgeIDs || !g.isDirected ? [] : g.inEdges,
    ]
    let edgeWeights = weighted ? g.edgeWeights : nil
    for v in 0..<n {
      let start = neighbors.count
      for pass in 0..<sides {
        let offsets = sideOffsets[pass]
        let adjacent = sideNeighbors[pass]
        let edges = sideEdges[pass]
        for slot in offsets[v]..<offsets[v + 1] {
          let u = Int(adjacent[slot])
          let w = edgeWeights.map { $0[edges.isEmpty ? slot : Int(edges[slot])] } ?? 1
          if pass == 0 { outStrength[v] += w } else { inStrength[v] += w }
          if u == v { continue }
          if position[u] >= start {
            weights[position[u]] += w
          } else {
            position[u] = neighbors.count
            neighbors.append(Int32(truncatingIfNeeded: u))
            weights.append(w)
          }
        }
      }
      offsets[v + 1] = neighbors.count
    }
    self.vertexCount = n
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.outStrength = outStrength
    self.inStrength = inStrength
  }

  private init(
    vertexCount: Int, offsets: [Int], neighbors: [Int32], weights: [Double], outStrength: [Double],
    inStrength: [Double]
  ) {
    self.vertexCount = vertexCount
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.outStrength = outStrength
    self.inStrength = inStrength
  }

  /// The next level up: one vertex per community (`community[v]` in `0..<count`), edges between
  /// communities merged with weights added, edges inside a community dropped. O(n + m) of this level.
  func aggregated(by community: [Int32], count: Int) -> LouvainLevel {
    // Counting sort of this level's vertices by community.
    var memberOffsets = [Int](repeating: 0, count: count + 1)
    for c in community { memberOffsets[Int(c) + 1] += 1 }
    for c in 0..<count { memberOffsets[c + 1] += memberOffsets[c] }
    var cursor = memberOffsets
    var members = [Int32](repeating: 0, count: vertexCount)
    for v in 0..<vertexCount {
      let c = Int(community[v])
      members[cursor[c]] = Int32(truncatingIfNeeded: v)
      cursor[c] += 1
    }
    var offsets = [Int](repeating: 0, count: count + 1)
    var neighbors: [Int32] = []
    var weights: [Double] = []
    var outStrength = [Double](repeating: 0, count: count)
    var inStrength = [Double](repeating: 0, count: count)
    var position = [Int](repeating: -1, count: count)
    for c in 0..<count {
      let start = neighbors.count
      for i in memberOffsets[c]..<memberOffsets[c + 1] {
        let v = Int(members[i])
        outStrength[c] += self.outStrength[v]
        inStrength[c] += self.inStrength[v]
        for slot in range(v) {
          let d = Int(community[Int(self.neighbors[slot])])
          if d == c { continue }
          if position[d] >= start {
            weights[position[d]] += self.weights[slot]
          } else {
            position[d] = neighbors.count
            neighbors.append(Int32(truncatingIfNeeded: d))
            weights.append(self.weights[slot])
          }
        }
      }
      offsets[c + 1] = neighbors.count
    }
    return LouvainLevel(
      vertexCount: count, offsets: offsets, neighbors: neighbors, weights: weights, outStrength: outStrength,
      inStrength: inStrength)
  }

  /// Slot range of vertex v in `neighbors`/`weights`.
  @inline(__always) func range(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }
}
