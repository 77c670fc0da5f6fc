/// What a source is: a document reporting events (an article, report or post), or a reference
/// record that states facts the documents imply but do not state (an office's tenure, a meeting's
/// place), kept apart so that readers never take it for the reporting itself.
public enum SourceKind: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  /// A document that reports: a news article, a report, a blog post, a filing. The default.
  case article
  /// A reference record (an official page, a register, a biography) cited for facts the articles
  /// take for granted. Cards and tooltips label its citations "reference".
  case reference

  public var description: String { rawValue }
}
