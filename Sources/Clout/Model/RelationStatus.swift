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

}
