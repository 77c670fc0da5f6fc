/// One escaping loop for every language Clout writes: a table says what each character becomes,
/// and the loop is written once (review 6.2.5). Each language keeps its own table (below), and its
/// writer keeps a named entry point (`DOTEscaping.escString`, `OutputValue.quoted`…) that calls it.
///
/// The table has an entry for every ASCII scalar (nil: kept as is) and, optionally, a rule for the
/// others. Cost: O(length), one array lookup per ASCII scalar.
package struct Escaper: Sendable {
  /// What each ASCII scalar becomes (nil: itself).
  private let ascii: [String?]
  /// What a non-ASCII scalar becomes (nil: itself).
  private let other: (@Sendable (Unicode.Scalar) -> String?)?

  /// - Parameters:
  ///   - table: replacements of ASCII scalars.
  ///   - controls: what other C0 controls (below U+0020) not in `table` become.
  ///   - other: what non-ASCII scalars become (nil: themselves).
  package init(
    _ table: [Unicode.Scalar: String], controls: ((Unicode.Scalar) -> String?)? = nil,
    other: (@Sendable (Unicode.Scalar) -> String?)? = nil
  ) {
    var ascii = [String?](repeating: nil, count: 128)
    if let controls { for v in 0..<0x20 { ascii[v] = controls(Unicode.Scalar(UInt8(v))) } }
    for (scalar, replacement) in table where scalar.isASCII { ascii[Int(scalar.value)] = replacement }
    self.ascii = ascii
    self.other = other
  }

  /// The escaped text.
  package func callAsFunction(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        if let replacement = ascii[Int(scalar.value)] {
          out += replacement
          continue
        }
      } else if let other, let replacement = other(scalar) {
        out += replacement
        continue
      }
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  /// `\uXXXX` (four lowercase hex digits), as JSON and Cypher write a character.
  package static func unicodeEscape(_ c: Unicode.Scalar) -> String {
    let hex = String(c.value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// What a character XML 1.0 cannot carry becomes: U+FFFD (writers count these to warn).
  package static let replacementCharacter = "\u{FFFD}"
}

extension Escaper {
  /// Inside a JSON string literal (also a YAML double-quoted scalar): `"` `\` and line ends
  /// escaped; other C0 and C1 controls and the line and paragraph separators as `\uXXXX` (YAML
  /// readers fold U+0085 to a space and refuse the other C1 controls).
  package static let json = Escaper(
    ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{7F}": "\\u007f"],
    controls: unicodeEscape,
    other: { c in (0x80...0x9F).contains(c.value) || c.value == 0x2028 || c.value == 0x2029 ? unicodeEscape(c) : nil })

  /// JSON inside an HTML `<script>` element: also `<` as `\u003c`, so that no text (`</script>`)
  /// can end the element early.
  package static let jsonInScript = Escaper(
    ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{7F}": "\\u007f", "<": "\\u003c"],
    controls: unicodeEscape,
    other: { c in (0x80...0x9F).contains(c.value) || c.value == 0x2028 || c.value == 0x2029 ? unicodeEscape(c) : nil })

  /// Inside a Cypher string literal in single quotes.
  package static let cypher = Escaper(
    ["'": "\\'", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"], controls: unicodeEscape)

  /// XML 1.0 text content: `&`, `<`, `>` and CR escaped; controls XML cannot carry replaced.
  package static let xmlText = Escaper(
    ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "\n": "\n", "\t": "\t"],
    controls: { _ in replacementCharacter }, other: xmlUnrepresentable)

  /// An XML 1.0 attribute value in double quotes: also `"`, LF and TAB, which readers would
  /// normalise to spaces.
  package static let xmlAttribute = Escaper(
    ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"],
    controls: { _ in replacementCharacter }, other: xmlUnrepresentable)

  @Sendable private static func xmlUnrepresentable(_ c: Unicode.Scalar) -> String? {
    c.value == 0xFFFE || c.value == 0xFFFF ? replacementCharacter : nil
  }

  /// Text for an HTML-like Graphviz label (XML text): `&`, `<`, `>`, `"` and `'` as entities, line
  /// breaks as `<BR/>`, carriage returns dropped.
  package static let dotHTML = Escaper(
    ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;", "\n": "<BR/>", "\r": ""])

  /// A Graphviz `escString` value: `\` doubled (so `\N`, `\n` in the text show as typed), a line
  /// break as `\n`, carriage returns dropped.
  package static let dotEscString = Escaper(["\\": "\\\\", "\n": "\\n", "\r": ""])

  /// A Graphviz tooltip: like `dotEscString`, but a backslash four times (Graphviz 2.43 unescapes
  /// tooltips twice).
  package static let dotTooltip = Escaper(["\\": "\\\\\\\\", "\n": "\\n", "\r": ""])

  /// The inside of a double-quoted CSV cell: `"` doubled.
  package static let csvQuoted = Escaper(["\"": "\"\""])
}
