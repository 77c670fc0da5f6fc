/// Writes an `OutputValue` as block-style YAML that Clout, PyYAML and other YAML 1.1/1.2 readers
/// read back to the same values. Strings that could be mistaken for another type or that contain
/// YAML syntax are double-quoted; everything else stays plain for readability.
package enum YAMLWriter {
  package static func write(_ value: OutputValue) -> String {
    var out = ""
    emit(value, indent: 0, into: &out, inline: false)
    return out
  }

  private static func emit(_ value: OutputValue, indent: Int, into out: inout String, inline: Bool) {
    let pad = String(repeating: "  ", count: indent)
    switch value {
    case .object(let fields):
      if fields.isEmpty {
        out += (inline ? " " : pad) + "{}\n"
        return
      }
      if inline { out += "\n" }
      for (key, item) in fields {
        out += pad + scalar(key) + ":"
        emitChild(item, indent: indent, into: &out)
      }
    case .array(let items):
      if items.isEmpty {
        out += (inline ? " " : pad) + "[]\n"
        return
      }
      if items.allSatisfy(\.isScalar) {
        out += (inline ? " " : pad) + "[" + items.map(scalarText).joined(separator: ", ") + "]\n"
        return
      }
      if inline { out += "\n" }
      for item in items {
        if case .object(let fields) = item, let first = fields.first {
          out += pad + "- " + scalar(first.0) + ":"
          emitChild(first.1, indent: indent + 1, into: &out)
          for (key, v) in fields.dropFirst() {
            out += pad + "  " + scalar(key) + ":"
            emitChild(v, indent: indent + 1, into: &out)
          }
        } else {
          out += pad + "-"
          emitChild(item, indent: indent + 1, into: &out)
        }
      }
    default:
      out += (inline ? " " : pad) + scalarText(value) + "\n"
    }
  }

  private static func emitChild(_ item: OutputValue, indent: Int, into out: inout String) {
    switch item {
    case .object(let f) where !f.isEmpty: emit(item, indent: indent + 1, into: &out, inline: true)
    case .array(let a) where !a.isEmpty && !a.allSatisfy(\.isScalar):
      emit(item, indent: indent, into: &out, inline: true)
    default: emit(item, indent: indent, into: &out, inline: true)
    }
  }

  private static func scalarText(_ value: OutputValue) -> String {
    switch value {
    case .string(let s): return scalar(s)
    case .number(let x): return OutputValue.numberText(x)
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    default: return ""
    }
  }

  static let reserved: Set<String> = [
    "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "True", "False", "Yes", "No", "On", "Off", "Null",
    "TRUE", "FALSE", "YES", "NO", "ON", "OFF", "NULL", "Y", "N",
  ]

  /// A string as a YAML scalar: plain when unambiguous, double-quoted otherwise.
  static func scalar(_ s: String) -> String {
    (asciiIsPlain(s) ?? isPlain(s)) ? s : OutputValue.quoted(s)
  }

  /// Whether `s` can be written plain: it starts with a letter (or is a date), holds only letters,
  /// digits, `-_./()'`, spaces and non-space characters beyond U+2000, does not end in whitespace,
  /// is not a YAML 1.1 boolean or null and does not read as a number.
  static func isPlain(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last, !reserved.contains(s) else {
      return false
    }
    let isDateLike = PartialDateShape.matches(s)
    let safeFirst = first.properties.isAlphabetic || (isDateLike && first.properties.numericType != nil)
    let safe = s.unicodeScalars.allSatisfy { c in
      c.properties.isAlphabetic || c.properties.numericType != nil || " -_./()'".unicodeScalars.contains(c)
        || (c.value > 0x2000 && !c.properties.isWhitespace && c.value != 0xFEFF)
    }
    let plain = safeFirst && safe && !last.properties.isWhitespace && !s.contains(" #") && !s.contains(": ")
    return plain && Double(s) == nil
  }
}

extension YAMLWriter {
  /// The decision of `scalar(_:)` for ASCII text, made on its bytes without Unicode property
  /// look-ups (imports write millions of ids and labels); nil when `s` is empty or not ASCII.
  /// For ASCII the rules coincide: alphabetic means a letter, numeric a digit, and the only
  /// whitespace in the safe set is the space.
  static func asciiIsPlain(_ s: String) -> Bool? {
    let bytes = s.utf8
    guard let first = bytes.first, let last = bytes.last else { return nil }
    var safe = true
    for b in bytes {
      if b >= 0x80 { return nil }
      if !(isLetter(b) || isDigit(b) || safePunctuation.contains(b)) { safe = false }
    }
    guard safe, last != UInt8(ascii: " "), !reserved.contains(s) else { return false }
    let safeFirst = isLetter(first) || (isDigit(first) && PartialDateShape.matches(s))
    return safeFirst && Double(s) == nil
  }

  private static let safePunctuation: [UInt8] = Array(" -_./()'".utf8)

  private static func isLetter(_ b: UInt8) -> Bool {
    let lower = b | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
