import ArgumentParser
import Clout
import CloutAnswers
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

  /// The options as written, shared with the MCP server.
  var spec: FilterSpec {
    FilterSpec(
      kinds: kinds, about: about, entityKinds: entityKinds, asOf: asOf, between: between, status: status,
      datedOnly: datedOnly)
  }

  /// The relation filter these options describe.
  func filter() throws -> RelationFilter {
    do throws(AnswerError) {
      return try spec.filter()
    } catch {
      throw ValidationError(error.message)
    }
  }

  /// Checks that named kinds and topics exist in the network, so a typo is not an empty answer.
  func check(against network: Network) throws {
    do throws(AnswerError) {
      try spec.check(against: network)
    } catch {
      throw ValidationError(error.message)
    }
  }

  /// The relation filters in force, in words, for the head of an answer.
  var summary: String { spec.summary }

  static func didYouMean(_ close: [String]) -> String { FilterSpec.didYouMean(close) }
}
