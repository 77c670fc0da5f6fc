/// One level of the Louvain hierarchy: a weighted graph whose vertices are the communities of the
/// level below, stored as symmetric merged neighbour lists without self-loops (internal weight
/// does not affect a move's gain, only the strengths do; it is kept apart in `innerWeight` for the
/// modularity of the level).
///
/// The vertices are stored in the order a sweep visits them (the level's seeded shuffle): position
/// `i` holds the vertex `order[i]` of the level's own numbering (vertex ids at the bottom, community
/// numbers above), and neighbours are positions too. A sweep then reads the neighbour lists front to
/// back instead of jumping to a random list per vertex, which on large graphs costs several cache
/// and TLB misses per vertex.
///
/// For a digraph a neighbour's weight is the arc weight in both directions added up, and the out-
/// and in-strengths are kept apart (Leicht–Newman gains); for an undirected graph `outStrength` is
/// the strength (a self-loop counted twice) and `inStrength` is unused.
///
/// The arrays a sweep reads are `ScratchBuffer`s the level owns, so that the sweep indexes them
/// directly; a level is noncopyable and freed when the next one replaces it.
struct LouvainLevel: ~Copyable {
  let vertexCount: Int
  let offsets: ScratchBuffer<Int>
  let neighbors: ScratchBuffer<Int32>
  /// Merged edge weights, one per neighbour slot; empty when every weight is 1 (`unitWeights`).
  let weights: ScratchBuffer<Double>
  /// Whether every neighbour weight is 1 (the bottom level of a simple graph without weights):
  /// sweeps then do not read `weights`.
  let unitWeights: Bool
  let outStrength: ScratchBuffer<Double>
  let inStrength: ScratchBuffer<Double>
  /// The weight of the edges inside each vertex: its self-loops at the bottom, the edges inside
  /// the community above.
  let innerWeight: [Double]
  /// The level's own number of the vertex at each position.
  let order: [Int32]
  /// The position of each vertex of the level's own numbering (the inverse of `order`).
  let position: [Int32]

  /// The bottom level: the graph's vertices, visited in `order` (a permutation of `0..<n`), parallel
  /// edges merged with weights added. O(n + m).
  init(graph g: CSRGraph, weighted: Bool, order: [Int]) {
    let n = g.vertexCount
    let slotCount = g.outNeighbors.count + (g.isDirected ? g.inNeighbors.count : 0)
    let place = Self.inverse(of: order)
    // Neighbours are looked up by vertex and stored by position.
    let lists = LouvainLists(slotCount: slotCount, listCount: n, names: place)
    let outStrength = ScratchBuffer<Double>(repeating: 0, count: n)
    let inStrength = ScratchBuffer<Double>(repeating: 0, count: n)
    var innerWeight = [Double](repeating: 0, count: n)
    let edgeWeights = weighted ? g.edgeWeights : nil
    // Per side: offsets, neighbours and the edge id of each slot (empty when slots are edge ids).
    let sides = g.isDirected ? 2 : 1
    let outOffsets = g.outOffsets
    let outNeighbors = g.outNeighbors
    let outEdges = g.outSlotsAreEdgeIDs ? [] : g.outEdges
    let inOffsets = g.isDirected ? g.inOffsets : []
    let inNeighbors = g.isDirected ? g.inNeighbors : []
    let inEdges = g.inSlotsAreEdgeIDs || !g.isDirected ? [] : g.inEdges
    for i in 0..<n {
      let v = order[i]
      lists.startList()
      for pass in 0..<sides {
        let offsets = pass == 0 ? outOffsets : inOffsets
        let adjacent = pass == 0 ? outNeighbors : inNeighbors
        let edges = pass == 0 ? outEdges : inEdges
        for slot in offsets[v]..<offsets[v + 1] {
          let u = Int(adjacent[slot])
          let w = edgeWeights.map { $0[edges.isEmpty ? slot : Int(edges[slot])] } ?? 1
          if pass == 0 { outStrength[i] += w } else { inStrength[i] += w }
          // A self-loop is met twice (both ends, or out and in): half its weight each time.
          if u == v { innerWeight[i] += w / 2 } else { lists.add(u, weight: w) }
        }
      }
    }
    self.vertexCount = n
    self.offsets = lists.finishedOffsets()
    self.neighbors = lists.finishedNeighbors()
    self.weights = lists.finishedWeights()
    self.unitWeights = self.weights.count == 0
    self.outStrength = outStrength
    self.inStrength = inStrength
    self.innerWeight = innerWeight
    self.order = order.map { Int32(truncatingIfNeeded: $0) }
    self.position = place
  }

