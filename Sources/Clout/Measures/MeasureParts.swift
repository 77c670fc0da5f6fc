import Foundation

/// The decomposition of one actor's score under one measure into arcs, chains and pairs; see
/// `InfluenceModel.explain(_:by:top:)` for the definitions.
struct MeasureParts {
  let model: InfluenceModel
  let measure: Measure
  let scores: [Double]
  /// The chain rules of `reach`.
  var rules = ChainRules()

  struct Decomposition {
    var formula: String
    var base: Double?
    var parts: [ScorePart]
    var additive: Bool
  }

  private var g: CSRGraph { model.graph }
  private var n: Int { model.vertexCount }

  func parts(of v: Int) throws(GraphError) -> Decomposition {
    switch measure {
    case .degree, .inDegree, .outDegree:
      let arcs = arcs(of: v, incoming: measure != .outDegree, outgoing: measure != .inDegree)
      return Decomposition(
        formula: "one per arc of the influence projection (parallel relations on one ordered pair make one arc)",
        base: nil,
        parts: arcs.map { ScorePart(amount: 1, chain: model.chain(from: $0.0, arcs: [$0.1]), note: "1 arc") },
        additive: true)
    case .strength, .inStrength, .outStrength:
      let arcs = arcs(of: v, incoming: measure != .outStrength, outgoing: measure != .inStrength)
      return Decomposition(
        formula: "sum of the strengths of its arcs (each the noisy-or of its relations)", base: nil,
        parts: arcs.map { u, arc in
          ScorePart(
            amount: g.weight(ofEdge: arc), chain: model.chain(from: u, arcs: [arc]),
            note: "arc strength \(NumberText.short(g.weight(ofEdge: arc)))")
        }, additive: true)
    case .pagerank: return pageRank(of: v, reversed: false)
    case .reach: return reach(of: v)
    case .influence: return pageRank(of: v, reversed: true)
    case .katz: return katz(of: v)
    case .eigenvector:
      return shares(
        of: v, terms: arcs(of: v, incoming: true, outgoing: false).map { ($0, $1, scores[$0]) }, weightName: "x",
        formula: "x_v = (1/λ) Σ_{u→v} w(u,v)·x_u; each in-arc's share of the sum")
    case .authorities:
      let hubs = try g.hits().hubs
      return shares(
        of: v, terms: arcs(of: v, incoming: true, outgoing: false).map { ($0, $1, hubs[$0]) }, weightName: "hub",
        formula: "a_v ∝ Σ_{u→v} w(u,v)·hub(u); each in-arc's share of the sum")
    case .hubs:
      let authorities = try g.hits().authorities
      return shares(
        of: v,
        terms: arcs(of: v, incoming: false, outgoing: true).map { ($0, $1, authorities[Int(g.edgeTargets[$1])]) },
        weightName: "authority", formula: "h_v ∝ Σ_{v→w} w(v,w)·authority(w); each out-arc's share of the sum")
    case .betweenness: return try betweenness(of: v)
    case .harmonic, .closeness: return try distances(to: v)
    case .core: return core(of: v)
    case .clustering: return clustering(of: v)
    }
  }

  /// Reach: one part per actor v moves, its strongest chain to it (the same chain `clout path`
  /// and `clout influence` name), amount its strength.
  private func reach(of v: Int) -> Decomposition {
    let search = ChainSearch(graph: g, channels: model.channels, ids: model.analysis.ids, root: v, rules: rules)
    var parts: [ScorePart] = []
    for w in 0..<n where w != v {
      guard let f = search.best(w) else { continue }
      let hops = f.arcs.count
      parts.append(
        ScorePart(
          amount: f.strength, chain: model.chain(from: v, arcs: f.arcs, rules: rules),
          note: "strongest chain, \(hops) hop\(hops == 1 ? "" : "s")"))
    }
    return Decomposition(
      formula: "sum over the actors it moves of its strongest chain's strength to each (\(rules.statement))",
      base: nil, parts: parts, additive: true)
  }

