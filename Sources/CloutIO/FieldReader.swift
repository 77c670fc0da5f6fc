import Clout

/// Reads the fields of one mapping of a network file, collecting every problem instead of
/// stopping at the first, and warning about keys nobody asked for.
struct FieldReader {
  /// Names the mapping in messages; updated once its id is known.
  var owner: String
  let location: SourceLocation
  private var fields: [(key: String, keyLocation: SourceLocation, value: LocatedValue)] = []
  private var used: Set<String> = []

  /// Nil (with an error recorded) when `value` is not a mapping.
  init?(_ value: LocatedValue, owner: String, diagnostics: inout [Diagnostic]) {
    self.owner = owner
    self.location = value.location
    guard case .object(let fields) = value.content else {
      diagnostics.append(.error("\(owner) must be a mapping, found \(value.shape)", at: value.location))
      return nil
    }
    self.fields = fields
  }

  /// The value of `key`, or nil when absent or null.
  mutating func take(_ key: String) -> LocatedValue? {
    used.insert(key)
    guard let field = fields.first(where: { $0.key == key }), !field.value.isNull else { return nil }
    return field.value
  }

  /// The value of a required `key`; when it is absent but a key written in its place is present
  /// (a known synonym such as `type` for `kind`, or a misspelling within two edits), one error at
  /// that key says to rename it, and that key is not reported again as unknown.
  mutating func takeRequired(_ key: String, _ what: String, read: inout ValueReader) -> String? {
    if let value = take(key) { return read.requiredString(value, what, at: location) }
    let synonyms = Self.synonyms[key] ?? []
    if let standIn = fields.first(where: { field in
      !used.contains(field.key) && (synonyms.contains(field.key.lowercased()) || editDistance(field.key, key) <= 2)
    }) {
      used.insert(standIn.key)
      read.diagnostics.append(
        .error(
          "\(what) is missing; '\(standIn.key)' is written in its place", at: standIn.keyLocation,
          hint: "did you mean '\(key)'? Rename the field"))
      return nil
    }
    return read.requiredString(nil, what, at: location)
  }

  /// Names other tools and habits use for Clout's required fields.
  private static let synonyms: [String: Set<String>] = [
    "kind": ["type", "category", "class", "label"],
    "from": ["source", "src", "start"],
    "to": ["target", "dst", "end"],
    "quote": ["text", "excerpt", "citation"],
    "id": ["key", "name"],
  ]

  /// A warning for every key that was not taken, with a suggestion where one is close.
  func unknownKeys(allowed: [String]) -> [Diagnostic] {
    fields.filter { !used.contains($0.key) }.map { field in
      let close = closeMatches(to: field.key, in: allowed, limit: 1)
      let hint =
        close.first.map { "did you mean '\($0)'? The field is ignored." }
        ?? "known fields: \(allowed.joined(separator: ", ")); the field is ignored"
      return .warning("unknown field '\(field.key)' in \(owner)", at: field.keyLocation, hint: hint)
    }
  }
}

/// Conversions of located values to the model's types, each recording a located error on failure.
struct ValueReader {
  var diagnostics: [Diagnostic] = []

  mutating func string(_ value: LocatedValue?, _ what: String) -> String? {
    guard let value else { return nil }
    guard case .scalar(let s, _) = value.content else {
      diagnostics.append(.error("\(what) must be text, found \(value.shape)", at: value.location))
      return nil
    }
    return s
  }

  mutating func requiredString(_ value: LocatedValue?, _ what: String, at location: SourceLocation) -> String? {
    guard let value else {
      diagnostics.append(.error("\(what) is missing", at: location, hint: "add it: it is required"))
      return nil
    }
    guard let s = string(value, what) else { return nil }
    if s.allSatisfy(\.isWhitespace) {
      diagnostics.append(.error("\(what) is empty", at: value.location))
      return nil
    }
    return s
  }

  mutating func number(_ value: LocatedValue?, _ what: String) -> Double? {
    guard let value else { return nil }
    guard case .scalar(let s, let quoted) = value.content, !quoted, let x = Double(s), x.isFinite else {
      diagnostics.append(.error("\(what) must be a number, found \(describe(value))", at: value.location))
      return nil
    }
    return x
  }

  mutating func bool(_ value: LocatedValue?, _ what: String) -> Bool? {
    guard let value else { return nil }
    if case .scalar(let s, false) = value.content {
      if ["true", "True", "TRUE", "yes"].contains(s) { return true }
      if ["false", "False", "FALSE", "no"].contains(s) { return false }
    }
    diagnostics.append(.error("\(what) must be true or false, found \(describe(value))", at: value.location))
    return nil
  }

  /// A list of text; a single scalar counts as a list of one.
  mutating func stringList(_ value: LocatedValue?, _ what: String) -> [String] {
    guard let value else { return [] }
    switch value.content {
    case .scalar: return string(value, what).map { [$0] } ?? []
    case .array(let items): return items.compactMap { string($0, "an item of \(what)") }
    case .object:
      diagnostics.append(.error("\(what) must be a list, found a mapping", at: value.location))
      return []
    }
  }

  mutating func stringMap(_ value: LocatedValue?, _ what: String) -> [String: String] {
    guard let value else { return [:] }
    guard case .object(let fields) = value.content else {
      diagnostics.append(.error("\(what) must be a mapping, found \(value.shape)", at: value.location))
      return [:]
    }
    var out: [String: String] = [:]
    for field in fields where !field.value.isNull {
      if let s = string(field.value, "\(what).\(field.key)") { out[field.key] = s }
    }
    return out
  }

  mutating func date(_ value: LocatedValue?, _ what: String) -> PartialDate? {
    guard let value, let text = string(value, what) else { return nil }
    if let date = PartialDate(text) { return date }
    let looksRight = PartialDate.looksLikeDate(text)
    diagnostics.append(
      .error(
        looksRight ? "\(what) '\(text)' is not a real date" : "\(what) '\(text)' is not a date",
        at: value.location, hint: "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-06-09"))
    return nil
  }

  mutating func period(_ value: LocatedValue?, _ what: String) -> HoldingPeriod? {
    guard let value, let text = string(value, what) else { return nil }
    if let period = HoldingPeriod(text) { return period }
    diagnostics.append(
      .error(
        "\(what) '\(text)' is not a holding period", at: value.location,
        hint: "write a count and a unit: 90d, 8w, 6m or 2y (days, weeks, months, years)"))
    return nil
  }

  mutating func items(_ value: LocatedValue?, _ what: String) -> [LocatedValue] {
    guard let value else { return [] }
    guard case .array(let items) = value.content else {
      diagnostics.append(.error("'\(what)' must be a list, found \(value.shape)", at: value.location))
      return []
    }
    return items
  }

  private func describe(_ value: LocatedValue) -> String {
    if case .scalar(let s, _) = value.content { return "'\(s)'" }
    return value.shape
  }
}

extension PartialDate {
  /// Whether text has the shape of a date (digits and dashes), even if the day does not exist.
  static func looksLikeDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return (1...3).contains(parts.count) && parts[0].count == 4
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
  }
}
