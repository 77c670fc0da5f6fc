import ArgumentParser
import Clout
import Foundation

/// Options every analysis command shares: which relations to look at.
struct FilterOptions: ParsableArguments {
  @Option(
    name: .customLong("kinds"),
    help: ArgumentHelp("Only these relation kinds, comma-separated (e.g. lobbies,restricts).", valueName: "kinds"))
  var kinds: String?

  @Option(
    name: .customLong("about"),
    help: ArgumentHelp("Only relations about these topics, comma-separated.", valueName: "topics"))
  var about: String?

  @Option(
    name: .customLong("entity-kinds"),
    help: ArgumentHelp("Only relations between entities of these kinds, comma-separated.", valueName: "kinds"))
  var entityKinds: String?

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Only relations in force on this date (YYYY, YYYY-MM or YYYY-MM-DD): started by then, not ended before.",
      valueName: "date"))
  var asOf: String?

  @Option(
    name: .customLong("between"), parsing: .upToNextOption,
    help: ArgumentHelp(
      "Only relations in force at some time between two dates: --between 2025-01 2025-06.", valueName: "from to"))
  var between: [String] = []

  @Option(
    name: .customLong("status"),
    help: ArgumentHelp(
      "Only these statuses, comma-separated (default: all but denied): announced, active, paused, ended, alleged, denied.",
      valueName: "statuses"))
  var status: String?

  @Flag(name: .customLong("dated-only"), help: "With --as-of or --between, drop relations that carry no date.")
  var datedOnly = false

  func validate() throws {
    _ = try filter()
  }

  /// The relation filter these options describe.
  func filter() throws -> RelationFilter {
    var f = RelationFilter()
    f.kinds = Self.list(kinds)
    f.topics = Self.list(about)
    f.entityKinds = Self.list(entityKinds).map { Set($0.map { EntityKind($0) }) }
    if let asOf { f.asOf = try Self.date(asOf, "--as-of") }
    if !between.isEmpty {
      guard between.count == 2 else {
        throw ValidationError("--between takes two dates, e.g. --between 2025-01 2025-06 (got \(between.count))")
      }
      let from = try Self.date(between[0], "--between")
      let to = try Self.date(between[1], "--between")
      guard from.lowerBound <= to.upperBound else { throw ValidationError("--between: \(from) is after \(to)") }
      f.between = (from, to)
    }
    if let status {
      var set: Set<RelationStatus> = []
      for s in status.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        guard let v = RelationStatus(rawValue: s) else {
          throw ValidationError(
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
  func check(against network: Network) throws {
    let f = try filter()
    for k in f.kinds ?? [] where !network.relationKinds.contains(k) {
      let close = closeMatches(to: k, in: network.relationKinds.kinds.map(\.id))
      throw ValidationError("--kinds: unknown relation kind '\(k)'" + Self.didYouMean(close))
    }
    for t in f.topics ?? [] where network.topic(t) == nil {
      let close = closeMatches(to: t, in: network.topics.map(\.id))
      throw ValidationError("--about: unknown topic '\(t)'" + Self.didYouMean(close))
    }
    let entityKinds = EntityKind.builtIn.map(\.id) + network.entityKinds.keys.map(\.id).sorted()
    for k in f.entityKinds ?? [] where !entityKinds.contains(k.id) {
      let close = closeMatches(to: k.id, in: entityKinds)
      throw ValidationError(
        "--entity-kinds: unknown entity kind '\(k.id)'"
          + (close.isEmpty ? "; the kinds are \(entityKinds.joined(separator: ", "))" : Self.didYouMean(close)))
    }
    if !f.isEmpty, !network.relations.isEmpty, !network.relations.contains(where: { f.keeps($0, in: network) }) {
      throw ValidationError(
        "0 of the network's \(network.relations.count) relations pass these filters (\(summary)); "
          + "nothing to analyse. Widen them: `clout list kinds` and `clout list topics` show what there is.")
    }
  }

  static func didYouMean(_ close: [String]) -> String {
    close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }

  private static func list(_ text: String?) -> Set<String>? {
    guard let text else { return nil }
    return Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
  }

  private static func date(_ text: String, _ option: String) throws -> PartialDate {
    guard let d = PartialDate(text) else {
      throw ValidationError("\(option): '\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    }
    return d
  }
}
