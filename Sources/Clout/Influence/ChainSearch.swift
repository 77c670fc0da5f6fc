/// A chain found by the search, before its evidence is attached: vertices, arcs and strength.
struct FoundChain: Sendable, Hashable {
  let vertices: [Int]
  let arcs: [Int]
  let strength: Double

  var key: (strength: Double, vertices: [Int], arcs: [Int]) { (strength, vertices, arcs) }
}

/// The strongest chains from one root to every vertex under `ChainRules`: at most `maxHops` hops,
/// time-respecting when asked, with non-onward relations only on a chain's last hop.
///
/// Definition: for every vertex v ≠ root, the simple chain root → … → v with the largest product
/// of hop strengths (`ChainChannels.hop`: a hop's strength depends on when the chain enters it and
/// on whether it is the last hop). Ties follow `ChainOrder` (strength within 1e-12, then fewer
/// hops, then vertex ids from the root, then arc ids).
///
/// Method: the hop-limited "most reliable path" (Ahuja, Magnanti & Orlin, *Network Flows*, 1993,
/// §4–5: label-correcting, Bellman–Ford by rounds, i.e. shortest paths on −log strength with a hop
/// constraint). Because a hop's strength depends on the time the chain reaches it, each vertex
/// keeps a Pareto set of open labels (strength, time, hops): a label is dropped only when another
/// is at least as strong, no later and no longer — the label-setting of time-dependent
/// most-reliable paths (Kempe, Kleinberg & Kumar 2002 for time-respecting paths). A later arrival
/// never makes a hop stronger or earlier, so a dominated label's extensions are dominated too and
/// the result is exact. Terminal values (last hop with every usable relation) are kept apart, one
/// best per vertex. Chains are kept simple by checking the new vertex against the label's chain.
/// Removed vertices and arcs (Yen's spur searches) are never entered. Without dated relations
/// and with every kind onward this is plain hop-limited Bellman–Ford on the strengths.
///
/// Cost: O(maxHops · L · (n + m)) label relaxations for at most L open labels per vertex, each
/// relaxation O(maxHops) for the simplicity check and O(relations of the arc) for the hop's value;
/// L is small (one per distinct arrival day and hop count that is not dominated).
struct ChainSearch {
  struct Label {
    let strength: Double
    let time: Int
    let hops: Int
    let vertex: Int
    let arc: Int
    let parent: Int
  }

  let root: Int
  let rules: ChainRules
  private(set) var labels: [Label] = []
  /// Per vertex, the open labels not (yet) dominated.
  private var open: [[Int]]
  /// Per vertex, the best terminal chain: (parent label, arc, strength, hops).
  private var terminal: [(parent: Int, arc: Int, strength: Double, hops: Int)?]
  private let graph: CSRGraph
  private let ids: [String]

  /// Searches from `root`, entering its first hop at `time` with `budget` hops (default: the
  /// rules' limit), avoiding `removedVertices` and `removedArcs`.
  init(
    graph: CSRGraph, channels: ChainChannels, ids: [String], root: Int, rules: ChainRules, time: Int = Int.min,
    budget: Int? = nil, removedVertices: [Bool]? = nil, removedArcs: [Bool]? = nil
  ) {
    self.graph = graph
    self.ids = ids
    self.root = root
    self.rules = rules
    let n = graph.vertexCount
    open = [[Int]](repeating: [], count: n)
    terminal = .init(repeating: nil, count: n)
    labels.append(Label(strength: 1, time: time, hops: 0, vertex: root, arc: -1, parent: -1))
    open[root] = [0]
    var frontier = [0]
    let limit = budget ?? rules.maxHops
    var round = 1
    while round <= limit, !frontier.isEmpty {
      var next: [Int] = []
      for l in frontier {
        let label = labels[l]
        // A label dropped since it was made still stands for a real chain, but its extensions
        // are dominated by those of the label that replaced it.
        guard open[label.vertex].contains(l) else { continue }
        let u = label.vertex
        for slot in graph.outRange(u) {
          let w = Int(graph.outNeighbors[slot])
          let arc = Int(graph.outEdges[slot])
          if w == u || w == root || removedVertices?[w] == true || removedArcs?[arc] == true { continue }
          if onChain(l, w) { continue }
          if let end = channels.hop(arc, after: label.time, final: true, timeOrder: rules.timeOrder) {
            offerTerminal(w, parent: l, arc: arc, strength: label.strength * end.strength, hops: round)
          }
          guard round < limit,
            let step = channels.hop(arc, after: label.time, final: false, timeOrder: rules.timeOrder)
          else { continue }
          let candidate = Label(
            strength: label.strength * step.strength, time: step.time, hops: round, vertex: w, arc: arc, parent: l)
          if insertOpen(candidate) { next.append(labels.count - 1) }
        }
      }
      frontier = next
      round += 1
    }
  }

