extension Network {
  /// An actor's side: the actor and every entity whose chain of `affiliation`s leads to it (a
  /// minister through the ministry to the country), in file order. O(n · affiliation depth).
  public func side(of id: String) -> [String] {
    entities.filter { e in affiliationChain(of: e.id).contains { $0.id == id } }.map(\.id)
  }
}

/// Gould & Fernandez's brokerage roles for a two-path u → v → w whose ends lie on opposite sides.
public enum BrokerRole: String, Sendable, Hashable, CaseIterable {
  /// v is on u's side and carries its side's influence out to the other side.
  case representative
  /// v is on w's side and lets the other side's influence in.
  case gatekeeper
  /// v is on neither side.
  case liaison
}

/// One brokered two-path: the chain u → v → w and the role v plays in it.
public struct BrokeredPath: Sendable, Hashable {
  public let chain: InfluenceChain
  public let role: BrokerRole
}

/// An actor that brokers between two sides, with the two-paths that make its score.
public struct Broker: Sendable, Hashable {
  /// 1-based position.
  public let rank: Int
  public let vertex: Int
  /// The sum of the strengths of its brokered two-paths.
  public let score: Double
  /// How many open two-paths across the sides pass through it.
  public let count: Int
  /// How many of them in each role.
  public let roles: [BrokerRole: Int]
  /// Its strongest brokered two-paths, strongest first.
  public let examples: [BrokeredPath]
}

/// The brokers between two actors' sides, strongest first.
public struct Brokerage: Sendable {
  /// The two actors whose sides are bridged.
  public let first: Int
  public let second: Int
  /// The vertices of each side (the actor and its affiliates).
  public let firstSide: [Int]
  public let secondSide: [Int]
  /// How many actors broker at all.
  public let candidates: Int
  /// The ranked brokers (the first `top` of them when a limit was given).
  public let brokers: [Broker]
}

extension InfluenceModel {
  /// Who brokers between the side of `a` and the side of `b` (each actor with its affiliates), by
  /// mediation: only cooperative and neutral relations make the two-paths and the direct ties that
  /// close them. An actor that sanctions the other side moves it but does not broker between the
  /// sides. This is `brokersIncludingHostile` on `mediation()`.
  ///
  /// Cost: that of `mediation()` plus that of `brokersIncludingHostile`.
  ///
  /// - Throws: as `brokersIncludingHostile`.
  public func brokers(
    between a: Int, and b: Int, top: Int? = nil, examples: Int = 3, rules: ChainRules = ChainRules()
  ) throws(InfluenceError) -> Brokerage {
    try checkBrokerage(a, b, top: top)
    return try mediation().brokersIncludingHostile(between: a, and: b, top: top, examples: examples, rules: rules)
  }

  /// The model of the same network without its hostile relations, under the same filter: the
  /// relations that mediate. Same vertices. Cost: that of building a model, O(m log m).
  public func mediation() -> InfluenceModel {
    InfluenceModel(network: network.filteringRelations { network.kind(of: $0)?.polarity != .hostile }, filter: filter)
  }

