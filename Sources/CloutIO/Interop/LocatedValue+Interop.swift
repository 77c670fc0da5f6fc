import Clout

extension LocatedValue {
  /// A text value written as text (never mistaken for a number, a boolean or null).
  package static func text(_ s: String, at location: SourceLocation) -> LocatedValue {
    LocatedValue(.scalar(s, quoted: true), at: location)
  }

  /// A list of records or values, as a located tree.
  package static func list(_ items: [LocatedValue], at location: SourceLocation) -> LocatedValue {
    LocatedValue(.array(items), at: location)
  }

  /// A mapping with its keys written at `location`.
  package static func record(_ fields: [(String, LocatedValue)], at location: SourceLocation) -> LocatedValue {
    LocatedValue(.object(fields.map { (key: $0.0, keyLocation: location, value: $0.1) }), at: location)
  }

  /// The scalar's text, or nil for null, an empty scalar, a list or a mapping.
  package var scalarText: String? {
    guard case .scalar(let s, _) = content, !isNull, !s.isEmpty else { return nil }
    return s
  }

  /// The same tree with every value and key placed at `location` (for JSON read out of an
  /// attribute, whose own lines mean nothing in the file).
  func relocated(to location: SourceLocation) -> LocatedValue {
    switch content {
    case .scalar: return LocatedValue(content, at: location)
    case .array(let items): return LocatedValue(.array(items.map { $0.relocated(to: location) }), at: location)
    case .object(let fields):
      return LocatedValue(
        .object(fields.map { (key: $0.key, keyLocation: location, value: $0.value.relocated(to: location)) }),
        at: location)
    }
  }

  /// Compact JSON text of the value (scalars as strings, except plain numbers, booleans, null).
  var jsonText: String {
    switch content {
    case .scalar(let s, let quoted):
      if !quoted, isNull { return "null" }
      if !quoted, s == "true" || s == "false" || (Double(s)?.isFinite ?? false) { return s }
      return OutputValue.quoted(s)
    case .array(let items): return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
    case .object(let fields):
      return "{" + fields.map { OutputValue.quoted($0.key) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
    }
  }

  /// The text of a scalar, or the JSON text of a list or mapping.
  var displayText: String {
    if case .scalar(let s, _) = content { return s }
    return jsonText
  }
}
