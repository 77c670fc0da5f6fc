import CloutIO

/// Compact JSON for the page's data script: no whitespace, and every `<` written `\u003c` so that
/// no text (a quote containing `</script>`, say) can end the script element early. The line and
/// paragraph separators are escaped too, for older JavaScript parsers.
///
/// Cost: O(size of the output).
enum ReportJSON {
  static func text(_ value: OutputValue) -> String {
    var out = ""
    write(value, into: &out)
    return out
  }

  private static func write(_ value: OutputValue, into out: inout String) {
    switch value {
    case .string(let s): quote(s, into: &out)
    case .number(let x):
      if !x.isFinite {
        out += "null"
      } else if x == x.rounded(), abs(x) < 1e15 {
        out += String(Int64(x))
      } else {
        out += "\(x)"
      }
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        write(item, into: &out)
      }
      out += "]"
    case .object(let fields):
      out += "{"
      for (i, (key, item)) in fields.enumerated() {
        if i > 0 { out += "," }
        quote(key, into: &out)
        out += ":"
        write(item, into: &out)
      }
      out += "}"
    }
  }

  private static func quote(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20 || c == "<" || c.value == 0x2028 || c.value == 0x2029:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
