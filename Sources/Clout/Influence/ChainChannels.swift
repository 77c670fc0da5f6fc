/// The relations behind every arc of a projection, as a chain search reads them: each relation is
/// a channel with a strength, the days it holds and whether it carries influence onward.
///
/// A hop along arc u→v, entered at time t (the day the previous hop took effect), uses the
/// channels that (1) hold at or after t when chains respect time (their last day ≥ t; undated
/// relations always do) and (2) carry influence onward unless the hop ends the chain. Its
/// strength is the noisy-or `1 − Π(1 − sᵢ)` of those channels, in the projection's order, so that
/// a hop that uses every channel has exactly the arc's weight. It takes effect at
/// `max(t, earliest first day of its channels)`: the first moment one of them acted once the chain
/// had arrived (an undated channel acts at once).
///
/// Cost: O(channels of the arc) per hop.
struct ChainChannels: Sendable {
  /// Channels of arc a: `offset[a] ..< offset[a + 1]`.
  let offset: [Int]
  let strength: [Double]
  let firstDay: [Int]
  let lastDay: [Int]
  let onward: [Bool]
  /// The channel's relation (index into `network.relations`), or −1 for an imported graph.
  let relation: [Int]

  /// A hop's value: its strength and the day it took effect.
  struct Hop {
    let strength: Double
    let time: Int
  }

  /// The channels of a network's projection.
  init(projection: InfluenceProjection, network: Network) {
    var offset = [0]
    var strength: [Double] = []
    var first: [Int] = []
    var last: [Int] = []
    var onward: [Bool] = []
    var relation: [Int] = []
    for (relations, parts) in zip(projection.arcRelations, projection.arcContributions) {
      for (r, s) in zip(relations, parts) {
        let rel = network.relations[r]
        strength.append(s)
        first.append(rel.firstDay ?? Int.min)
        last.append(rel.lastDay ?? Int.max)
        onward.append(network.kind(of: rel)?.onward ?? true)
        relation.append(r)
      }
      offset.append(strength.count)
    }
    self.offset = offset
    self.strength = strength
    self.firstDay = first
    self.lastDay = last
    self.onward = onward
    self.relation = relation
  }

  /// One undated, onward channel per arc with the arc's weight: a plain graph of strengths.
  init(graph: CSRGraph) {
    let m = graph.edgeCount
    offset = Array(0...m)
    strength = (0..<m).map { graph.weight(ofEdge: $0) }
    firstDay = [Int](repeating: Int.min, count: m)
    lastDay = [Int](repeating: Int.max, count: m)
    onward = [Bool](repeating: true, count: m)
    relation = [Int](repeating: -1, count: m)
  }

  /// Whether channel c counts on a hop entered at `time`.
  @inline(__always)
  func usable(_ c: Int, after time: Int, final: Bool, timeOrder: Bool) -> Bool {
    (final || onward[c]) && (!timeOrder || lastDay[c] >= time)
  }

  /// The hop along `arc` entered at `time`; nil when no channel counts.
  func hop(_ arc: Int, after time: Int, final: Bool, timeOrder: Bool) -> Hop? {
    var s = 0.0
    var any = false
    var earliest = Int.max
    for c in offset[arc]..<offset[arc + 1] where usable(c, after: time, final: final, timeOrder: timeOrder) {
      // The projection's own order of operations, so that a hop using every channel is the arc.
      s = any ? 1 - (1 - s) * (1 - strength[c]) : strength[c]
      any = true
      earliest = min(earliest, firstDay[c])
    }
    guard any, s > 0 else { return nil }
    return Hop(strength: s, time: max(time, earliest))
  }

  /// The channels a hop entered at `time` uses (for its evidence).
  func used(_ arc: Int, after time: Int, final: Bool, timeOrder: Bool) -> [Int] {
    (offset[arc]..<offset[arc + 1]).filter { usable($0, after: time, final: final, timeOrder: timeOrder) }
  }

  /// A whole chain along `arcs` entered at `time`: every hop but the last (every hop, when the
  /// arcs do not `end` the chain but lead on) must carry influence onward. Nil when some hop has no
  /// channel that counts. Returns the hops in order.
  func evaluate(_ arcs: [Int], after time: Int = Int.min, timeOrder: Bool, ends: Bool = true) -> [Hop]? {
    var t = time
    var hops: [Hop] = []
    for (i, a) in arcs.enumerated() {
      guard let h = hop(a, after: t, final: ends && i == arcs.count - 1, timeOrder: timeOrder) else { return nil }
      hops.append(h)
      t = h.time
    }
    return hops
  }
}
