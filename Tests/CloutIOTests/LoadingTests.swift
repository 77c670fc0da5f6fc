import Clout
import CloutIO
import Foundation
import Testing

/// Expects an input error with exactly one diagnostic, an error whose message contains every
/// fragment, located in `file` at `line` (and `column` when given).
private func expectInputError(
  _ error: InputError?, containing fragments: [String], file: String, line: Int, column: Int? = nil,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  guard let error else { return }
  #expect(error.diagnostics.count == 1, "\(error)", sourceLocation: sourceLocation)
  guard let d = error.diagnostics.first else { return }
  #expect(d.severity == .error, sourceLocation: sourceLocation)
  for fragment in fragments {
    #expect(d.message.contains(fragment), "'\(fragment)' is not in: \(d)", sourceLocation: sourceLocation)
  }
  #expect(d.location?.file == file, "\(d)", sourceLocation: sourceLocation)
  #expect(d.location?.line == line, "\(d)", sourceLocation: sourceLocation)
  if let column { #expect(d.location?.column == column, "\(d)", sourceLocation: sourceLocation) }
}

@Suite("Malformed YAML: an input error at the right place, never a crash")
struct MalformedYAMLTests {
  @Test func unterminatedString() {
    let error = inputError("clout: 1\ntitle: \"abc\n", .yaml, origin: "a.yaml")
    // libyaml notices at the end of the text; the message says where the string began.
    expectInputError(
      error, containing: ["malformed YAML", "while scanning a quoted scalar at line 2, column 8"], file: "a.yaml",
      line: 3)
  }

  @Test func missingBracket() {
    let error = inputError("clout: 1\ntopics: [a, b\nentities: []\n", .yaml, origin: "a.yaml")
    expectInputError(
      error, containing: ["malformed YAML", "while parsing a flow sequence at line 2, column 9"], file: "a.yaml",
      line: 3)
  }

  @Test func trailingGarbage() {
    let error = inputError("clout: 1\ntitle: T\n]\n", .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["malformed YAML"], file: "a.yaml", line: 3, column: 1)
  }

  @Test func secondDocument() {
    let error = inputError("clout: 1\n---\nclout: 1\n", .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["YAML"], file: "a.yaml", line: 2)
  }

  @Test func badIndentation() {
    let error = inputError("clout: 1\nentities:\n  - id: a\n   kind: person\n", .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["malformed YAML"], file: "a.yaml", line: 4)
  }

  @Test func duplicateKeysAtTheTop() {
    let error = inputError("clout: 1\ntitle: a\ntitle: b\n", .yaml, origin: "a.yaml")
    // The YAML library points at the first of the duplicated keys.
    expectInputError(error, containing: ["duplicate key 'title'"], file: "a.yaml", line: 2, column: 1)
  }

  @Test func duplicateKeysInAnEntity() {
    let text = "clout: 1\nentities:\n  - id: a\n    kind: person\n    id: b\n"
    let error = inputError(text, .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["duplicate key 'id'"], file: "a.yaml", line: 3, column: 5)
  }

  @Test func deepNesting() {
    let depth = 20_000
    let text = "clout: 1\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    let error = inputError(text, .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["nesting"], file: "a.yaml", line: 2)
  }

  @Test func deepButAllowedNestingIsReadAndWarnedAbout() throws {
    let depth = 200
    let text = "clout: 1\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    let loaded = try loadText(text)
    #expect(loaded.diagnostics.map(\.message) == ["unknown field 'x' in the top level"])
  }

  @Test(arguments: ["", "\n\n", "# only a comment\n"])
  func emptyText(_ text: String) {
    let error = inputError(text, .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["the file is empty"], file: "a.yaml", line: 1, column: 1)
  }

  @Test(arguments: ["---\n", "--- ~\n", "just words\n", "- a list\n"])
  func documentThatIsNotAMapping(_ text: String) throws {
    let found = try loadText(text).diagnostics
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.message.hasPrefix("the top level must be a mapping") == true, "\(found)")
    #expect(found.first?.location?.file == "test.yaml")
  }

  @Test func controlCharacterIsLocated() {
    let error = inputError("clout: 1\ntitle: T\nnote: a\u{7}b\n", .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["control characters are not allowed"], file: "a.yaml", line: 3, column: 8)
  }

  @Test func controlCharacterAfterWideCharactersIsLocated() {
    let error = inputError("clout: 1\r\ntitle: 日本語\u{1}\r\n", .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["control characters are not allowed"], file: "a.yaml", line: 2, column: 11)
  }

  @Test func tabsForIndentation() {
    let error = inputError("clout: 1\nentities:\n\t- id: a\n", .yaml, origin: "a.yaml")
    expectInputError(error, containing: ["malformed YAML"], file: "a.yaml", line: 3)
  }
}

