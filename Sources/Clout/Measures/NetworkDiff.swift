/// What changed in a network between two dates: the relations that started, ended, or came and
/// went between them, the ties whose status changed, and how an actor ranking moved.
///
/// "In force on a date" is `RelationFilter.holds` with `asOf` that date: started by the end of the
/// date's period and not ended before its start (a dated event stays in force until an `end`
/// says otherwise; undated relations are in force on every date, so they never appear as changes).
public struct NetworkDiff: Sendable {
  /// How a relation's standing changed between the two dates.
  public enum Change: String, Sendable, Hashable, CaseIterable {
    /// In force on the second date, not on the first.
    case started
    /// In force on the first date, not on the second.
    case ended
    /// In force at some time between the dates but on neither of them.
    case passed
  }

  /// A relation whose standing changed.
  public struct RelationChange: Sendable, Hashable {
    /// Its position in `network.relations`.
    public let index: Int
    public let relation: Relation
    public let change: Change
  }

  /// A tie (same kind between the same actors; either order for symmetric kinds) recorded with
  /// one status on the first date and a newly started relation of another status by the second.
  public struct StatusChange: Sendable, Hashable {
    public let before: Int
    public let after: Int
    public let from: RelationStatus
    public let to: RelationStatus
  }

  /// An actor's place in the ranking on each date (nil where it had no arc in force), in standard
  /// competition ranking (`CompetitionRanks`): actors whose scores tie share a rank.
  public struct Movement: Sendable, Hashable {
    public let vertex: Int
    public let rankBefore: Int?
    public let rankAfter: Int?
    /// Whether the rank on the first (second) date is shared with another actor.
    public let tiedBefore: Bool
    public let tiedAfter: Bool
    public let scoreBefore: Double
    public let scoreAfter: Double
  }

  public let from: PartialDate
  public let to: PartialDate
  public let measure: Measure
  /// Relation changes, by first day, then file order.
  public let changes: [RelationChange]
  public let statusChanges: [StatusChange]
  /// The union of the top actors on both dates, in the order of the second ranking (actors that
  /// dropped out last, by their first rank).
  public let movements: [Movement]
  /// Relations in force on both dates, dated ones and undated ones.
  public let unchangedDated: Int
  public let undated: Int

  /// Compares the network on `from` and on `to` under `filter` (its own `asOf` and `between` are
  /// replaced by the two dates).
  ///
  /// Rankings: `measure` (by default `reach`, the ranking of `clout rank`, under `rules`) on the
  /// influence projection of each date; actors are ranked (ties by id)
  /// among those with at least one arc in force on that date; the `top` of each date are compared.
  ///
  /// Cost: O(R) to classify R relations, plus twice the measure's cost.
  ///
  /// - Throws: `InfluenceError.datesOutOfOrder` when `from` is after `to`, `.engine` when the
  ///   measure fails.
  public init(
    network: Network, filter: RelationFilter = RelationFilter(), from: PartialDate, to: PartialDate,
    measure: Measure = .reach, top: Int = 10, rules: ChainRules = ChainRules()
  ) throws(InfluenceError) {
    guard from.lowerBound <= to.lowerBound else { throw .datesOutOfOrder(from: from, to: to) }
    guard top >= 1 else { throw .invalidCount(name: "top", value: top) }
    self.from = from
    self.to = to
    self.measure = measure
    var before = filter
    before.between = nil
    before.asOf = from
    var after = before
    after.asOf = to
    var window = before
    window.asOf = nil
    window.between = (from, to)
    var changes: [RelationChange] = []
    var unchangedDated = 0
    var undated = 0
    var inForceBefore: [String: [Int]] = [:]
    for (i, r) in network.relations.enumerated() {
      let was = before.keeps(r, in: network)
      let isNow = after.keeps(r, in: network)
      if was && isNow {
        if r.firstDay == nil && r.lastDay == nil { undated += 1 } else { unchangedDated += 1 }
      } else if isNow {
        changes.append(RelationChange(index: i, relation: r, change: .started))
      } else if was {
        changes.append(RelationChange(index: i, relation: r, change: .ended))
      } else if window.keeps(r, in: network) {
        changes.append(RelationChange(index: i, relation: r, change: .passed))
      }
      if was { inForceBefore[Self.tie(r, in: network), default: []].append(i) }
    }
    changes.sort { ($0.relation.firstDay ?? 0, $0.index) < ($1.relation.firstDay ?? 0, $1.index) }
    var statusChanges: [StatusChange] = []
    for c in changes where c.change == .started {
      let earlier = inForceBefore[Self.tie(c.relation, in: network)] ?? []
      let differing = earlier.filter { network.relations[$0].status != c.relation.status }
      if let previous = differing.max(by: {
        (network.relations[$0].firstDay ?? 0, $0) < (network.relations[$1].firstDay ?? 0, $1)
      }) {
        statusChanges.append(
          StatusChange(
            before: previous, after: c.index, from: network.relations[previous].status, to: c.relation.status))
      }
    }
    self.changes = changes
    self.statusChanges = statusChanges
    self.unchangedDated = unchangedDated
    self.undated = undated
    let first = try Self.ranking(network: network, filter: before, measure: measure, rules: rules)
    let second = try Self.ranking(network: network, filter: after, measure: measure, rules: rules)
    var shown = Set(first.order.prefix(top))
    shown.formUnion(second.order.prefix(top))
    let ordered = shown.sorted { a, b in
      switch (second.position[a], second.position[b]) {
      case (let x?, let y?): return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return (first.position[a] ?? Int.max, a) < (first.position[b] ?? Int.max, b)
      }
    }
    movements = ordered.map { v in
      Movement(
        vertex: v, rankBefore: first.rank[v], rankAfter: second.rank[v], tiedBefore: first.tied.contains(v),
        tiedAfter: second.tied.contains(v), scoreBefore: first.scores[v], scoreAfter: second.scores[v])
    }
  }

  /// The tie a relation records: kind and endpoints, in either order for symmetric kinds.
  private static func tie(_ r: Relation, in network: Network) -> String {
    let symmetric = network.kind(of: r)?.symmetric ?? false
    let ends = symmetric && r.to < r.from ? (r.to, r.from) : (r.from, r.to)
    return "\(ends.0)\u{1F}\(r.kind)\u{1F}\(ends.1)"
  }

  private static func ranking(
    network: Network, filter: RelationFilter, measure: Measure, rules: ChainRules
  ) throws(InfluenceError)
    -> (scores: [Double], order: [Int], position: [Int: Int], rank: [Int: Int], tied: Set<Int>)
  {
    let g = AnalysisGraph(network: network, filter: filter)
    let scores: [Double]
    do {
      scores = try measure.compute(on: g, options: MeasureOptions(chainRules: rules))
    } catch {
      throw .engine(error)
    }
    let active = (0..<g.vertexCount).filter { g.graph.inDegree($0) + g.graph.outDegree($0) > 0 }
    let order = active.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : g.ids[$0] < g.ids[$1] }
    let ranks = CompetitionRanks(sortedScores: order.map { scores[$0] })
    var position: [Int: Int] = [:]
    var rank: [Int: Int] = [:]
    var tied = Set<Int>()
    for (i, v) in order.enumerated() {
      position[v] = i
      rank[v] = ranks.ranks[i]
      if ranks.tied[i] { tied.insert(v) }
    }
    return (scores, order, position, rank, tied)
  }
}
