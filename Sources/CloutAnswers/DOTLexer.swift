/// The tokens of a DOT text, as Graphviz's scanner (cgraph's `scan.l`) cuts it: IDs (plain names,
/// numerals, double-quoted strings, HTML strings), edge operators and punctuation, with comments and
/// `#` lines skipped. Each token carries the line and column (in Unicode scalars) where it starts.
///
/// Quoted strings are unescaped as the scanner does: `\"` is a quote, `\` + newline is dropped, and
/// every other backslash stays (`\\` stays two backslashes, but does not escape the quote after it).
/// Bytes that start no token are skipped; the lexer never fails — syntax is Graphviz's to judge.
/// Cost: O(length of the text), one pass; memory O(longest token + lines).
struct DOTLexer {
  /// A 1-based line and column (Unicode scalars) in the text.
  struct Place: Hashable, Sendable {
    var line: Int
    var column: Int
  }

  enum Kind: Equatable {
    case id, edgeOperator, openBrace, closeBrace, openBracket, closeBracket, equals, semicolon, comma, colon, plus
    case end
  }

  /// The DOT keywords (case-insensitive, and only when not quoted).
  enum Keyword {
    case node, edge, graph, digraph, subgraph, strict
  }

  struct Token {
    var kind: Kind
    var place: Place
    /// The ID's value (unescaped), for `.id`.
    var value = ""
    /// Whether the ID was a double-quoted string.
    var quoted = false
    /// The keyword an unquoted ID spells, if any.
    var keyword: Keyword? = nil
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  private var line = 1
  private var column = 1
  /// The byte offset where each line starts (line 1 at offset 0).
  private(set) var lineStarts: [Int] = [0]

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Moves past one byte, keeping the line and column.
  private mutating func step() {
    let b = bytes[i]
    i += 1
    if b == 0x0A {
      line += 1
      column = 1
      lineStarts.append(i)
    } else if b & 0xC0 != 0x80 {
      column += 1
    }
  }

  private func byte(at k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }

  private static func isNameByte(_ b: UInt8) -> Bool {
    b >= 0x80 || b == UInt8(ascii: "_") || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
      || (0x30...0x39).contains(b)
  }

  private static func isDigit(_ b: UInt8?) -> Bool { b.map { (0x30...0x39).contains($0) } ?? false }

  /// The next token; `.end` at the end of the text (and ever after).
  mutating func next() -> Token {
    while i < bytes.count {
      let b = bytes[i]
      let place = Place(line: line, column: column)
      switch b {
      case 0...0x20, 0x7F:
        step()
      case UInt8(ascii: "#") where column == 1:
        skipLine()
      case UInt8(ascii: "/") where byte(at: i + 1) == UInt8(ascii: "/"):
        skipLine()
      case UInt8(ascii: "/") where byte(at: i + 1) == UInt8(ascii: "*"):
        step()
        step()
        while i < bytes.count, !(bytes[i] == UInt8(ascii: "*") && byte(at: i + 1) == UInt8(ascii: "/")) { step() }
        if i < bytes.count {
          step()
          step()
        }
      case UInt8(ascii: "\""):
        return quoted(at: place)
      case UInt8(ascii: "<"):
        return html(at: place)
      case UInt8(ascii: "-") where byte(at: i + 1) == UInt8(ascii: ">") || byte(at: i + 1) == UInt8(ascii: "-"):
        step()
        step()
        return Token(kind: .edgeOperator, place: place)
      case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
        if let token = numeral(at: place) { return token }
        step()
      case _ where Self.isNameByte(b):
        return name(at: place)
      default:
        step()
        if let kind = Self.punctuation[b] { return Token(kind: kind, place: place) }
      }
    }
    return Token(kind: .end, place: Place(line: line, column: column))
  }

  private static let punctuation: [UInt8: Kind] = [
    UInt8(ascii: "{"): .openBrace, UInt8(ascii: "}"): .closeBrace, UInt8(ascii: "["): .openBracket,
    UInt8(ascii: "]"): .closeBracket, UInt8(ascii: "="): .equals, UInt8(ascii: ";"): .semicolon,
    UInt8(ascii: ","): .comma, UInt8(ascii: ":"): .colon, UInt8(ascii: "+"): .plus,
  ]

  private mutating func skipLine() {
    while i < bytes.count, bytes[i] != 0x0A { step() }
  }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// `[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*`.
  private mutating func name(at place: Place) -> Token {
    let start = i
    while i < bytes.count, Self.isNameByte(bytes[i]) { step() }
    let value = text(start..<i)
    return Token(
      kind: .id, place: place, value: value, keyword: i - start <= 8 ? Self.keywords[value.lowercased()] : nil)
  }

  private static let keywords: [String: Keyword] = [
    "node": .node, "edge": .edge, "graph": .graph, "digraph": .digraph, "subgraph": .subgraph, "strict": .strict,
  ]

  /// `-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)`; nil when the bytes here are not one.
  private mutating func numeral(at place: Place) -> Token? {
    var k = i
    if bytes[k] == UInt8(ascii: "-") { k += 1 }
    let digitsBefore = k
    while Self.isDigit(byte(at: k)) { k += 1 }
    let whole = k > digitsBefore
    if byte(at: k) == UInt8(ascii: ".") {
      k += 1
      let fraction = k
      while Self.isDigit(byte(at: k)) { k += 1 }
      guard whole || k > fraction else { return nil }
    } else if !whole {
      return nil
    }
    let start = i
    while i < k { step() }
    return Token(kind: .id, place: place, value: text(start..<i))
  }

  /// A double-quoted string, unescaped; an unclosed one runs to the end of the text.
  private mutating func quoted(at place: Place) -> Token {
    step()
    var value: [UInt8] = []
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        step()
        break
      }
      if b == UInt8(ascii: "\\"), let escaped = byte(at: i + 1) {
        if escaped == UInt8(ascii: "\"") {
          value.append(escaped)
          step()
          step()
          continue
        }
        if escaped == UInt8(ascii: "\\") {
          value.append(b)
          value.append(escaped)
          step()
          step()
          continue
        }
        if escaped == 0x0A {
          step()
          step()
          continue
        }
      }
      value.append(b)
      step()
    }
    return Token(kind: .id, place: place, value: String(decoding: value, as: UTF8.self), quoted: true)
  }

  /// An HTML string `<…>` (angle brackets balanced); its value is the text between the outer ones.
  private mutating func html(at place: Place) -> Token {
    step()
    let start = i
    var depth = 1
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "<") { depth += 1 }
      if bytes[i] == UInt8(ascii: ">") {
        depth -= 1
        if depth == 0 { break }
      }
      step()
    }
    let value = text(start..<i)
    if i < bytes.count { step() }
    return Token(kind: .id, place: place, value: value)
  }
}
