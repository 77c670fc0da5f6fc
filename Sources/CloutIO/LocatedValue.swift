import Clout

/// A parsed YAML or JSON value that remembers where it was written, so that every problem found
/// later can name its line and column.
package struct LocatedValue: Sendable {
  package enum Content: Sendable {
    /// A scalar as written. `quoted` is true for quoted YAML scalars and JSON strings; plain YAML
    /// scalars and JSON numbers, booleans and null are not quoted.
    case scalar(String, quoted: Bool)
    case array([LocatedValue])
    /// Keys in the order written.
    case object([(key: String, keyLocation: SourceLocation, value: LocatedValue)])
  }

  package var content: Content
  package var location: SourceLocation

  package init(_ content: Content, at location: SourceLocation) {
    self.content = content
    self.location = location
  }

  /// Whether this is a null: a plain `null`, `~` or empty scalar.
  package var isNull: Bool {
    if case .scalar(let s, false) = content {
      return s.isEmpty || s == "null" || s == "~" || s == "Null" || s == "NULL"
    }
    return false
  }

  /// A short name of the value's shape, for messages.
  package var shape: String {
    switch content {
    case .scalar: return isNull ? "null" : "a scalar"
    case .array: return "a list"
    case .object: return "a mapping"
    }
  }
}
