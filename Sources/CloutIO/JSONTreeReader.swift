import Clout

/// Reads JSON text (RFC 8259) into a `LocatedValue` tree with the line and column of every value
/// and key. Duplicate keys are an error, as in the YAML reader.
///
/// Cost: O(length of the text); nesting depth is capped (512 unless told) so that hostile input
/// cannot exhaust the stack, and so is the number of values (unbounded unless told), so that a
/// huge file is refused at the first value past the bound rather than after its whole tree is built.
package struct JSONTreeReader {
  private let bytes: [UInt8]
  private let file: String
  private var i = 0
  private var depth = 0
  /// Lines and columns of byte offsets, for `here()`.
  private let positions: TextPositions
  private let maxDepth: Int
  private let maxValues: Int
  private var values = 0
  /// Bounds on the items of the arrays held under given keys (a node-link file's `nodes`,
  /// `links`…): the first item beyond is an error at its place, before the rest is read.
  private var arrayBounds: [String: ArrayBound] = [:]

  /// At most `limit` items, called `name` in the error ("nodes").
  package struct ArrayBound: Sendable {
    package var limit: Int
    package var name: String
    package init(limit: Int, name: String) {
      self.limit = limit
      self.name = name
    }
  }

  package static func read(
    _ text: String, file: String, maxDepth: Int = 512, maxValues: Int = .max,
    arrayBounds: [String: ArrayBound] = [:]
  ) throws(InputError) -> LocatedValue {
    var reader = JSONTreeReader(bytes: Array(text.utf8), file: file, maxDepth: maxDepth, maxValues: maxValues)
    reader.arrayBounds = arrayBounds
    reader.skipSpace()
    if reader.i >= reader.bytes.count {
      throw InputError(
        "the file is empty", at: SourceLocation(file: file, line: 1, column: 1),
        hint: "a network file is a JSON object (see docs/FORMAT.md)")
    }
    let value = try reader.value()
    reader.skipSpace()
    if reader.i < reader.bytes.count {
      throw InputError("malformed JSON: unexpected text after the top-level value", at: reader.here())
    }
    return value
  }

  private init(bytes: [UInt8], file: String, maxDepth: Int, maxValues: Int) {
    self.bytes = bytes
    self.file = file
    self.maxDepth = maxDepth
    positions = TextPositions(bytes, file: file)
    self.maxValues = maxValues
  }

  /// The current position; columns count Unicode scalars, 1-based (`TextPositions`, which stays
  /// fast on a long one-line file such as the node-link JSON networkx writes).
  private func here() -> SourceLocation { positions.location(i) }

  private mutating func fail(_ message: String) -> InputError {
    InputError("malformed JSON: \(message)", at: here())
  }

  private mutating func skipSpace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09, 0x0D: i += 1
      case 0x0A: i += 1
      default: return
      }
    }
  }

  private mutating func value(bound: ArrayBound? = nil) throws(InputError) -> LocatedValue {
    skipSpace()
    guard i < bytes.count else { throw fail("unexpected end of input") }
    let at = here()
    values += 1
    if values > maxValues {
      throw InputError(
        "the document holds more than the \(maxValues) values a network file may hold", at: at,
        hint: "split the network into several files")
    }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object(at)
    case UInt8(ascii: "["): return try array(at, bound: bound)
    case UInt8(ascii: "\""): return LocatedValue(.scalar(try string(), quoted: true), at: at)
    case UInt8(ascii: "t"): return try literal("true", at)
    case UInt8(ascii: "f"): return try literal("false", at)
    case UInt8(ascii: "n"): return try literal("null", at)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return LocatedValue(.scalar(try number(), quoted: false), at: at)
    default: throw fail("unexpected character '\(Character(Unicode.Scalar(bytes[i])))'")
    }
  }

  private mutating func literal(_ word: String, _ at: SourceLocation) throws(InputError) -> LocatedValue {
    let w = Array(word.utf8)
    guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { throw fail("invalid literal") }
    i += w.count
    return LocatedValue(.scalar(word, quoted: false), at: at)
  }

  private mutating func number() throws(InputError) -> String {
    let start = i
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    func digits(_ r: inout JSONTreeReader) -> Int {
      let s = r.i
      while r.i < r.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(r.bytes[r.i]) { r.i += 1 }
      return r.i - s
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "0") {
      i += 1
    } else if digits(&self) == 0 {
      throw fail("invalid number")
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      if digits(&self) == 0 { throw fail("invalid number: digits expected after '.'") }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      if digits(&self) == 0 { throw fail("invalid number: digits expected in exponent") }
    }
    return String(decoding: bytes[start..<i], as: UTF8.self)
  }

  private mutating func string() throws(InputError) -> String {
    i += 1  // opening quote
    var out: [UInt8] = []
    while true {
      guard i < bytes.count else { throw fail("unterminated string") }
      let b = bytes[i]
      switch b {
      case UInt8(ascii: "\""):
        i += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        i += 1
        guard i < bytes.count else { throw fail("unterminated escape") }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800..<0xDC00).contains(code) {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
              throw fail("unpaired surrogate in \\u escape")
            }
            i += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid low surrogate in \\u escape") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00..<0xE000).contains(code) {
            throw fail("unpaired surrogate in \\u escape")
          }
          guard let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
        }
      case 0x00..<0x20:
        throw fail("control character in string (escape it, e.g. \\n)")
      default:
        out.append(b)
        i += 1
      }
    }
  }

  private mutating func hex4() throws(InputError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw fail("truncated \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[i]
      let d: UInt32
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
      default: throw fail("invalid hex digit in \\u escape")
      }
      v = v * 16 + d
      i += 1
    }
    return v
  }

  private mutating func enter() throws(InputError) {
    depth += 1
    if depth > maxDepth { throw fail("nested more than \(maxDepth) levels deep") }
  }

  private mutating func array(_ at: SourceLocation, bound: ArrayBound? = nil) throws(InputError) -> LocatedValue {
    try enter()
    defer { depth -= 1 }
    i += 1
    var items: [LocatedValue] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      return LocatedValue(.array(items), at: at)
    }
    while true {
      if let bound, items.count == bound.limit {
        skipSpace()
        throw InputError(
          "the file holds more than the \(bound.limit) \(bound.name) allowed", at: here(),
          hint: "split the graph into several files")
      }
      items.append(try value())
      skipSpace()
      guard i < bytes.count else { throw fail("unterminated list (missing ']')") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
      } else if bytes[i] == UInt8(ascii: "]") {
        i += 1
        return LocatedValue(.array(items), at: at)
      } else {
        throw fail("expected ',' or ']' in list")
      }
    }
  }

  private mutating func object(_ at: SourceLocation) throws(InputError) -> LocatedValue {
    try enter()
    defer { depth -= 1 }
    i += 1
    var fields: [(key: String, keyLocation: SourceLocation, value: LocatedValue)] = []
    var seen: Set<String> = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      return LocatedValue(.object(fields), at: at)
    }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
      let keyAt = here()
      let key = try string()
      if !seen.insert(key).inserted {
        throw InputError("duplicate key '\(key)' in one object", at: keyAt, hint: "each key may appear once per object")
      }
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key '\(key)'") }
      i += 1
      fields.append((key, keyAt, try value(bound: arrayBounds[key])))
      skipSpace()
      guard i < bytes.count else { throw fail("unterminated object (missing '}')") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
      } else if bytes[i] == UInt8(ascii: "}") {
        i += 1
        return LocatedValue(.object(fields), at: at)
      } else {
        throw fail("expected ',' or '}' in object")
      }
    }
  }
}
