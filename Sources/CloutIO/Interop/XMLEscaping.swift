/// Escapes text for XML 1.0 output. Line ends and tabs inside attribute values become character
/// references so that readers, which normalise white space in attributes, give them back.
/// Characters XML 1.0 cannot carry at all (most C0 controls) become U+FFFD and are counted, so that
/// the writer can warn.
struct XMLEscaping {
  /// How many characters were replaced because XML 1.0 cannot hold them.
  private(set) var replaced = 0

  /// Text content: `&`, `<`, `>` and CR escaped.
  mutating func text(_ s: String) -> String { escape(s, attribute: false) }

  /// An attribute value for double quotes: also `"`, LF and TAB escaped.
  mutating func attribute(_ s: String) -> String { escape(s, attribute: true) }

  private mutating func escape(_ s: String, attribute: Bool) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\r": out += "&#13;"
      case "\n" where attribute: out += "&#10;"
      case "\t" where attribute: out += "&#9;"
      case "\n", "\t": out.unicodeScalars.append(c)
      case let c where c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF:
        replaced += 1
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
