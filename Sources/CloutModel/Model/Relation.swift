/// A typed, dated, sourced relation between two entities: `from` `kind` `to`, as the source
/// states it (grammatical subject and object, never reordered).
public struct Relation: Hashable, Sendable, Identifiable {
  /// Unique within the network; generated (`r1`, `r2`, … in file order) when the file gives none.
  public var id: String
  public var from: String
  public var to: String
  public var kind: String
  /// How strongly this relation moves its target, 0…1; nil means the kind's default.
  public var strength: Double?
  /// A single date, for an event.
  public var date: PartialDate?
  /// Start and end, for a state of affairs.
  public var start: PartialDate?
  public var end: PartialDate?
  /// How long the relation holds after its date (or start) when it has no `end`; nil: an event
  /// holds on its date only, a state with a start and no end holds from then on.
  public var lasts: HoldingPeriod?
  public var status: RelationStatus
  /// How sure the sources are, 0…1; nil means 1.
  public var confidence: Double?
  /// Topic ids.
  public var about: [String]
  public var place: String?
  public var note: String?
  public var citations: [Citation]
  public var location: SourceLocation?

  public init(
    id: String, from: String, to: String, kind: String, strength: Double? = nil, date: PartialDate? = nil,
    start: PartialDate? = nil, end: PartialDate? = nil, status: RelationStatus = .active, confidence: Double? = nil,
    about: [String] = [], place: String? = nil, note: String? = nil, citations: [Citation] = [],
    location: SourceLocation? = nil, lasts: HoldingPeriod? = nil
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.kind = kind
    self.strength = strength
    self.date = date
    self.start = start
    self.end = end
    self.status = status
    self.confidence = confidence
    self.about = about
    self.place = place
    self.note = note
    self.citations = citations
    self.location = location
    self.lasts = lasts
  }

  /// The first day the relation can have held, as `yyyymmdd` (nil when undated).
  public var firstDay: Int? { (start ?? date)?.lowerBound }

  /// The last day the relation can have held, as `yyyymmdd`, or nil when it is open-ended.
  ///
  /// A state (`start`, `end`) holds until its end's last day; with a start and no end it holds
  /// from then on (unless `lasts` bounds it). An event (a single `date`) happened on its date: it
  /// holds until the date's last day (a month for `2025-06`), or for `lasts` after that day.
  public var lastDay: Int? {
    if let end { return end.upperBound }
    if let date { return lasts.map { $0.adding(to: date.upperBound) } ?? date.upperBound }
    if let start, let lasts { return lasts.adding(to: start.upperBound) }
    return nil
  }

  /// Whether the relation is an event: a single date, no start or end.
  public var isEvent: Bool { date != nil && start == nil && end == nil }

  /// The date to show: `date`, or `start–end` (one date when both are the same), or nil.
  public var when: String? {
    if let date { return date.description }
    switch (start, end) {
    case (let s?, let e?): return s.description == e.description ? s.description : "\(s)–\(e)"
    case (let s?, nil): return "\(s)–"
    case (nil, let e?): return "–\(e)"
    case (nil, nil): return nil
    }
  }
}
