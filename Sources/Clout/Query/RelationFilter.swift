/// Which relations an analysis looks at: by relation kind, by what they are about, by the kinds
/// of their endpoints, by status, and by time.
///
/// Time: a relation holds from `Relation.firstDay` to `Relation.lastDay`: a state from its `start`
/// until its `end`; an event (only a `date`) on its date, or for its `lasts` after it. A partial date covers its whole
/// period: `--as-of 2025-06` means "by the end of June 2025". Undated relations are kept by time
/// filters, since nothing says they do not hold; `undatedIncluded = false` drops them.
public struct RelationFilter: Sendable, Equatable {
  /// Relation kind ids to keep; nil keeps all.
  public var kinds: Set<String>?
  /// Topic ids: keep relations about at least one of them; nil keeps all.
  public var topics: Set<String>?
  /// Entity kinds: keep relations whose both endpoints are of these kinds; nil keeps all.
  public var entityKinds: Set<EntityKind>?
  /// Statuses to keep. By default every status except `denied`.
  public var statuses: Set<RelationStatus>
  /// Keep relations that hold on this date.
  public var asOf: PartialDate?
  /// Keep relations that hold at some time in this closed window.
  public var between: (from: PartialDate, to: PartialDate)?
  /// Whether relations without any date pass the time filters.
  public var undatedIncluded: Bool

  public static let defaultStatuses: Set<RelationStatus> = Set(RelationStatus.allCases).subtracting([.denied])

  public init(
    kinds: Set<String>? = nil, topics: Set<String>? = nil, entityKinds: Set<EntityKind>? = nil,
    statuses: Set<RelationStatus> = RelationFilter.defaultStatuses, asOf: PartialDate? = nil,
    between: (from: PartialDate, to: PartialDate)? = nil, undatedIncluded: Bool = true
  ) {
    self.kinds = kinds
    self.topics = topics
    self.entityKinds = entityKinds
    self.statuses = statuses
    self.asOf = asOf
    self.between = between
    self.undatedIncluded = undatedIncluded
  }

  public static func == (a: RelationFilter, b: RelationFilter) -> Bool {
    a.kinds == b.kinds && a.topics == b.topics && a.entityKinds == b.entityKinds && a.statuses == b.statuses
      && a.asOf == b.asOf && a.between?.from == b.between?.from && a.between?.to == b.between?.to
      && a.undatedIncluded == b.undatedIncluded
  }

  /// Whether the filter keeps every relation.
  public var isEmpty: Bool { self == RelationFilter() }

  /// Whether `relation` passes, looking up endpoint kinds in `network`.
  public func keeps(_ relation: Relation, in network: Network) -> Bool {
    if let kinds, !kinds.contains(relation.kind) { return false }
    if let topics, !relation.about.contains(where: topics.contains) { return false }
    if !statuses.contains(relation.status) { return false }
    if let entityKinds {
      guard let a = network.entity(relation.from)?.kind, let b = network.entity(relation.to)?.kind,
        entityKinds.contains(a), entityKinds.contains(b)
      else { return false }
    }
    return holds(relation)
  }

  /// The time test alone.
  public func holds(_ relation: Relation) -> Bool {
    if asOf == nil && between == nil { return true }
    let first = relation.firstDay
    let last = relation.lastDay
    if first == nil && last == nil { return undatedIncluded }
    if let asOf {
      // Started by the end of the as-of period, not ended before its start.
      if let first, first > asOf.upperBound { return false }
      if let last, last < asOf.lowerBound { return false }
    }
    if let between {
      if let first, first > between.to.upperBound { return false }
      if let last, last < between.from.lowerBound { return false }
    }
    return true
  }
}
