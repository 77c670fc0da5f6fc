import Clout
import CloutText

/// An ordered tree of values to write as YAML or JSON. Key order is kept as built, so output is
/// deterministic and reads in the order of docs/FORMAT.md.
public indirect enum OutputValue: Sendable, Equatable {
  case string(String)
  case number(Double)
  case bool(Bool)
  case null
  case array([OutputValue])
  case object([(String, OutputValue)])

  public static func == (a: OutputValue, b: OutputValue) -> Bool {
    switch (a, b) {
    case (.string(let x), .string(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.null, .null): return true
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// A count.
  public static func int(_ n: Int) -> OutputValue { .number(Double(n)) }

  /// Text, or null when absent.
  public static func text(_ s: String?) -> OutputValue { s.map { .string($0) } ?? .null }

  /// Text for a number: integers without a fraction, others in the shortest form that reads back
  /// exactly. Non-finite numbers (never produced by Clout) become null.
  static func numberText(_ x: Double) -> String {
    guard x.isFinite else { return "null" }
    return NumberText.exact(x)
  }

  /// A JSON string literal (also a valid YAML double-quoted scalar).
  static func quoted(_ s: String) -> String { "\"" + Escaper.json(s) + "\"" }

  /// JSON on one line, no spaces. `inScript`: safe inside an HTML `<script>` element — every `<`
  /// written `\u003c`, so that no text (a quote holding `</script>`) can end the element early.
  /// Cost: O(size of the output).
  package func compactJSON(inScript: Bool = false) -> String {
    var out = ""
    writeCompact(into: &out, escaper: inScript ? .jsonInScript : .json)
    return out
  }

  private func writeCompact(into out: inout String, escaper: Escaper) {
    switch self {
    case .string(let s): out += "\"" + escaper(s) + "\""
    case .number(let x): out += Self.numberText(x)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.writeCompact(into: &out, escaper: escaper)
      }
      out += "]"
    case .object(let fields):
      out += "{"
      for (i, (key, item)) in fields.enumerated() {
        if i > 0 { out += "," }
        out += "\"" + escaper(key) + "\":"
        item.writeCompact(into: &out, escaper: escaper)
      }
      out += "}"
    }
  }

  /// JSON text, indented by two spaces, ending with a newline.
  public func json() -> String {
    var out = ""
    writeJSON(into: &out, indent: 0)
    return out + "\n"
  }

  private func writeJSON(into out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .string(let s): out += Self.quoted(s)
    case .number(let x): out += Self.numberText(x)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      if items.allSatisfy(\.isScalar) {
        out += "["
        for (i, item) in items.enumerated() {
          if i > 0 { out += ", " }
          item.writeJSON(into: &out, indent: indent + 1)
        }
        out += "]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.writeJSON(into: &out, indent: indent + 1)
        out += i + 1 < items.count ? ",\n" : "\n"
      }
      out += close + "]"
    case .object(let fields):
      if fields.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (key, value)) in fields.enumerated() {
        out += pad + Self.quoted(key) + ": "
        value.writeJSON(into: &out, indent: indent + 1)
        out += i + 1 < fields.count ? ",\n" : "\n"
      }
      out += close + "}"
    }
  }

  var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }
}
