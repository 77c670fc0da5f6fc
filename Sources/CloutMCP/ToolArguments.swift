import Clout
import CloutAnswers
import MCP

/// The arguments of one tool call, read with the messages a user of the command line would get:
/// an argument of the wrong type or one the tool does not take is refused by name.
struct ToolArguments {
  let tool: String
  let values: [String: Value]

  init(tool: String, values: [String: Value]?, allowed: [String]) throws(AnswerError) {
    self.tool = tool
    self.values = values ?? [:]
    for key in self.values.keys.sorted() where !allowed.contains(key) {
      let close = closeMatchesIgnoringCase(key, allowed)
      throw AnswerError(
        "\(tool): unknown argument '\(key)'"
          + (close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?")
          + " (it takes " + allowed.joined(separator: ", ") + ")", suggestions: close)
    }
  }

  /// A text argument; a list of texts is joined with commas (the command line's list syntax).
  func string(_ key: String) throws(AnswerError) -> String? {
    guard let value = values[key], !value.isNull else { return nil }
    if let s = value.stringValue { return s }
    if let items = value.arrayValue {
      var parts: [String] = []
      for item in items {
        guard let s = item.stringValue else { throw wrongType(key, "a text or a list of texts") }
        parts.append(s)
      }
      return parts.joined(separator: ",")
    }
    throw wrongType(key, "a text")
  }

  func requiredString(_ key: String) throws(AnswerError) -> String {
    guard let s = try string(key), !s.isEmpty else { throw AnswerError("\(tool): argument '\(key)' is required") }
    return s
  }

  func strings(_ key: String) throws(AnswerError) -> [String] {
    guard let value = values[key], !value.isNull else { return [] }
    if let s = value.stringValue { return s.split(separator: ",").map(String.init) }
    guard let items = value.arrayValue else { throw wrongType(key, "a list of texts") }
    var out: [String] = []
    for item in items {
      guard let s = item.stringValue else { throw wrongType(key, "a list of texts") }
      out.append(s)
    }
    return out
  }

  func int(_ key: String, default fallback: Int, minimum: Int) throws(AnswerError) -> Int {
    guard let value = values[key], !value.isNull else { return fallback }
    let n: Int
    if let i = value.intValue {
      n = i
    } else if let d = value.doubleValue, d == d.rounded(), abs(d) < 1e15 {
      n = Int(d)
    } else {
      throw wrongType(key, "a whole number")
    }
    guard n >= minimum else { throw AnswerError("--\(Self.option(key)) must be at least \(minimum)") }
    return n
  }

  func optionalInt(_ key: String, minimum: Int) throws(AnswerError) -> Int? {
    guard values[key].map({ !$0.isNull }) ?? false else { return nil }
    return try int(key, default: minimum, minimum: minimum)
  }

  func double(_ key: String) throws(AnswerError) -> Double? {
    guard let value = values[key], !value.isNull else { return nil }
    if let d = value.doubleValue { return d }
    if let i = value.intValue { return Double(i) }
    throw wrongType(key, "a number")
  }

  func bool(_ key: String) throws(AnswerError) -> Bool {
    guard let value = values[key], !value.isNull else { return false }
    guard let b = value.boolValue else { throw wrongType(key, "true or false") }
    return b
  }

  /// A flag that is `fallback` when absent.
  func bool(_ key: String, default fallback: Bool) throws(AnswerError) -> Bool {
    guard let value = values[key], !value.isNull else { return fallback }
    guard let b = value.boolValue else { throw wrongType(key, "true or false") }
    return b
  }

  /// The chain rules: `max_hops` (--max-hops) and `time_order` (true unless --no-time-order).
  func chainRules() throws(AnswerError) -> ChainRules {
    ChainRules(
      maxHops: try int("max_hops", default: ChainRules.defaultMaxHops, minimum: 1),
      timeOrder: try bool("time_order", default: true))
  }

  /// A measure, by its command-line name.
  func measure(_ key: String, default fallback: Measure) throws(AnswerError) -> Measure {
    guard let name = try string(key) else { return fallback }
    guard let m = Measure(rawValue: name) else {
      let names = Measure.allCases.map(\.rawValue)
      throw AnswerError(
        "--\(Self.option(key)): '\(name)' is not a measure; use one of " + names.joined(separator: ", "),
        suggestions: closeMatchesIgnoringCase(name, names))
    }
    return m
  }

  /// The relation filters, named as on the command line with `_` for `-`.
  func filters() throws(AnswerError) -> FilterSpec {
    FilterSpec(
      kinds: try string("kinds"), about: try string("about"), entityKinds: try string("entity_kinds"),
      asOf: try string("as_of"), between: try strings("between"), status: try string("status"),
      datedOnly: try bool("dated_only"))
  }

  private func wrongType(_ key: String, _ expected: String) -> AnswerError {
    AnswerError("\(tool): argument '\(key)' must be \(expected)")
  }

  /// The command-line option an argument stands for: `as_of` → `as-of`.
  static func option(_ key: String) -> String { key.replacingOccurrences(of: "_", with: "-") }
}

private func closeMatchesIgnoringCase(_ word: String, _ candidates: [String]) -> [String] {
  candidates.filter { $0.lowercased().hasPrefix(word.lowercased().prefix(3)) }.prefix(3).map { $0 }
}
