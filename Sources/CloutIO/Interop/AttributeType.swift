import Clout
import Foundation

/// The declared type of a GraphML key or GEXF attribute, and how its values are checked.
enum AttributeType: Sendable, Equatable {
  case string
  case integer
  case real
  case boolean

  /// A GraphML `attr.type` (`boolean`, `int`, `long`, `float`, `double`, `string`).
  init?(graphML name: String) {
    switch name {
    case "string": self = .string
    case "int", "long": self = .integer
    case "float", "double": self = .real
    case "boolean": self = .boolean
    default: return nil
    }
  }

  /// A GEXF 1.3 attribute `type`; list types and URIs are kept as text.
  init?(gexf name: String) {
    switch name {
    case "string", "anyURI", "char": self = .string
    case "integer", "long", "short", "byte", "biginteger": self = .integer
    case "float", "double", "bigdecimal": self = .real
    case "boolean": self = .boolean
    default:
      if name.hasPrefix("list") { self = .string } else { return nil }
    }
  }

  /// The value as a located scalar: text stays text; numbers and booleans are checked and become
  /// plain scalars. Nil (with `problem` set) when the text is not of the type.
  func value(_ text: String, at location: SourceLocation) -> Checked {
    let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
    switch self {
    case .string:
      return .ok(LocatedValue(.scalar(text, quoted: true), at: location))
    case .integer:
      guard Int(t) != nil else { return .wrong(.error("'\(Self.clip(text))' is not an integer", at: location)) }
      return .ok(LocatedValue(.scalar(t, quoted: false), at: location))
    case .real:
      guard let x = Double(t) else { return .wrong(.error("'\(Self.clip(text))' is not a number", at: location)) }
      return .ok(LocatedValue(.scalar(x.isFinite ? t : "\(x)", quoted: false), at: location))
    case .boolean:
      switch t.lowercased() {
      case "true", "1": return .ok(LocatedValue(.scalar("true", quoted: false), at: location))
      case "false", "0": return .ok(LocatedValue(.scalar("false", quoted: false), at: location))
      default: return .wrong(.error("'\(Self.clip(text))' is not true or false", at: location))
      }
    }
  }

  /// A value that fits its type, or the problem with it.
  enum Checked {
    case ok(LocatedValue)
    case wrong(Diagnostic)
  }

  private static func clip(_ s: String) -> String { s.count > 40 ? String(s.prefix(40)) + "…" : s }
}