  /// Who brokers between the side of `a` and the side of `b` (each actor with its affiliates),
  /// counting every relation of the model (plain Gould–Fernandez on the whole projection).
  ///
  /// Definition (Gould & Fernandez 1989, "Structures of mediation", Sociological Methodology 19:
  /// 89–126): v brokers for u and w when u → v → w in the influence projection, u ≠ w and there is
  /// no arc u → w (an open two-path: u needs v to reach w). Only two-paths whose ends lie on opposite
  /// sides count, in either direction; v is a representative when it is on u's side, a gatekeeper
  /// when it is on w's side, a liaison when it is on neither. The two named actors are ends, never
  /// brokers. A two-path is a chain of two hops and follows `rules` like every chain: its second hop
  /// must hold at or after its first took effect, and a contact or membership hop cannot come
  /// first. Score: the sum over v's brokered two-paths of their chain strengths — the weighted count
  /// of the paths it makes possible; order: score, then count, then id. The counts by role equal
  /// R's `sna::brokerage` (raw counts b_IO, b_OI, b_O) with the groups side A, side B and everyone
  /// else.
  ///
  /// Cost: O(Σ_v Σ_{u→v} (out-degree(u) + out-degree(v))), at most O(m · max degree).
  ///
  /// - Throws: `InfluenceError.overlappingSides` when one actor is on the other's side,
  ///   `InfluenceError.vertexOutOfRange` or `InfluenceError.invalidCount` for a bad argument.
  public func brokersIncludingHostile(
    between a: Int, and b: Int, top: Int? = nil, examples: Int = 3, rules: ChainRules = ChainRules()
  ) throws(InfluenceError) -> Brokerage {
    try checkBrokerage(a, b, top: top)
    let ids = analysis.ids
    let sideA = network.side(of: ids[a]).compactMap(vertex)
    let sideB = network.side(of: ids[b]).compactMap(vertex)
    if a == b || sideA.contains(b) || sideB.contains(a) {
      throw .overlappingSides(
        "\(ids[a]) and \(ids[b]) are on the same side (one is affiliated with the other); name two separate actors")
    }
    var side = [UInt8](repeating: 0, count: vertexCount)
    for v in sideA { side[v] = 1 }
    for v in sideB { side[v] = 2 }
    var stamp = [Int](repeating: -1, count: vertexCount)
    var found: [Broker] = []
    let g = graph
    for v in 0..<vertexCount where v != a && v != b {
      var paths: [(arcs: [Int], strength: Double, role: BrokerRole)] = []
      for inSlot in g.inRange(v) {
        let u = Int(g.inNeighbors[inSlot])
        let first = Int(g.inEdges[inSlot])
        guard u != v, side[u] != 0 else { continue }
        let key = v * vertexCount + u
        for slot in g.outRange(u) { stamp[Int(g.outNeighbors[slot])] = key }
        for outSlot in g.outRange(v) {
          let w = Int(g.outNeighbors[outSlot])
          let second = Int(g.outEdges[outSlot])
          guard w != v, w != u, side[w] != 0, side[w] != side[u], stamp[w] != key else { continue }
          // The two-path is a chain of two hops and follows the chain rules (time order, onward).
          guard let strength = self.strength(ofArcs: [first, second], rules: rules) else { continue }
          let role: BrokerRole = side[v] == side[u] ? .representative : (side[v] == side[w] ? .gatekeeper : .liaison)
          paths.append(([first, second], strength, role))
        }
      }
      guard !paths.isEmpty else { continue }
      var roles: [BrokerRole: Int] = [:]
      for p in paths { roles[p.role, default: 0] += 1 }
      let ordered = paths.map { p in
        (
          p,
          FoundChain(
            vertices: [Int(g.edgeSources[p.arcs[0]]), v, Int(g.edgeTargets[p.arcs[1]])], arcs: p.arcs,
            strength: p.strength)
        )
      }
      .sorted { ChainOrder.precedes($0.1.key, $1.1.key, ids: ids) }
      let shown = ordered.prefix(max(0, examples)).map { p, f in
        BrokeredPath(chain: chain(from: f.vertices[0], arcs: f.arcs, rules: rules), role: p.role)
      }
      let score = ordered.reduce(0) { $0 + $1.1.strength }
      found.append(Broker(rank: 0, vertex: v, score: score, count: paths.count, roles: roles, examples: shown))
    }
    found.sort { x, y in
      if !ChainOrder.same(x.score, y.score) { return x.score > y.score }
      if x.count != y.count { return x.count > y.count }
      return ids[x.vertex] < ids[y.vertex]
    }
    let kept = top.map { Array(found.prefix($0)) } ?? found
    let ranked = kept.enumerated().map { i, x in
      Broker(rank: i + 1, vertex: x.vertex, score: x.score, count: x.count, roles: x.roles, examples: x.examples)
    }
    return Brokerage(
      first: a, second: b, firstSide: sideA, secondSide: sideB, candidates: found.count, brokers: ranked)
  }

  /// Throws unless `a` and `b` are vertices and `top`, when given, is at least 1.
  private func checkBrokerage(_ a: Int, _ b: Int, top: Int?) throws(InfluenceError) {
    try check(a)
    try check(b)
    if let top, top < 1 { throw .invalidCount(name: "top", value: top) }
  }
}