  /// Whether vertex w is on the chain of label l.
  private func onChain(_ l: Int, _ w: Int) -> Bool {
    var i = l
    while i >= 0 {
      if labels[i].vertex == w { return true }
      i = labels[i].parent
    }
    return false
  }

  /// The vertices and arcs of label l's chain, from the root.
  private func chain(of l: Int) -> (vertices: [Int], arcs: [Int]) {
    var vertices: [Int] = []
    var arcs: [Int] = []
    var i = l
    while i >= 0 {
      vertices.append(labels[i].vertex)
      if labels[i].arc >= 0 { arcs.append(labels[i].arc) }
      i = labels[i].parent
    }
    return (vertices.reversed(), arcs.reversed())
  }

  private func key(parent: Int, arc: Int, vertex: Int, strength: Double) -> (
    strength: Double, vertices: [Int], arcs: [Int]
  ) {
    let c = chain(of: parent)
    return (strength, c.vertices + [vertex], c.arcs + [arc])
  }

  private mutating func offerTerminal(_ w: Int, parent: Int, arc: Int, strength: Double, hops: Int) {
    if let current = terminal[w] {
      if ChainOrder.stronger(current.strength, strength) { return }
      if ChainOrder.same(current.strength, strength) {
        if current.hops < hops { return }
        if current.hops == hops {
          let mine = key(parent: parent, arc: arc, vertex: w, strength: strength)
          let theirs = key(parent: current.parent, arc: current.arc, vertex: w, strength: current.strength)
          if !ChainOrder.precedes(mine, theirs, ids: ids) { return }
        }
      }
    }
    terminal[w] = (parent, arc, strength, hops)
  }

  /// Adds an open label unless another dominates it; drops the labels it dominates.
  private mutating func insertOpen(_ x: Label) -> Bool {
    let index = labels.count
    var kept: [Int] = []
    for i in open[x.vertex] {
      let y = labels[i]
      let strongerOrSame = !ChainOrder.stronger(x.strength, y.strength)
      if ChainOrder.same(x.strength, y.strength) && x.time == y.time && x.hops == y.hops {
        let mine = key(parent: x.parent, arc: x.arc, vertex: x.vertex, strength: x.strength)
        let theirs = chain(of: i)
        if !ChainOrder.precedes(mine, (y.strength, theirs.vertices, theirs.arcs), ids: ids) { return false }
        continue  // x replaces y
      }
      if strongerOrSame && y.time <= x.time && y.hops <= x.hops { return false }
      let xDominates = !ChainOrder.stronger(y.strength, x.strength) && x.time <= y.time && x.hops <= y.hops
      if !xDominates { kept.append(i) }
    }
    labels.append(x)
    kept.append(index)
    open[x.vertex] = kept
    return true
  }

  /// The strongest chain to `v` (nil when there is none within the rules; the root has none).
  func best(_ v: Int) -> FoundChain? {
    guard let t = terminal[v] else { return nil }
    let c = chain(of: t.parent)
    return FoundChain(vertices: c.vertices + [v], arcs: c.arcs + [t.arc], strength: t.strength)
  }

  /// The strength of the strongest chain to `v` (0 when none).
  func strength(_ v: Int) -> Double { terminal[v]?.strength ?? 0 }

  /// The hops of that chain (0 when none).
  func hops(_ v: Int) -> Int { terminal[v]?.hops ?? 0 }
}
