import Clout
import CloutIO
import Testing

/// The fields of an object value (fails the test for anything else).
private func fields(
  _ value: LocatedValue, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [(key: String, keyLocation: Clout.SourceLocation, value: LocatedValue)] {
  guard case .object(let fields) = value.content else {
    Issue.record("expected an object, found \(value.shape)", sourceLocation: sourceLocation)
    return []
  }
  return fields
}

/// The text and quotedness of a scalar value (nil for anything else).
private func scalar(_ value: LocatedValue?) -> (String, Bool)? {
  guard let value, case .scalar(let s, let quoted) = value.content else { return nil }
  return (s, quoted)
}

/// Whether a value is a scalar with this text and quotedness.
private func isScalar(_ value: LocatedValue?, _ text: String, quoted: Bool) -> Bool {
  guard let (s, q) = scalar(value) else { return false }
  return s == text && q == quoted
}

@Suite("JSON tree reader: values, keys, escapes and their places")
struct JSONReaderTests {
  @Test func keysAndValuesKeepTheirOrderAndPlaces() throws {
    let text = "{\n  \"b\": 1,\n  \"a\": [true, null, \"x\"],\n    \"c\": {\"d\": -2.5e3}\n}"
    let root = try JSONTreeReader.read(text, file: "t.json")
    #expect(root.location == Clout.SourceLocation(file: "t.json", line: 1, column: 1))
    let f = fields(root)
    try #require(f.count == 3)
    #expect(f.map(\.key) == ["b", "a", "c"])
    #expect(f.map(\.keyLocation.line) == [2, 3, 4])
    #expect(f.map(\.keyLocation.column) == [3, 3, 5])
    #expect(f[0].value.location.column == 8)
    #expect(isScalar(f[0].value, "1", quoted: false))
    guard case .array(let items) = f[1].value.content else {
      Issue.record("'a' is not a list")
      return
    }
    try #require(items.count == 3)
    #expect(isScalar(items[0], "true", quoted: false))
    #expect(items[1].isNull)
    #expect(isScalar(items[2], "x", quoted: true))
    #expect(items.map(\.location.column) == [9, 15, 21])
    let inner = fields(f[2].value)
    try #require(inner.count == 1)
    #expect(inner.map(\.key) == ["d"])
    #expect(isScalar(inner[0].value, "-2.5e3", quoted: false))
    #expect(inner[0].value.location == Clout.SourceLocation(file: "t.json", line: 4, column: 16))
  }

  @Test func quotedNullIsText() throws {
    let root = try JSONTreeReader.read("[\"null\", null]", file: "t")
    guard case .array(let items) = root.content else {
      Issue.record("not a list")
      return
    }
    try #require(items.count == 2)
    #expect(!items[0].isNull)
    #expect(items[1].isNull)
  }

  @Test func escapes() throws {
    let text = #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u65E5", "\ud83d\ude00", "日本語"]"#
    let root = try JSONTreeReader.read(text, file: "t")
    guard case .array(let items) = root.content else {
      Issue.record("not a list")
      return
    }
    #expect(items.compactMap { scalar($0)?.0 } == ["a\"b\\c/d\u{8}\u{C}\n\r\t", "é日", "😀", "日本語"])
  }

  @Test func columnsAfterWideCharactersCountCharacters() throws {
    let root = try JSONTreeReader.read("{\"名前\": \"ラトニック\", \"x\": 1}", file: "t")
    let f = fields(root)
    try #require(f.count == 2)
    #expect(f.map(\.keyLocation.column) == [2, 17])
    #expect(f[1].value.location.column == 22)
  }

  @Test func numbersAreKeptAsWritten() throws {
    let root = try JSONTreeReader.read("[0, -0, 0.5, 1E+2, 1e-07, 123456789012345678901234567890]", file: "t")
    guard case .array(let items) = root.content else {
      Issue.record("not a list")
      return
    }
    #expect(
      items.compactMap { scalar($0)?.0 } == ["0", "-0", "0.5", "1E+2", "1e-07", "123456789012345678901234567890"])
    #expect(items.allSatisfy { scalar($0)?.1 == false })
  }

  @Test func scalarAtTheTop() throws {
    #expect(isScalar(try JSONTreeReader.read("  \"just text\"  ", file: "t"), "just text", quoted: true))
  }

  @Test func nestingUpToTheLimitIsRead() throws {
    let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    var value = try JSONTreeReader.read(text, file: "t")
    var depth = 0
    while case .array(let items) = value.content, let first = items.first {
      value = first
      depth += 1
    }
    #expect(depth == 511)
    #expect(throws: InputError.self) {
      try JSONTreeReader.read("[" + text + "]", file: "t")
    }
  }
}
