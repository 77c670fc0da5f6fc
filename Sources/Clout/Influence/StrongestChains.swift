extension InfluenceModel {
  /// The `k` strongest simple chains from `source` to `target` under `rules`, best first — the one
  /// function behind every command that names a strongest chain.
  ///
  /// Method: Yen's algorithm (`YenKBest`) over `ChainSearch` spur searches: the spur search from
  /// the i-th vertex of an accepted chain enters its first hop at the time the chain's first i hops
  /// took effect and may use at most `maxHops − i` hops, so every chain found follows the rules and
  /// none within them is missed. Chains are ranked by `ChainOrder`. `source == target` gives the
  /// single empty chain. With no dated relations and every kind onward, the answer is networkx
  /// `shortest_simple_paths` on −log strength limited to `maxHops` hops (up to the order of equally
  /// strong chains).
  ///
  /// Cost: O(k · maxHops) spur searches (`ChainSearch`).
  func strongestFound(from source: Int, to target: Int, k: Int, rules: ChainRules) -> [FoundChain] {
    guard k >= 1 else { return [] }
    if source == target { return [FoundChain(vertices: [source], arcs: [], strength: 1)] }
    let ids = analysis.ids
    let first = ChainSearch(graph: graph, channels: channels, ids: ids, root: source, rules: rules)
    guard let best = first.best(target) else { return [] }
    let channels = self.channels
    let graph = self.graph
    return YenKBest.paths(
      k: k, first: best, vertexCount: vertexCount, arcCount: graph.edgeCount, vertices: \.vertices, arcs: \.arcs,
      spur: { rootArcs, rootVertices, removedVertex, removedArc in
        let budget = rules.maxHops - rootArcs.count
        guard budget >= 1 else { return nil }
        var time = Int.min
        var strength = 1.0
        if !rootArcs.isEmpty {
          guard let hops = channels.evaluate(rootArcs, timeOrder: rules.timeOrder, ends: false) else {
            return nil
          }
          for h in hops {
            strength *= h.strength
            time = h.time
          }
        }
        let spur = ChainSearch(
          graph: graph, channels: channels, ids: ids, root: rootVertices[rootVertices.count - 1], rules: rules,
          time: time, budget: budget, removedVertices: removedVertex, removedArcs: removedArc)
        guard let tail = spur.best(target) else { return nil }
        return FoundChain(
          vertices: Array(rootVertices.dropLast()) + tail.vertices, arcs: rootArcs + tail.arcs,
          strength: strength * tail.strength)
      },
      precedes: { ChainOrder.precedes($0.key, $1.key, ids: ids) })
  }

  /// The `k` strongest chains from `source` to `target` under `rules`, with their evidence.
  public func strongestChains(
    from source: Int, to target: Int, k: Int = 1, rules: ChainRules = ChainRules()
  ) throws(InfluenceError) -> [InfluenceChain] {
    try check(source)
    try check(target)
    try check(rules)
    guard k >= 1 else { throw .invalidCount(name: "k", value: k) }
    return strongestFound(from: source, to: target, k: k, rules: rules).map {
      chain(from: source, arcs: $0.arcs, rules: rules)
    }
  }

  /// The strongest chain from `source` to `target` under `rules`, or nil when none exists.
  public func strongestChain(
    from source: Int, to target: Int, rules: ChainRules = ChainRules()
  ) throws(InfluenceError) -> InfluenceChain? {
    try strongestChains(from: source, to: target, k: 1, rules: rules).first
  }

  /// The chain along `arcs` from `source` read under `rules`: each hop with the relations that
  /// count on it (those holding when the chain reaches it; onward kinds only before the last hop)
  /// and the strength they make. Arcs that do not follow each other, or a hop that no relation
  /// carries under the rules, give the arcs' plain hops (`hop(arc:)`).
  public func chain(from source: Int, arcs: [Int], rules: ChainRules) -> InfluenceChain {
    guard let values = channels.evaluate(arcs, timeOrder: rules.timeOrder) else {
      return chain(from: source, arcs: arcs)
    }
    var time = Int.min
    var hops: [InfluenceHop] = []
    for (i, (arc, value)) in zip(arcs, values).enumerated() {
      let used = channels.used(arc, after: time, final: i == arcs.count - 1, timeOrder: rules.timeOrder)
      hops.append(hop(arc: arc, channels: used, strength: value.strength, time: value.time))
      time = value.time
    }
    return InfluenceChain(source: source, hops: hops)
  }

  /// The chain's strength under `rules`, or nil when the rules do not let it through.
  public func strength(ofArcs arcs: [Int], rules: ChainRules) -> Double? {
    channels.evaluate(arcs, timeOrder: rules.timeOrder).map { $0.reduce(1.0) { $0 * $1.strength } }
  }

  /// Throws unless the rules are usable.
  func check(_ rules: ChainRules) throws(InfluenceError) {
    guard rules.maxHops >= 1 else { throw .invalidDepth(rules.maxHops) }
  }
}