  /// The arcs into and out of v, as (chain source, arc), self-loops left out.
  private func arcs(of v: Int, incoming: Bool, outgoing: Bool) -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    if incoming {
      for slot in g.inRange(v) where Int(g.inNeighbors[slot]) != v {
        out.append((Int(g.inNeighbors[slot]), Int(g.inEdges[slot])))
      }
    }
    if outgoing {
      for slot in g.outRange(v) where Int(g.outNeighbors[slot]) != v { out.append((v, Int(g.outEdges[slot]))) }
    }
    return out
  }

  private func pageRank(of v: Int, reversed: Bool) -> Decomposition {
    let alpha = Measure.pageRankAlpha
    // Out-strength in the graph the walk runs on (in-strength of the projection when reversed).
    let walkOut = reversed ? g.inStrengths() : g.outStrengths()
    var dangling = 0.0
    for u in 0..<n where walkOut[u] == 0 { dangling += scores[u] }
    let base = (1 - alpha) / Double(n) + alpha * dangling / Double(n)
    var parts: [ScorePart] = []
    // Arcs into v on the walk: in-arcs of the projection, or its out-arcs when reversed.
    for (source, arc) in arcs(of: v, incoming: !reversed, outgoing: reversed) {
      let other = reversed ? Int(g.edgeTargets[arc]) : source
      let w = g.weight(ofEdge: arc)
      let amount = alpha * scores[other] * w / walkOut[other]
      let name = reversed ? "I" : "PR"
      let note =
        "\(NumberText.short(alpha)) · \(name)(\(model.id(other))) \(NumberText.short(scores[other])) · \(NumberText.short(w)) / "
        + "\(reversed ? "in" : "out")-strength \(NumberText.short(walkOut[other]))"
      parts.append(ScorePart(amount: amount, chain: model.chain(from: source, arcs: [arc]), note: note))
    }
    let formula =
      reversed
      ? "I(v) = (1−α)/n + α·D/n + Σ_{v→w} α·I(w)·w(v,w)/in(w): v inherits from those it moves "
        + "(α = \(NumberText.short(alpha)), n = \(n), D = \(NumberText.short(dangling)) held by actors nobody moves)"
      : "PR(v) = (1−α)/n + α·D/n + Σ_{u→v} α·PR(u)·w(u,v)/out(u) "
        + "(α = \(NumberText.short(alpha)), n = \(n), D = \(NumberText.short(dangling)) held by actors that move nobody)"
    return Decomposition(formula: formula, base: base, parts: parts, additive: true)
  }

  private func katz(of v: Int) -> Decomposition {
    let alpha = Measure.katzAlpha
    var parts: [ScorePart] = []
    var sum = 0.0
    for (u, arc) in arcs(of: v, incoming: true, outgoing: false) {
      let amount = alpha * g.weight(ofEdge: arc) * scores[u]
      sum += amount
      parts.append(
        ScorePart(
          amount: amount, chain: model.chain(from: u, arcs: [arc]),
          note: "\(NumberText.short(alpha)) · \(NumberText.short(g.weight(ofEdge: arc))) · x(\(model.id(u))) "
            + NumberText.short(scores[u])))
    }
    return Decomposition(
      formula: "x_v = Σ_{u→v} α·w(u,v)·x_u + β′ (α = \(NumberText.short(alpha)), β′ = β after scaling to unit norm)",
      base: scores[v] - sum, parts: parts, additive: true)
  }

  private func shares(of v: Int, terms: [(Int, Int, Double)], weightName: String, formula: String) -> Decomposition {
    var total = 0.0
    for (_, arc, x) in terms { total += g.weight(ofEdge: arc) * x }
    var parts: [ScorePart] = []
    for (source, arc, x) in terms {
      let term = g.weight(ofEdge: arc) * x
      let amount = total > 0 ? scores[v] * term / total : 0
      parts.append(
        ScorePart(
          amount: amount, chain: model.chain(from: source, arcs: [arc]),
          note:
            "\(NumberText.short(g.weight(ofEdge: arc))) · \(weightName) \(NumberText.short(x)) of Σ \(NumberText.short(total))"
        ))
    }
    return Decomposition(formula: formula, base: nil, parts: parts, additive: true)
  }

  private func betweenness(of v: Int) throws(GraphError) -> Decomposition {
    let lengths = model.analysis.lengths
    let scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
    let fromV = try lengths.shortestPaths(from: v)
    var parts: [ScorePart] = []
    for s in 0..<n where s != v {
      let fromS = try lengths.shortestPaths(from: s)
      guard let dsv = fromS.distance(to: v), let toV = fromS.path(to: v) else { continue }
      for t in 0..<n where t != s && t != v {
        guard let dvt = fromV.distance(to: t), let dst = fromS.distance(to: t), PathLength.same(dsv + dvt, dst),
          let onward = fromV.path(to: t)
        else { continue }
        let through = fromS.pathCounts[v] * fromV.pathCounts[t]
        let all = fromS.pathCounts[t]
        let note =
          all == 1
          ? "the strongest chain \(model.id(s)) → \(model.id(t)) passes through it"
          : "\(NumberText.short(through)) of the \(NumberText.short(all)) strongest chains \(model.id(s)) → \(model.id(t))"
        parts.append(
          ScorePart(
            amount: through / all * scale, chain: model.chain(from: s, arcs: toV.edges + onward.edges),
            note: note + " (÷ (n−1)(n−2) = \(NumberText.short(1 / scale)))"))
      }
    }
    return Decomposition(
      formula: "Σ over pairs (s, t) of the share of strongest s → t chains through it, ÷ (n−1)(n−2), n = \(n)",
      base: nil, parts: parts, additive: true)
  }

  private func distances(to v: Int) throws(GraphError) -> Decomposition {
    let tree = try model.analysis.lengths.shortestPaths(from: v, direction: .incoming)
    var parts: [ScorePart] = []
    var total = 0.0
    var reached = 0
    for u in 0..<n where u != v {
      guard let d = tree.distance(to: u), let path = tree.path(to: u) else { continue }
      reached += 1
      total += d
      let chain = model.chain(from: u, arcs: path.edges)
      let note = "distance \(NumberText.short(d)) (−log of the chain strength, each hop capped at 0.999)"
      parts.append(ScorePart(amount: measure == .harmonic && d > 0 ? 1 / d : nil, chain: chain, note: note))
    }
    if measure == .harmonic {
      return Decomposition(
        formula: "Σ 1/d(u, v) over the actors u whose chains reach it (d = −log strength)", base: nil,
        parts: parts, additive: true)
    }
    return Decomposition(
      formula: "(r/(n−1)) · (r/Σd): r = \(reached) actors reach it, Σd = \(NumberText.short(total)), n = \(n)",
      base: nil, parts: parts, additive: false)
  }

  private func core(of v: Int) -> Decomposition {
    let k = scores[v]
    let parts = arcs(of: v, incoming: true, outgoing: true).compactMap { source, arc -> ScorePart? in
      let other = source == v ? Int(g.edgeTargets[arc]) : source
      guard scores[other] >= k else { return nil }
      return ScorePart(
        amount: nil, chain: model.chain(from: source, arcs: [arc]),
        note: "\(model.id(other)) has core number \(NumberText.short(scores[other]))")
    }
    return Decomposition(
      formula: "the largest k with v in a subgraph where every actor has ≥ k arcs (in + out); listed: its arcs to "
        + "actors of core number ≥ \(NumberText.short(k)), which hold it in the \(NumberText.short(k))-core",
      base: nil, parts: parts, additive: false)
  }

  private func clustering(of v: Int) -> Decomposition {
    var neighbour = [Bool](repeating: false, count: n)
    for (source, arc) in arcs(of: v, incoming: true, outgoing: true) {
      neighbour[source == v ? Int(g.edgeTargets[arc]) : source] = true
    }
    var parts: [ScorePart] = []
    for x in 0..<n where neighbour[x] {
      for slot in g.outRange(x) {
        let y = Int(g.outNeighbors[slot])
        guard y != x, y != v, neighbour[y] else { continue }
        parts.append(
          ScorePart(
            amount: nil, chain: model.chain(from: x, arcs: [Int(g.outEdges[slot])]),
            note: "closes a triangle with \(model.id(v))"))
      }
    }
    return Decomposition(
      formula: "Fagiolo's directed clustering: closed triangles through v over the possible ones; listed: the arcs "
        + "between its neighbours",
      base: nil, parts: parts, additive: false)
  }

}
