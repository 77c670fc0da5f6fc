/// Finds where the first graph of a DOT text ends, so that text after it can be rejected.
///
/// cgraph's `agmemread` stops after the first graph and silently drops what follows on later lines
/// (it reads line by line; only the rest of the current line stays in its scanner buffer), so the
/// check cannot be left to it. The scan skips comments (`//`, `/* */`, `#` lines), quoted strings
/// (with `\` escapes) and HTML strings (`<…>`, nested), counts braces, and returns what follows
/// the brace that closes the first graph body. Cost: O(length).
enum DOTExtent {
  /// What follows the first graph, if anything but whitespace and comments does.
  struct Trailing: Equatable {
    /// 1-based line where the trailing text starts.
    let line: Int
    /// The start of the trailing text (up to 40 characters).
    let excerpt: String
    /// Whether it looks like a second graph (`graph`, `digraph` or `strict` keyword).
    let isGraph: Bool
  }

  /// The text after the first graph, or nil when there is none or the braces never balance
  /// (cgraph then reports the syntax error itself).
  static func trailingText(in text: String) -> Trailing? {
    let bytes = Array(text.utf8)
    var i = 0
    var depth = 0
    var opened = false
    var atLineStart = true
    while i < bytes.count {
      let c = bytes[i]
      if let next = skipTrivia(bytes, at: i, atLineStart: atLineStart) {
        atLineStart = next > 0 && bytes[next - 1] == UInt8(ascii: "\n")
        i = next
        continue
      }
      atLineStart = false
      switch c {
      case UInt8(ascii: "\""):
        i = endOfQuoted(bytes, from: i)
        continue
      case UInt8(ascii: "<") where opened:
        i = endOfHTML(bytes, from: i)
        continue
      case UInt8(ascii: "{"):
        depth += 1
        opened = true
      case UInt8(ascii: "}"):
        depth -= 1
        if opened, depth == 0 { return trailing(bytes, after: i + 1) }
      default:
        break
      }
      i += 1
    }
    return nil
  }

  /// The first non-trivia text at or after `start`, described.
  private static func trailing(_ bytes: [UInt8], after start: Int) -> Trailing? {
    var i = start
    var atLineStart = false
    while i < bytes.count {
      if let next = skipTrivia(bytes, at: i, atLineStart: atLineStart) {
        atLineStart = next > 0 && bytes[next - 1] == UInt8(ascii: "\n")
        i = next
        continue
      }
      let line = 1 + bytes[..<i].lazy.filter { $0 == UInt8(ascii: "\n") }.count
      let rest = String(decoding: bytes[i..<min(bytes.count, i + 160)], as: UTF8.self)
      let excerpt = String(rest.prefix(40).prefix { $0 != "\n" })
      let word = rest.prefix { $0.isLetter }.lowercased()
      return Trailing(line: line, excerpt: excerpt, isGraph: ["graph", "digraph", "strict"].contains(word))
    }
    return nil
  }

  /// If whitespace or a comment starts at `i`, the index after it; otherwise nil.
  private static func skipTrivia(_ bytes: [UInt8], at i: Int, atLineStart: Bool) -> Int? {
    let c = bytes[i]
    if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
      return i + 1
    }
    let next = i + 1 < bytes.count ? bytes[i + 1] : 0
    if (c == UInt8(ascii: "#") && atLineStart) || (c == UInt8(ascii: "/") && next == UInt8(ascii: "/")) {
      var j = i
      while j < bytes.count, bytes[j] != UInt8(ascii: "\n") { j += 1 }
      return j
    }
    if c == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
      var j = i + 2
      while j + 1 < bytes.count, !(bytes[j] == UInt8(ascii: "*") && bytes[j + 1] == UInt8(ascii: "/")) { j += 1 }
      return min(bytes.count, j + 2)
    }
    return nil
  }

  /// The index after the quoted string starting at `start`.
  private static func endOfQuoted(_ bytes: [UInt8], from start: Int) -> Int {
    var j = start + 1
    while j < bytes.count {
      if bytes[j] == UInt8(ascii: "\\") {
        j += 2
        continue
      }
      if bytes[j] == UInt8(ascii: "\"") { return j + 1 }
      j += 1
    }
    return bytes.count
  }

  /// The index after the HTML string (nested `<…>`) starting at `start`.
  private static func endOfHTML(_ bytes: [UInt8], from start: Int) -> Int {
    var nesting = 0
    var j = start
    while j < bytes.count {
      if bytes[j] == UInt8(ascii: "<") { nesting += 1 }
      if bytes[j] == UInt8(ascii: ">") {
        nesting -= 1
        if nesting == 0 { return j + 1 }
      }
      j += 1
    }
    return bytes.count
  }
}