@Suite("Malformed JSON: an input error at the right place, never a crash")
struct MalformedJSONTests {
  @Test func unterminatedString() {
    let error = inputError("{\"clout\": 1, \"title\": \"abc", .json, origin: "a.json")
    expectInputError(error, containing: ["malformed JSON", "unterminated string"], file: "a.json", line: 1, column: 27)
  }

  @Test func missingBracket() {
    let error = inputError("{\"clout\": 1,\n \"topics\": [1, 2}", .json, origin: "a.json")
    expectInputError(error, containing: ["expected ',' or ']'"], file: "a.json", line: 2, column: 17)
  }

  @Test func missingBrace() {
    let error = inputError("{\"clout\": 1,\n \"topics\": []\n", .json, origin: "a.json")
    expectInputError(error, containing: ["unterminated object (missing '}')"], file: "a.json", line: 3, column: 1)
  }

  @Test func trailingGarbage() {
    let error = inputError("{\"clout\": 1}\n  x", .json, origin: "a.json")
    expectInputError(
      error, containing: ["unexpected text after the top-level value"], file: "a.json", line: 2, column: 3)
  }

  @Test func trailingComma() {
    let error = inputError("{\"clout\": 1,}", .json, origin: "a.json")
    expectInputError(error, containing: ["expected a quoted key"], file: "a.json", line: 1, column: 13)
  }

  @Test func duplicateKeys() {
    let error = inputError("{\"clout\": 1,\n  \"title\": \"a\",\n  \"title\": \"b\"}", .json, origin: "a.json")
    expectInputError(error, containing: ["duplicate key 'title'"], file: "a.json", line: 3, column: 3)
  }

  @Test func deepNesting() {
    let depth = 100_000
    let text = "{\"x\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
    let error = inputError(text, .json, origin: "a.json")
    // The object is level 1, so the 512th list (at column 7 + 511) is level 513, one too deep.
    expectInputError(error, containing: ["nested more than 512 levels"], file: "a.json", line: 1, column: 518)
  }

  @Test(arguments: ["", "   \n\t\n"])
  func emptyText(_ text: String) {
    let error = inputError(text, .json, origin: "a.json")
    expectInputError(error, containing: ["the file is empty"], file: "a.json", line: 1, column: 1)
  }

  @Test func columnsCountCharactersNotBytes() {
    let error = inputError("{\"title\": \"日本語\", x}", .json, origin: "a.json")
    expectInputError(error, containing: ["expected a quoted key"], file: "a.json", line: 1, column: 18)
  }

  @Test(arguments: [
    ("{\"a\": \"\\x\"}", "invalid escape"), ("{\"a\": \"\\ud800\"}", "unpaired surrogate"),
    ("{\"a\": \"\\u12\"}", "hex digit"), ("{\"a\": 01}", "expected ',' or '}'"), ("{\"a\": -}", "invalid number"),
    ("{\"a\": 1.}", "digits expected after '.'"), ("{\"a\": tru}", "invalid literal"),
    ("{\"a\": \"line\nbreak\"}", "control character"), ("{'a': 1}", "expected a quoted key"),
  ])
  func badTokens(_ text: String, _ fragment: String) {
    let error = inputError(text, .json, origin: "a.json")
    expectInputError(error, containing: ["malformed JSON", fragment], file: "a.json", line: 1)
  }
}

