/// One level of the Louvain hierarchy: a weighted graph whose vertices are the communities of the
/// level below, stored as symmetric merged neighbour lists without self-loops (internal weight
/// does not affect a move's gain, only the strengths do).
///
/// The vertices are stored in the order a sweep visits them (the level's seeded shuffle): position
/// `i` holds the vertex `order[i]` of the level's own numbering (vertex ids at the bottom, community
/// numbers above), and neighbours are positions too. A sweep then reads the neighbour lists front to
/// back instead of jumping to a random list per vertex, which on large graphs costs several cache
/// and TLB misses per vertex. Neighbour lists keep the order they would have in the level's own
/// numbering, so the moves made are the same as in that numbering.
///
/// For a digraph a neighbour's weight is the arc weight in both directions added up, and the out-
/// and in-strengths are kept apart (Leicht–Newman gains); for an undirected graph `outStrength` is
/// the strength (a self-loop counted twice) and `inStrength` is unused.
struct LouvainLevel {
  let vertexCount: Int
  let offsets: [Int]
  let neighbors: [Int32]
  /// Merged edge weights, one per neighbour slot; empty when every weight is 1 (`unitWeights`).
  let weights: [Double]
  /// Whether every neighbour weight is 1 (the bottom level of a simple graph without weights):
  /// sweeps then do not read `weights`.
  let unitWeights: Bool
  let outStrength: [Double]
  let inStrength: [Double]
  /// The level's own number of the vertex at each position.
  let order: [Int32]
  /// The position of each vertex of the level's own numbering (the inverse of `order`).
  let position: [Int32]

  /// The bottom level: the graph's vertices, visited in `order` (a permutation of `0..<n`), parallel
  /// edges merged with weights added. O(n + m).
  init(graph g: CSRGraph, weighted: Bool, order: [Int]) {
    let n = g.vertexCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [Int32] = []
    var weights: [Double] = []
    var outStrength = [Double](repeating: 0, count: n)
    var inStrength = [Double](repeating: 0, count: n)
    var slotOf = [Int](repeating: -1, count: n)
    let place = Self.inverse(of: order)
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
    for i in 0..<n {
      let v = order[i]
      let start = neighbors.count
      for pass in 0..<sides {
        let offsets = sideOffsets[pass]
        let adjacent = sideNeighbors[pass]
        let edges = sideEdges[pass]
        for slot in offsets[v]..<offsets[v + 1] {
          let u = Int(adjacent[slot])
          let w = edgeWeights.map { $0[edges.isEmpty ? slot : Int(edges[slot])] } ?? 1
          if pass == 0 { outStrength[i] += w } else { inStrength[i] += w }
          if u == v { continue }
          let p = Int(place[u])
          if slotOf[p] >= start {
            weights[slotOf[p]] += w
          } else {
            slotOf[p] = neighbors.count
            neighbors.append(Int32(truncatingIfNeeded: p))
            weights.append(w)
          }
        }
      }
      offsets[i + 1] = neighbors.count
    }
    self.vertexCount = n
    self.offsets = offsets
    self.neighbors = neighbors
    self.unitWeights = !weights.contains { $0 != 1 }
    self.weights = unitWeights ? [] : weights
    self.outStrength = outStrength
    self.inStrength = inStrength
    self.order = order.map { Int32(truncatingIfNeeded: $0) }
    self.position = place
  }

  private init(
    offsets: [Int], neighbors: [Int32], weights: [Double], outStrength: [Double], inStrength: [Double],
    order: [Int32], position: [Int32]
  ) {
    self.vertexCount = order.count
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.unitWeights = false
    self.outStrength = outStrength
    self.inStrength = inStrength
    self.order = order
    self.position = position
  }

  /// The next level up: one vertex per community, visited in `order` (a permutation of
  /// `0..<count`); `community[i]` is the community, in `0..<count`, of the vertex at position `i`.
  /// Edges between communities are merged with weights added, edges inside a community dropped.
  /// A community's members are taken in the level's own numbering and their neighbours in list
  /// order, so sums and neighbour lists come out as they would without the visiting order.
  /// O(n + m) of this level.
  func aggregated(by community: [Int32], count: Int, order: [Int]) -> LouvainLevel {
    let place = Self.inverse(of: order)
    // The position, in the next level, of the community of each position of this one.
    let target = community.map { place[Int($0)] }
    // Counting sort of this level's positions by target, in the level's own vertex order.
    var memberOffsets = [Int](repeating: 0, count: count + 1)
    for t in target { memberOffsets[Int(t) + 1] += 1 }
    for c in 0..<count { memberOffsets[c + 1] += memberOffsets[c] }
    var cursor = memberOffsets
    var members = [Int32](repeating: 0, count: vertexCount)
    for p in position {
      let t = Int(target[Int(p)])
      members[cursor[t]] = p
      cursor[t] += 1
    }
    var offsets = [Int](repeating: 0, count: count + 1)
    var neighbors: [Int32] = []
    var weights: [Double] = []
    var outStrength = [Double](repeating: 0, count: count)
    var inStrength = [Double](repeating: 0, count: count)
    var slotOf = [Int](repeating: -1, count: count)
    for c in 0..<count {
      let start = neighbors.count
      for k in memberOffsets[c]..<memberOffsets[c + 1] {
        let v = Int(members[k])
        outStrength[c] += self.outStrength[v]
        inStrength[c] += self.inStrength[v]
        for slot in range(v) {
          let d = Int(target[Int(self.neighbors[slot])])
          if d == c { continue }
          let w = unitWeights ? 1 : self.weights[slot]
          if slotOf[d] >= start {
            weights[slotOf[d]] += w
          } else {
            slotOf[d] = neighbors.count
            neighbors.append(Int32(truncatingIfNeeded: d))
            weights.append(w)
          }
        }
      }
      offsets[c + 1] = neighbors.count
    }
    return LouvainLevel(
      offsets: offsets, neighbors: neighbors, weights: weights, outStrength: outStrength, inStrength: inStrength,
      order: order.map { Int32(truncatingIfNeeded: $0) }, position: place)
  }

  /// Slot range of the vertex at position v in `neighbors`/`weights`.
  @inline(__always) func range(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

  /// The inverse of a permutation of `0..<order.count`.
  private static func inverse(of order: [Int]) -> [Int32] {
    var place = [Int32](repeating: 0, count: order.count)
    for (i, v) in order.enumerated() { place[v] = Int32(truncatingIfNeeded: i) }
    return place
  }
}
