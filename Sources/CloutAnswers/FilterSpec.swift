import Clout
import Foundation

/// The relation filters as the user wrote them (`--kinds`, `--about`, `--entity-kinds`, `--as-of`,
/// `--between`, `--status`, `--dated-only`), turned into a `RelationFilter` with the command
/// line's messages. Shared by the command line and the MCP server, so both accept and refuse the
/// same input in the same words.
public struct FilterSpec: Sendable {
  public var kinds: String?
  public var about: String?
  public var entityKinds: String?
  public var asOf: String?
  public var between: [String]
  public var status: String?
  public var datedOnly: Bool

  public init(
    kinds: String? = nil, about: String? = nil, entityKinds: String? = nil, asOf: String? = nil,
    between: [String] = [], status: String? = nil, datedOnly: Bool = false
  ) {
    self.kinds = kinds
    self.about = about
    self.entityKinds = entityKinds
    self.asOf = asOf
    self.between = between
    self.status = status
    self.datedOnly = datedOnly
  }

  /// The relation filter these options describe.
  public func filter() throws(AnswerError) -> RelationFilter {
    var f = RelationFilter()
    f.kinds = Self.list(kinds)
    f.topics = Self.list(about)
    f.entityKinds = Self.list(entityKinds).map { Set($0.map { EntityKind($0) }) }
    if let asOf { f.asOf = try Self.date(asOf, "--as-of") }
    if !between.isEmpty {
      guard between.count == 2 else {
        throw AnswerError("--between takes two dates, e.g. --between 2025-01 2025-06 (got \(between.count))")
      }
      let from = try Self.date(between[0], "--between")
      let to = try Self.date(between[1], "--between")
      guard from.lowerBound <= to.upperBound else { throw AnswerError("--between: \(from) is after \(to)") }
      f.between = (from, to)
    }
    if let status {
      var set: Set<RelationStatus> = []
      for s in status.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        guard let v = RelationStatus(rawValue: s) else {
          throw AnswerError(
            "--status: '\(s)' is not one of \(RelationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        set.insert(v)
      }
      f.statuses = set
    }
    f.undatedIncluded = !datedOnly
    return f
  }

  /// Checks that named kinds and topics exist in the network, so a typo is not an empty answer.
  public func check(against network: Network) throws(AnswerError) {
    let f = try filter()
    for k in f.kinds ?? [] where !network.relationKinds.contains(k) {
      let close = closeMatches(to: k, in: network.relationKinds.kinds.map(\.id))
      throw AnswerError("--kinds: unknown relation kind '\(k)'" + Self.didYouMean(close), suggestions: close)
    }
    for t in f.topics ?? [] where network.topic(t) == nil {
      let close = closeMatches(to: t, in: network.topics.map(\.id))
      throw AnswerError("--about: unknown topic '\(t)'" + Self.didYouMean(close), suggestions: close)
    }
    let entityKinds = EntityKind.builtIn.map(\.id) + network.entityKinds.keys.map(\.id).sorted()
    for k in f.entityKinds ?? [] where !entityKinds.contains(k.id) {
      let close = closeMatches(to: k.id, in: entityKinds)
      throw AnswerError(
        "--entity-kinds: unknown entity kind '\(k.id)'"
          + (close.isEmpty ? "; the kinds are \(entityKinds.joined(separator: ", "))" : Self.didYouMean(close)),
        suggestions: close)
    }
    if !f.isEmpty, !network.relations.isEmpty, !network.relations.contains(where: { f.keeps($0, in: network) }) {
      throw AnswerError(
        "0 of the network's \(network.relations.count) relations pass these filters (\(summary)); "
          + "nothing to analyse. Widen them: `clout list kinds` and `clout list topics` show what there is.")
    }
  }

  /// The relation filters in force, in words, for the head of an answer.
  public var summary: String {
    var parts: [String] = []
    if let about { parts.append("about \(about)") }
    if let kinds { parts.append("kinds \(kinds)") }
    if let entityKinds { parts.append("between \(entityKinds)") }
    if let asOf { parts.append("in force on \(asOf)") }
    if between.count == 2 { parts.append("in force between \(between[0]) and \(between[1])") }
    parts.append(status.map { "status \($0)" } ?? "every status but denied")
    if datedOnly { parts.append("dated only") }
    return parts.joined(separator: " · ")
  }

  /// `; did you mean 'a' or 'b'?`, or nothing when there is no close match.
  public static func didYouMean(_ close: [String]) -> String {
    close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }

  private static func list(_ text: String?) -> Set<String>? {
    guard let text else { return nil }
    return Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
  }

  /// A date as the user wrote it, or the command line's message naming `option`.
  public static func date(_ text: String, _ option: String) throws(AnswerError) -> PartialDate {
    guard let d = PartialDate(text) else {
      throw AnswerError("\(option): '\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    }
    return d
  }
}