  private init(
    lists: LouvainLists, outStrength: consuming ScratchBuffer<Double>, inStrength: consuming ScratchBuffer<Double>,
    innerWeight: [Double], order: [Int32], position: [Int32]
  ) {
    self.vertexCount = order.count
    self.offsets = lists.finishedOffsets()
    self.neighbors = lists.finishedNeighbors()
    self.weights = lists.finishedWeights()
    self.unitWeights = self.weights.count == 0
    self.outStrength = outStrength
    self.inStrength = inStrength
    self.innerWeight = innerWeight
    self.order = order
    self.position = position
  }

  /// The next level up: one vertex per community, visited in `order` (a permutation of
  /// `0..<count`); `community[i]` is the community, in `0..<count`, of the vertex at position `i`.
  /// Edges between communities are merged with weights added, edges inside a community go to its
  /// inner weight. A community's members are taken in position order. O(n + m) of this level.
  func aggregated(by community: [Int32], count: Int, order: [Int]) -> LouvainLevel {
    let place = Self.inverse(of: order)
    // The position, in the next level, of the community of each position of this one.
    let target = community.map { place[Int($0)] }
    // Counting sort of this level's positions by target.
    var memberOffsets = [Int](repeating: 0, count: count + 1)
    for t in target { memberOffsets[Int(t) + 1] += 1 }
    for c in 0..<count { memberOffsets[c + 1] += memberOffsets[c] }
    var cursor = memberOffsets
    var members = [Int32](repeating: 0, count: vertexCount)
    for p in 0..<vertexCount {
      let t = Int(target[p])
      members[cursor[t]] = Int32(truncatingIfNeeded: p)
      cursor[t] += 1
    }
    let lists = LouvainLists(
      slotCount: neighbors.count, listCount: count, names: (0..<count).map { Int32(truncatingIfNeeded: $0) })
    let outStrength = ScratchBuffer<Double>(repeating: 0, count: count)
    let inStrength = ScratchBuffer<Double>(repeating: 0, count: count)
    var innerWeight = [Double](repeating: 0, count: count)
    for c in 0..<count {
      lists.startList()
      for k in memberOffsets[c]..<memberOffsets[c + 1] {
        let v = Int(members[k])
        outStrength[c] += self.outStrength[v]
        inStrength[c] += self.inStrength[v]
        innerWeight[c] += self.innerWeight[v]
        for slot in offsets[v]..<offsets[v + 1] {
          let d = Int(target[Int(neighbors[slot])])
          let w = unitWeights ? 1 : weights[slot]
          // An edge inside the community is met from both ends: half its weight each time.
          if d == c { innerWeight[c] += w / 2 } else { lists.add(d, weight: w) }
        }
      }
    }
    return LouvainLevel(
      lists: lists, outStrength: outStrength, inStrength: inStrength, innerWeight: innerWeight,
      order: order.map { Int32(truncatingIfNeeded: $0) }, position: place)
  }

  /// The modularity of the level's vertices as blocks (of the partition of the graph they stand
  /// for), from the inner weights and strengths: `Σ_c [L_c/m − γ (D_c/2m)²]`, or
  /// `Σ_c [L_c/m − γ out_c in_c/m²]` for a digraph. O(n) of this level.
  func modularity(totalWeight m: Double, resolution gamma: Double, directed: Bool) -> Double {
    var q = 0.0
    for c in 0..<vertexCount {
      if directed {
        q += innerWeight[c] / m - gamma * outStrength[c] * inStrength[c] / (m * m)
      } else {
        let share = outStrength[c] / (2 * m)
        q += innerWeight[c] / m - gamma * share * share
      }
    }
    return q
  }

  /// The inverse of a permutation of `0..<order.count`.
  private static func inverse(of order: [Int]) -> [Int32] {
    var place = [Int32](repeating: 0, count: order.count)
    for (i, v) in order.enumerated() { place[v] = Int32(truncatingIfNeeded: i) }
    return place
  }
}
