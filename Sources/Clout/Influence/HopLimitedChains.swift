/// The strongest chains from one root to every vertex (or from every vertex to the root) using at
/// most a given number of hops, on a graph whose weights are strengths in (0, 1].
///
/// Definition: for every vertex v, the chain root → … → v (outgoing) or v → … → root (incoming) of
/// at most `maxHops` arcs with the largest product of strengths. Among equally strong chains (equal
/// within a relative 1e-12) the one with fewer hops wins, then the one whose neighbour next to v is
/// the smaller id. Chains are simple: a detour through a cycle never raises a product of numbers
/// ≤ 1 and always adds hops.
///
/// Method: Bellman–Ford by rounds (round k relaxes the arcs out of the vertices improved in round
/// k − 1), keeping each round's values so that the chain behind every value can be rebuilt exactly;
/// the hop-constrained "most reliable path" (Ahuja, Magnanti & Orlin, Network Flows, 1993, §4 and
/// §5 on label-correcting and hop-limited variants; networkx has no hop limit, its `dijkstra_path`
/// on −log strengths is the unlimited case). Removed vertices and arcs (for Yen's spur searches)
/// are never entered.
///
/// Cost: O(maxHops · (n + m)) time and O(maxHops · n) memory.
struct HopLimitedChains {
  let root: Int
  let incoming: Bool
  let maxHops: Int
  private let n: Int
  private let graph: CSRGraph
  /// Per round r (0…maxHops), flat `r * n + v`: best strength with ≤ r hops (0 = none).
  private var value: [Double]
  /// Hops of that best chain.
  private var hopCount: [Int32]
  /// The round in which the best value of (r, v) was set (≤ r).
  private var setIn: [Int32]
  /// The arc next to v on that chain (−1 for the root or unreached).
  private var lastArc: [Int32]

  init(
    graph: CSRGraph, root: Int, maxHops: Int, incoming: Bool, ids: [String], removedVertices: [Bool]? = nil,
    removedArcs: [Bool]? = nil
  ) {
    self.graph = graph
    self.root = root
    self.incoming = incoming
    self.maxHops = maxHops
    n = graph.vertexCount
    let size = (maxHops + 1) * n
    value = [Double](repeating: 0, count: size)
    hopCount = [Int32](repeating: 0, count: size)
    setIn = [Int32](repeating: 0, count: size)
    lastArc = [Int32](repeating: -1, count: size)
    value[root] = 1
    var frontier = [root]
    var round = 1
    while round <= maxHops, !frontier.isEmpty {
      let base = round * n
      let previous = (round - 1) * n
      for v in 0..<n {
        value[base + v] = value[previous + v]
        hopCount[base + v] = hopCount[previous + v]
        setIn[base + v] = setIn[previous + v]
        lastArc[base + v] = lastArc[previous + v]
      }
      var improved: [Int] = []
      var mark = [Bool](repeating: false, count: n)
      for u in frontier {
        let reach = value[previous + u]
        let range = incoming ? graph.inRange(u) : graph.outRange(u)
        for slot in range {
          let w = Int(incoming ? graph.inNeighbors[slot] : graph.outNeighbors[slot])
          let arc = Int(incoming ? graph.inEdges[slot] : graph.outEdges[slot])
          if w == u || w == root || removedVertices?[w] == true || removedArcs?[arc] == true { continue }
          let candidate = reach * graph.weight(ofEdge: arc)
          guard candidate > 0 else { continue }
          let hops = hopCount[previous + u] + 1
          let current = value[base + w]
          var better = current == 0 || ChainOrder.stronger(candidate, current)
          if !better, ChainOrder.same(candidate, current) {
            if hops != hopCount[base + w] {
              better = hops < hopCount[base + w]
            } else if let old = neighbour(round: base + w, vertex: w) {
              better = ids[u] < ids[old]
            }
          }
          guard better else { continue }
          value[base + w] = candidate
          hopCount[base + w] = hops
          setIn[base + w] = Int32(round)
          lastArc[base + w] = Int32(arc)
          if !mark[w] {
            mark[w] = true
            improved.append(w)
          }
        }
      }
      frontier = improved.sorted()
      round += 1
    }
    // Rounds not run (nothing improved) equal the last one run.
    let last = round - 1
    if last < maxHops {
      for r in (last + 1)...maxHops {
        for v in 0..<n {
          value[r * n + v] = value[last * n + v]
          hopCount[r * n + v] = hopCount[last * n + v]
          setIn[r * n + v] = setIn[last * n + v]
          lastArc[r * n + v] = lastArc[last * n + v]
        }
      }
    }
  }

  /// The neighbour of v on the chain stored at flat index `slot`, if any.
  private func neighbour(round slot: Int, vertex v: Int) -> Int? {
    let arc = Int(lastArc[slot])
    guard arc >= 0 else { return nil }
    return Int(incoming ? graph.edgeTargets[arc] : graph.edgeSources[arc])
  }

  /// The best strength reaching v (0 when no chain of at most `maxHops` exists; 1 for the root).
  func strength(_ v: Int) -> Double { value[maxHops * n + v] }

  /// The number of hops of that chain.
  func hops(_ v: Int) -> Int { Int(hopCount[maxHops * n + v]) }

  /// The arcs of the best chain between the root and v, ordered from the chain's source to its
  /// target; nil when there is none, empty for the root.
  func arcs(_ v: Int) -> [Int]? {
    guard value[maxHops * n + v] > 0 else { return nil }
    var arcs: [Int] = []
    var w = v
    var round = Int(setIn[maxHops * n + v])
    while w != root {
      let arc = Int(lastArc[round * n + w])
      guard arc >= 0, round >= 1 else { return nil }
      arcs.append(arc)
      w = Int(incoming ? graph.edgeTargets[arc] : graph.edgeSources[arc])
      round = Int(setIn[(round - 1) * n + w])
    }
    return incoming ? arcs : arcs.reversed()
  }
}

/// The order in which chains are ranked: stronger first (strengths equal within a relative 1e-12
/// tie), then fewer hops, then by the ids of their vertices from source to target, then by arc ids.
enum ChainOrder {
  static let relativeTolerance = 1e-12

  static func same(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= relativeTolerance * max(abs(a), abs(b))
  }

  static func stronger(_ a: Double, _ b: Double) -> Bool { a > b && !same(a, b) }

  /// Whether chain `a` (vertices and arcs) ranks before chain `b`.
  static func precedes(
    _ a: (strength: Double, vertices: [Int], arcs: [Int]), _ b: (strength: Double, vertices: [Int], arcs: [Int]),
    ids: [String]
  ) -> Bool {
    if !same(a.strength, b.strength) { return a.strength > b.strength }
    if a.arcs.count != b.arcs.count { return a.arcs.count < b.arcs.count }
    let x = a.vertices.map { ids[$0] }
    let y = b.vertices.map { ids[$0] }
    if x != y { return x.lexicographicallyPrecedes(y) }
    return a.arcs.lexicographicallyPrecedes(b.arcs)
  }
}
