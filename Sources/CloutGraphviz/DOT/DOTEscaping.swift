import CloutText

/// Escaping for the three string languages a DOT file mixes: DOT IDs (quoted strings), Graphviz
/// `escString` values (labels, tooltips, URLs, ids: `\n`, `\l`, `\N`… are escapes), and HTML-like
/// labels (XML text).
package enum DOTEscaping {
  static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

  /// A DOT ID for a string: bare when it is a plain identifier that is not a keyword, otherwise
  /// double-quoted.
  ///
  /// Inside quotes the DOT scanner turns `\"` into `"`, drops `\` + newline, and keeps every other
  /// character (`\\` stays two backslashes). So `"` is written `\"`; a backslash that would escape the
  /// closing quote, a quote or a newline is doubled — the only change to the value, harmless for
  /// `escString` attributes where `\\` means one backslash. Cost: O(length).
  package static func id(_ value: String) -> String {
    if isPlainIdentifier(value) { return value }
    var out = "\""
    var backslashes = 0
    func flushBackslashes(before next: Unicode.Scalar?) {
      out += String(repeating: "\\", count: backslashes)
      // An odd run would pair its last backslash with the quote or newline that follows.
      if backslashes % 2 == 1, next == nil || next == "\"" || next == "\n" { out += "\\" }
      backslashes = 0
    }
    for c in value.unicodeScalars {
      if c == "\\" {
        backslashes += 1
        continue
      }
      flushBackslashes(before: c)
      if c == "\"" { out += "\\\"" } else { out.unicodeScalars.append(c) }
    }
    flushBackslashes(before: nil)
    return out + "\""
  }

  /// Whether a string can be written as a bare DOT ID: `[A-Za-z_][A-Za-z0-9_]*`, not a keyword.
  static func isPlainIdentifier(_ s: String) -> Bool {
    func isLetter(_ c: Unicode.Scalar) -> Bool { c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    guard let first = s.unicodeScalars.first, isLetter(first) else { return false }
    guard s.unicodeScalars.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) }) else { return false }
    return !keywords.contains(s.lowercased())
  }

  /// Display text as a Graphviz `escString` value: `\` becomes `\\` (so `\N`, `\n`, `\l` in the text
  /// are shown as typed), a line break becomes `\n` (centred line), a carriage return is dropped.
  /// Cost: O(length).
  package static func escString(_ text: String) -> String { Escaper.dotEscString(text) }

  /// Display text as a `tooltip` (or `labeltooltip`, `edgetooltip`…) value: a line break becomes
  /// `\n`, a backslash four backslashes. Graphviz 2.43 unescapes tooltips twice and substitutes
  /// `\N`, `\G`… in between, so the `escString` form of `\N` would show the node's name; measured
  /// with `dot -Tsvg` (a test checks it). Cost: O(length).
  package static func tooltip(_ text: String) -> String { Escaper.dotTooltip(text) }

  /// A URL as a `URL`/`href` value that stays valid in SVG: characters a URL may not hold
  /// (space, `"`, `<`, `>`, `\`, non-ASCII…) percent-encoded as UTF-8, and `&` written `&amp;`,
  /// because Graphviz 2.43 copies `href` into SVG without escaping `&` (it leaves entities alone,
  /// so the form is also right where it does escape). Cost: O(length).
  package static func url(_ url: String) -> String {
    let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$'()*+,;=%".utf8)
    var out = ""
    for byte in url.utf8 {
      if byte == UInt8(ascii: "&") {
        out += "&amp;"
      } else if allowed.contains(byte) {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }

  /// The text an `escString` value shows: `\\` → `\`, `\n`/`\l`/`\r` → line break, `\N` → the
  /// object's name, `\G` → the graph's name, `\E`/`\T`/`\H` → edge, tail and head names when given;
  /// any other `\x` → `x`. Cost: O(length).
  package static func displayText(
    ofEscString value: String, objectName: String = "", graphName: String = "", tailName: String = "",
    headName: String = ""
  ) -> String {
    var out = ""
    var iterator = value.unicodeScalars.makeIterator()
    while let c = iterator.next() {
      guard c == "\\" else {
        out.unicodeScalars.append(c)
        continue
      }
      guard let next = iterator.next() else {
        out += "\\"
        break
      }
      switch next {
      case "n", "l", "r": out += "\n"
      case "N", "E": out += objectName
      case "G": out += graphName
      case "T": out += tailName
      case "H": out += headName
      default: out.unicodeScalars.append(next)
      }
    }
    // A trailing line break marks the last line's justification in Graphviz, not an empty line.
    if out.hasSuffix("\n") { out.removeLast() }
    return out
  }

  /// Text for an HTML-like label: `&`, `<`, `>`, `"` and `'` as XML entities, line breaks as
  /// `<BR/>`. Cost: O(length).
  package static func html(_ text: String) -> String { Escaper.dotHTML(text) }
}
