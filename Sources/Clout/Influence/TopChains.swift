/// A chain found by a search, before its evidence is attached: vertices, arcs and strength.
struct FoundChain: Sendable, Hashable {
  let vertices: [Int]
  let arcs: [Int]
  let strength: Double

  var key: (strength: Double, vertices: [Int], arcs: [Int]) { (strength, vertices, arcs) }
}

extension CSRGraph {
  /// The `k` strongest simple chains from `source` to `target` with at most `maxHops` arcs, best
  /// first (weights are strengths in (0, 1]; a chain's strength is the product of its arcs).
  ///
  /// Method: Yen's k-shortest-simple-paths algorithm (Yen 1971, "Finding the k shortest loopless
  /// paths in a network") with hop-limited spur searches (`HopLimitedChains`): the spur search from
  /// the i-th vertex of the previous chain may use at most `maxHops − i` arcs, so every chain found
  /// respects the limit and none is missed. Chains are ranked by `ChainOrder` (stronger, then fewer
  /// hops, then by vertex ids), which makes the answer deterministic. `source == target` gives the
  /// single empty chain. Same answer as networkx `shortest_simple_paths` on −log strengths when
  /// the hop limit does not bind (up to the order of equally strong chains).
  ///
  /// Cost: O(k · L · maxHops · (n + m)) for chains of at most L ≤ maxHops arcs.
  func strongestChains(from source: Int, to target: Int, k: Int, maxHops: Int, ids: [String]) -> [FoundChain] {
    guard k >= 1 else { return [] }
    if source == target { return [FoundChain(vertices: [source], arcs: [], strength: 1)] }
    let first = HopLimitedChains(graph: self, root: source, maxHops: maxHops, incoming: false, ids: ids)
    guard let arcs = first.arcs(target) else { return [] }
    var accepted = [found(from: source, arcs: arcs)]
    var candidates: [FoundChain] = []
    var known: Set<[Int]> = [arcs]
    var removedVertex = [Bool](repeating: false, count: vertexCount)
    var removedArc = [Bool](repeating: false, count: edgeCount)
    while accepted.count < k, let previous = accepted.last {
      for i in 0..<previous.arcs.count {
        let budget = maxHops - i
        if budget < 1 { break }
        let rootArcs = Array(previous.arcs[0..<i])
        var clearedArcs: [Int] = []
        for chain in accepted where chain.arcs.count > i && Array(chain.arcs[0..<i]) == rootArcs {
          removedArc[chain.arcs[i]] = true
          clearedArcs.append(chain.arcs[i])
        }
        for v in previous.vertices[0..<i] { removedVertex[v] = true }
        let spur = HopLimitedChains(
          graph: self, root: previous.vertices[i], maxHops: budget, incoming: false, ids: ids,
          removedVertices: removedVertex, removedArcs: removedArc)
        if let spurArcs = spur.arcs(target) {
          let total = rootArcs + spurArcs
          if known.insert(total).inserted { candidates.append(found(from: source, arcs: total)) }
        }
        for v in previous.vertices[0..<i] { removedVertex[v] = false }
        for a in clearedArcs { removedArc[a] = false }
      }
      guard var best = candidates.indices.first else { break }
      for j in candidates.indices where ChainOrder.precedes(candidates[j].key, candidates[best].key, ids: ids) {
        best = j
      }
      accepted.append(candidates.remove(at: best))
    }
    return accepted
  }

  /// A chain along `arcs` from `source`, with its strength multiplied from source to target.
  func found(from source: Int, arcs: [Int]) -> FoundChain {
    var vertices = [source]
    var strength = 1.0
    for a in arcs {
      vertices.append(Int(edgeTargets[a]))
      strength *= weight(ofEdge: a)
    }
    return FoundChain(vertices: vertices, arcs: arcs, strength: strength)
  }
}
