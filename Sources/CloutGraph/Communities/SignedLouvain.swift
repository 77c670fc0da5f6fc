/// A signed, weighted, undirected graph for signed community detection: each unordered pair carries
/// a positive (attracting) and a negative (repelling) weight, both ≥ 0.
public struct SignedWeightedGraph: Sendable {
  public let vertexCount: Int
  /// Per vertex, its neighbours with the positive and negative weight of the pair (self-loops
  /// allowed, listed once).
  var adjacency: [[(vertex: Int, positive: Double, negative: Double)]]

  /// Builds the graph from weighted pairs; a pair listed several times adds up.
  public init(vertexCount: Int, pairs: [(Int, Int, positive: Double, negative: Double)]) {
    self.vertexCount = vertexCount
    var table = [[Int: (Double, Double)]](repeating: [:], count: vertexCount)
    for (u, v, p, q) in pairs {
      let a = table[u][v] ?? (0, 0)
      table[u][v] = (a.0 + p, a.1 + q)
      if u != v {
        let b = table[v][u] ?? (0, 0)
        table[v][u] = (b.0 + p, b.1 + q)
      }
    }
    adjacency = table.map { row in
      row.sorted { $0.key < $1.key }.map { (vertex: $0.key, positive: $0.value.0, negative: $0.value.1) }
    }
  }
}

/// The outcome of signed community detection.
public struct SignedCommunityResult: Sendable {
  /// The communities (blocks numbered by their lowest vertex).
  public let partition: VertexPartition
  /// Its signed modularity.
  public let modularity: Double
}

extension SignedWeightedGraph {
  /// Signed modularity (Gómez, Jensen & Arenas 2009, "Analysis of community structure in networks
  /// of correlated data", Phys. Rev. E 80, 016114):
  ///
  ///     Q = 1/(2w⁺ + 2w⁻) Σ_ij [ (w⁺_ij − γ k⁺_i k⁺_j / 2w⁺) − (w⁻_ij − γ k⁻_i k⁻_j / 2w⁻) ] δ(c_i, c_j)
  ///
  /// where w⁺_ij, w⁻_ij are the positive and negative weights of the pair, k±_i the vertex's
  /// positive and negative strengths and 2w± their totals. Positive ties inside a community raise
  /// Q, negative ties inside it lower it; each null-model term is dropped when its total is zero.
  /// Without negative weights it is Newman's modularity. O(n + m).
  public func modularity(of labels: [Int32], resolution γ: Double = 1) -> Double {
    var kp = [Double](repeating: 0, count: vertexCount)
    var kn = [Double](repeating: 0, count: vertexCount)
    var inside = 0.0
    for u in 0..<vertexCount {
      for e in adjacency[u] {
        let factor = e.vertex == u ? 2.0 : 1.0  // a self-loop counts twice in the sum over ij
        kp[u] += e.positive * factor
        kn[u] += e.negative * factor
        if labels[u] == labels[e.vertex] { inside += (e.positive - e.negative) * factor }
      }
    }
    let twoWp = kp.reduce(0, +)
    let twoWn = kn.reduce(0, +)
    guard twoWp + twoWn > 0 else { return 0 }
    var sp: [Int32: Double] = [:]
    var sn: [Int32: Double] = [:]
    for v in 0..<vertexCount {
      sp[labels[v], default: 0] += kp[v]
      sn[labels[v], default: 0] += kn[v]
    }
    var expected = 0.0
    for x in sp.values where twoWp > 0 { expected += γ * x * x / twoWp }
    for x in sn.values where twoWn > 0 { expected -= γ * x * x / twoWn }
    return (inside - expected) / (twoWp + twoWn)
  }

