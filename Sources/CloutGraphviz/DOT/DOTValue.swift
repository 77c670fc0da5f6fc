/// An attribute value as Graphviz holds it: a plain string or an HTML-like label (`<…>` in DOT).
///
/// Plain values are stored as Graphviz stores them after reading DOT: for `escString` attributes
/// (`label`, `tooltip`, `URL`, `id`…) sequences such as `\n`, `\l`, `\N` and `\\` are still escapes.
/// Use `DOTEscaping.escString(_:)` to turn display text into such a value.
public enum DOTValue: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
  case text(String)
  case html(String)

  public init(stringLiteral value: String) { self = .text(value) }

  /// The string, without telling the kinds apart.
  public var string: String {
    switch self {
    case .text(let s), .html(let s): s
    }
  }

  /// Whether this is an HTML-like label.
  public var isHTML: Bool {
    if case .html = self { return true }
    return false
  }

  public var description: String { string }
}

/// The attributes of a graph, node or edge, by name.
public typealias DOTAttributes = [String: DOTValue]
