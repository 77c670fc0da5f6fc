import Clout

/// The reference the chain engine is checked against: the best strength from `source` to every
/// actor over ALL simple chains of at most `rules.maxHops` hops, enumerated by depth-first search
/// and each read under the rules (`strength(ofArcs:rules:)`). Exponential in the hop limit: for
/// test networks only.
func bruteForceBest(from source: Int, in model: InfluenceModel, rules: ChainRules) -> [Double] {
  let g = model.graph
  var best = [Double](repeating: 0, count: model.vertexCount)
  var arcs: [Int] = []
  var onPath: Set<Int> = [source]
  func walk(_ u: Int) {
    for slot in g.outRange(u) {
      let w = Int(g.outNeighbors[slot])
      guard !onPath.contains(w) else { continue }
      arcs.append(Int(g.outEdges[slot]))
      if let x = model.strength(ofArcs: arcs, rules: rules) { best[w] = max(best[w], x) }
      if arcs.count < rules.maxHops {
        onPath.insert(w)
        walk(w)
        onPath.remove(w)
      }
      arcs.removeLast()
    }
  }
  walk(source)
  return best
}