  /// Communities of a signed graph by the Louvain method (Blondel et al. 2008) on signed
  /// modularity: positive ties attract, negative ties repel (Gómez, Jensen & Arenas 2009; the same
  /// signed objective as Traag & Bruggeman 2009, "Community detection in networks with positive and
  /// negative links", Phys. Rev. E 80, 036115, with their λ = 1/2 weighting of the two parts by
  /// their totals).
  ///
  /// Local moving visits vertices in index order (deterministic, no seed) and moves each to the
  /// neighbouring community with the largest strictly positive gain
  /// `[k⁺_{i,C} − γ k⁺_i Σ⁺_C / 2w⁺] − [k⁻_{i,C} − γ k⁻_i Σ⁻_C / 2w⁻]` over staying alone (ties: the
  /// lowest community); sweeps repeat until nothing moves, then communities become vertices. Stops
  /// when a level moves nothing. A vertex with only negative ties stays alone.
  ///
  /// Cost: O(m) per sweep, a few sweeps per level, O(log n) levels. A heuristic: a lower bound of
  /// the best signed modularity.
  public func signedLouvain(resolution γ: Double = 1) -> SignedCommunityResult {
    var assignment = (0..<vertexCount).map { Int32($0) }
    var level = self
    var twoWp = 0.0
    var twoWn = 0.0
    for u in 0..<vertexCount {
      for e in adjacency[u] {
        let f = e.vertex == u ? 2.0 : 1.0
        twoWp += e.positive * f
        twoWn += e.negative * f
      }
    }
    while true {
      let n = level.vertexCount
      var kp = [Double](repeating: 0, count: n)
      var kn = [Double](repeating: 0, count: n)
      for u in 0..<n {
        for e in level.adjacency[u] {
          let f = e.vertex == u ? 2.0 : 1.0
          kp[u] += e.positive * f
          kn[u] += e.negative * f
        }
      }
      var community = Array(0..<n)
      var size = [Int](repeating: 1, count: n)
      var sp = kp
      var sn = kn
      var moved = false
      var sweeps = 0
      var changed = true
      func gain(_ i: Int, _ c: Int, _ p: Double, _ q: Double) -> Double {
        var g = p - q
        if twoWp > 0 { g -= γ * kp[i] * sp[c] / twoWp }
        if twoWn > 0 { g += γ * kn[i] * sn[c] / twoWn }
        return g
      }
      while changed && sweeps < 10_000 {
        changed = false
        sweeps += 1
        for i in 0..<n {
          let own = community[i]
          sp[own] -= kp[i]
          sn[own] -= kn[i]
          size[own] -= 1
          var links: [Int: (Double, Double)] = [:]
          for e in level.adjacency[i] where e.vertex != i {
            let c = community[e.vertex]
            let a = links[c] ?? (0, 0)
            links[c] = (a.0 + e.positive, a.1 + e.negative)
          }
          // Gains over being alone; the own community is the default, and alone (an empty
          // community, gain 0) is a choice too, so that negative ties can push a vertex out.
          let ownLinks = links[own] ?? (0, 0)
          var best = own
          var bestGain = size[own] == 0 ? 0 : gain(i, own, ownLinks.0, ownLinks.1)
          for (c, (p, q)) in links.sorted(by: { $0.key < $1.key }) where c != own {
            let g = gain(i, c, p, q)
            if g > bestGain + 1e-12 * max(1, abs(g)) {
              best = c
              bestGain = g
            }
          }
          if bestGain < -1e-12, size[own] > 0, let empty = size.firstIndex(of: 0) {
            best = empty
            bestGain = 0
          }
          community[i] = best
          sp[best] += kp[i]
          sn[best] += kn[i]
          size[best] += 1
          if best != own {
            changed = true
            moved = true
          }
        }
      }
      if !moved { break }
      // Renumber and aggregate.
      var index = [Int](repeating: -1, count: n)
      var next = 0
      for i in 0..<n where index[community[i]] < 0 {
        index[community[i]] = next
        next += 1
      }
      for v in 0..<assignment.count { assignment[v] = Int32(index[community[Int(assignment[v])]]) }
      var pairs: [(Int, Int, positive: Double, negative: Double)] = []
      for u in 0..<n {
        for e in level.adjacency[u] where e.vertex >= u {
          pairs.append((index[community[u]], index[community[e.vertex]], e.positive, e.negative))
        }
      }
      level = SignedWeightedGraph(vertexCount: next, pairs: pairs)
    }
    let partition = VertexPartition(renumbering: assignment, labelBound: max(1, vertexCount))
    return SignedCommunityResult(partition: partition, modularity: modularity(of: partition.labels, resolution: γ))
  }
}