@Suite("Reading files: encodings, folders, missing files")
struct FileReadingTests {
  @Test func invalidUTF8IsLocated() throws {
    let folder = try TemporaryFolder()
    let path = try folder.file("bad.yaml", Array("clout: 1\ntitle: ab".utf8) + [0xC3, 0x28] + Array("\n".utf8))
    let error = inputError(path: path)
    expectInputError(error, containing: ["not valid UTF-8", "offset 18"], file: path, line: 2, column: 10)
  }

  @Test func invalidUTF8InJSON() throws {
    let folder = try TemporaryFolder()
    let path = try folder.file("bad.json", Array("{\"clout\": 1,\n \"title\": \"".utf8) + [0xFF] + Array("\"}".utf8))
    let error = inputError(path: path)
    expectInputError(error, containing: ["not valid UTF-8"], file: path, line: 2, column: 12)
  }

  @Test(arguments: [[UInt8]([0xFF, 0xFE]), [0xFE, 0xFF]])
  func utf16IsRefused(_ bom: [UInt8]) throws {
    let folder = try TemporaryFolder()
    let utf16 = Array("clout: 1\n".utf16).flatMap {
      bom[0] == 0xFF ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)]
    }
    let path = try folder.file("utf16.yaml", bom + utf16)
    let error = inputError(path: path)
    expectInputError(error, containing: ["UTF-16"], file: path, line: 1, column: 1)
    #expect(error?.diagnostics.first?.hint?.contains("UTF-8") == true)
  }

  @Test func utf8ByteOrderMarkIsAccepted() throws {
    let folder = try TemporaryFolder()
    let path = try folder.file("bom.yaml", [0xEF, 0xBB, 0xBF] + Array("clout: 1\ntitle: T\n".utf8))
    let loaded = try NetworkLoader.load(path: path)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.network.title == "T")
  }

  @Test(arguments: ["empty.yaml", "empty.json", "empty"])
  func emptyFile(_ name: String) throws {
    let folder = try TemporaryFolder()
    let path = try folder.file(name, [])
    let error = inputError(path: path)
    expectInputError(error, containing: ["the file is empty"], file: path, line: 1, column: 1)
  }

  @Test func folderIsRefused() throws {
    let folder = try TemporaryFolder()
    let error = inputError(path: folder.url.path)
    #expect(error?.diagnostics.count == 1)
    #expect(
      error?.diagnostics.first?.message.contains("\(folder.url.path) is a folder") == true,
      "\(String(describing: error))")
  }

  @Test func missingFileIsNamed() throws {
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent("nowhere.yaml").path
    let error = inputError(path: path)
    #expect(error?.diagnostics.count == 1)
    let d = error?.diagnostics.first
    #expect(d?.message == "no such file: \(path)", "\(String(describing: d))")
    #expect(d?.hint?.contains("bundled seed network") == true)
  }

  @Test func formatComesFromTheExtensionThenFromTheText() throws {
    let folder = try TemporaryFolder()
    let json = "{\"clout\": 1, \"title\": \"J\"}"
    #expect(try NetworkLoader.load(path: folder.file("a.json", text: json)).network.title == "J")
    #expect(try NetworkLoader.load(path: folder.file("a.network", text: json)).network.title == "J")
    #expect(try NetworkLoader.load(path: folder.file("a.YML", text: "clout: 1\ntitle: Y\n")).network.title == "Y")
    #expect(try NetworkLoader.load(path: folder.file("a.txt", text: "clout: 1\ntitle: Y\n")).network.title == "Y")
    // A .json file is read as JSON even though this text is valid YAML.
    let error = inputError(path: try folder.file("b.json", text: "clout: 1\n"))
    #expect(error?.diagnostics.first?.message.contains("malformed JSON") == true)
  }

  @Test func inputErrorDescriptionListsEveryDiagnostic() {
    let error = InputError([
      .error("one", at: Clout.SourceLocation(file: "f", line: 1, column: 2)), .error("two", hint: "do this"),
    ])
    #expect(error.description == "f:1:2: error: one\nerror: two — do this")
  }
}
