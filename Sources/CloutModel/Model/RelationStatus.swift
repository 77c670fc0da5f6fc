/// Where a relation stands according to its sources.
public enum RelationStatus: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  /// Declared but not yet in effect.
  case announced
  /// In effect.
  case active
  /// Suspended, may resume.
  case paused
  /// Over.
  case ended
  /// Reported by sources who hedge ("sources say", "reportedly").
  case alleged
  /// Reported, but denied by a party.
  case denied

  public var description: String { rawValue }

  /// The weight a relation with this status carries in every score when its author gives no
  /// `confidence` (an explicit confidence replaces it): how far its sources let it count.
  ///
  /// - active, ended: 1 — it is (or was) in effect; time filters decide whether it counts now.
  /// - announced: 0.6 — declared, not yet in effect: intentions move others less than acts.
  /// - paused: 0.5 — suspended; it may resume.
  /// - alleged: 0.5 — hedged reporting ("sources say"): half the weight of an established fact.
  /// - denied: 0.25 — reported but denied by a party; kept out by the default status filter and
  ///   weighed low when asked for with `--status`.
  ///
  /// These are the data author's defaults, documented in docs/INFLUENCE.md, not estimates.
  public var defaultWeight: Double {
    switch self {
    case .active, .ended: return 1
    case .announced: return 0.6
    case .paused, .alleged: return 0.5
    case .denied: return 0.25
    }
  }

}
