import Clout
import CloutIO
import Foundation
import Testing

/// The input error that reading `text` as `format` throws, or nil (and a recorded issue).
func interopReadError(
  _ text: String, _ format: InteropFormat, limits: InteropLimits = .standard,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> InputError? {
  do {
    let bytes = Array(text.utf8)
    switch format {
    case .graphml: _ = try GraphMLReader.read(bytes: bytes, file: "bad", limits: limits)
    case .gexf: _ = try GEXFReader.read(bytes: bytes, file: "bad", limits: limits)
    default: _ = try NodeLinkReader.read(bytes: bytes, file: "bad", limits: limits)
    }
    Issue.record("expected an input error, but the text was read", sourceLocation: sourceLocation)
  } catch {
    return error
  }
  return nil
}

/// Expects one error whose message has every fragment, at the place where `needle` starts in
/// `text` (or at the given line and column).
func interopExpectError(
  _ error: InputError?, _ fragments: [String], at needle: String? = nil, in text: String = "",
  line: Int? = nil, column: Int? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  guard let error else { return }
  let matches = error.diagnostics.filter { d in fragments.allSatisfy { d.message.contains($0) } }
  guard let d = matches.first else {
    Issue.record("no error containing \(fragments) among:\n\(error)", sourceLocation: sourceLocation)
    return
  }
  var expected: (line: Int, column: Int)?
  if let needle { expected = interopPosition(of: needle, in: text) }
  if let line, let column { expected = (line, column) }
  if let expected {
    #expect(d.location?.line == expected.line, "\(d)", sourceLocation: sourceLocation)
    #expect(d.location?.column == expected.column, "\(d)", sourceLocation: sourceLocation)
  } else {
    #expect(d.location != nil, "\(d)", sourceLocation: sourceLocation)
  }
}

@Suite("Interop bad files: located errors, nothing half-written")
struct InteropErrorTests {
  static let head = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"

  @Test("truncated XML names the element left open, at the end of the file")
  func truncated() {
    let text = Self.head + "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<edge source=\"a\" target=\"a\">\n"
    interopExpectError(interopReadError(text, .graphml), ["truncated", "<edge>", "line 4"], line: 5, column: 1)
    let cut = Self.head + "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<edge source=\"a"
    interopExpectError(interopReadError(cut, .graphml), ["truncated", "'source'"], line: 4, column: 15)
  }

  @Test("mismatched tags, stray text and a second root are located")
  func malformed() {
    let text = Self.head + "<graph>\n  <node id=\"a\">\n  </graph>\n</graphml>\n"
    interopExpectError(interopReadError(text, .graphml), ["</graph>", "<node>", "line 3"], at: "</graph>", in: text)
    let stray = "<graphml/>\ntrailing words"
    interopExpectError(interopReadError(stray, .graphml), ["after the root"], at: "trailing", in: stray)
  }

  @Test("an edge without a target, or naming no node, is an error at the edge")
  func missingEndpoints() throws {
    let text =
      Self.head + "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n  <edge source=\"a\"/>\n</graph></graphml>"
    interopExpectError(interopReadError(text, .graphml), ["'target'"], at: "<edge", in: text)
    let dangling =
      Self.head
      + "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n  <edge source=\"a\" target=\"zz\"/>\n</graph></graphml>"
    let graph = try GraphMLReader.read(bytes: Array(dangling.utf8), file: "bad")
    let loaded = ImportMapper.network(from: graph)
    let d = try #require(loaded.diagnostics.first { $0.severity == .error })
    #expect(d.message.contains("unknown entity 'zz'"))
    let at = try #require(interopPosition(of: "<edge", in: dangling))
    #expect(d.location?.line == at.line && d.location?.column == at.column)
    #expect(throws: InputError.self) { try graph.plainGraph() }
  }

  @Test("values of the wrong type are errors at their element")
  func wrongTypes() throws {
    let text =
      "<graphml>\n<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      + "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/>\n"
      + "<edge source=\"a\" target=\"b\">  <data key=\"w\">heavy</data></edge></graph></graphml>"
    interopExpectError(interopReadError(text, .graphml), ["'heavy'", "not a number", "double"], at: "<data", in: text)
    let unknownType = "<graphml><key id=\"k\" for=\"node\" attr.name=\"x\" attr.type=\"decimal\"/></graphml>"
    interopExpectError(interopReadError(unknownType, .graphml), ["unknown attr.type 'decimal'"])
    // A Clout field of the wrong type is found by the same decoder as in YAML, at the edge.
    let strength =
      "<graphml><key id=\"s\" for=\"edge\" attr.name=\"strength\" attr.type=\"string\"/>\n"
      + "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/>\n"
      + "<edge source=\"a\" target=\"b\"><data key=\"s\">strong</data></edge></graph></graphml>"
    let loaded = ImportMapper.network(from: try GraphMLReader.read(bytes: Array(strength.utf8), file: "bad"))
    let d = try #require(loaded.diagnostics.first { $0.severity == .error })
    #expect(d.message.contains("strength") && d.message.contains("'strong'"))
    #expect(d.location?.line == 3)
    let gexf =
      "<gexf><graph><attributes class=\"node\"><attribute id=\"0\" title=\"n\" type=\"integer\"/></attributes>\n"
      + "<nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"1.5\"/></attvalues></node></nodes></graph></gexf>"
    interopExpectError(interopReadError(gexf, .gexf), ["'1.5'", "not an integer"], at: "<attvalue for", in: gexf)
  }

  @Test("unknown encodings and bytes that are not UTF-8 are located")
  func encodings() {
    let koi = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n<gexf/>"
    interopExpectError(interopReadError(koi, .gexf), ["unsupported encoding 'KOI8-R'"], line: 1, column: 21)
    var bytes = Array("<graphml>\n<graph>é".utf8)
    bytes[bytes.count - 1] = 0xFF
    do {
      _ = try GraphMLReader.read(bytes: bytes, file: "bad")
      Issue.record("invalid UTF-8 was read")
    } catch {
      #expect(error.diagnostics.first?.message.contains("not valid UTF-8") == true)
      #expect(error.diagnostics.first?.location?.line == 2)
    }
    // ISO-8859-1 is converted, not refused.
    var latin = Array(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml><graph edgedefault=\"directed\"><node id=\"caf".utf8)
    latin += [0xE9] + Array("\"/></graph></graphml>".utf8)
    #expect((try? GraphMLReader.read(bytes: latin, file: "latin"))?.nodes.map(\.id) == ["café"])
  }

  @Test("huge values are refused at their place")
  func hugeValues() {
    let limits = InteropLimits(maxValueBytes: 64, maxTextBytes: 128)
    let long = String(repeating: "x", count: 65)
    let attribute = "<graphml>\n  <graph id=\"\(long)\"/></graphml>"
    interopExpectError(
      interopReadError(attribute, .graphml, limits: limits), ["attribute 'id'", "longer than"], at: "id=", in: attribute
    )
    let text = "<graphml><desc>" + String(repeating: "y", count: 200) + "</desc></graphml>"
    interopExpectError(
      interopReadError(text, .graphml, limits: limits), ["<desc>", "longer than"], line: 1, column: 10)
    let json = "{\"nodes\": [{\"id\": \"\(long)\"}], \"edges\": []}"
    interopExpectError(interopReadError(json, .json, limits: limits), ["longer than"], at: "\"xxx", in: json)
  }

  @Test("entity declarations are refused, so nothing expands")
  func entities() {
    let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE g [\n<!ENTITY lol \"lol\">\n]>\n<graphml>&lol;</graphml>"
    interopExpectError(interopReadError(text, .graphml), ["entity declarations"], at: "<!ENTITY", in: text)
    let unknown = "<graphml>\n<graph id=\"a&nbsp;b\"/></graphml>"
    interopExpectError(interopReadError(unknown, .graphml), ["unknown entity '&nbsp;'"], at: "&nbsp;", in: unknown)
  }

  @Test("node-link JSON: a missing end and a malformed file are located")
  func nodeLink() {
    let text = "{\"nodes\": [{\"id\": \"a\"}],\n \"edges\": [{\"target\": \"a\"}]}"
    interopExpectError(interopReadError(text, .json), ["without 'source'"], at: "{\"target", in: text)
    let cut = "{\"nodes\": [{\"id\": \"a\"}"
    interopExpectError(interopReadError(cut, .json), ["malformed JSON"])
  }

  @Test("CSV: an unclosed quote and a record longer than the header are located")
  func csv() throws {
    let folder = try interopFolder()
    let open = "Source,Target\na,b\n\"c,d\n"
    try open.write(toFile: folder + "/open.edges.csv", atomically: true, encoding: .utf8)
    do {
      _ = try CSVSheets.read(path: folder + "/open.edges.csv")
      Issue.record("an unclosed quote was read")
    } catch {
      #expect(error.diagnostics.first?.message.contains("not closed") == true)
      #expect(error.diagnostics.first?.location?.line == 3)
    }
    let long = "Source,Target\na,b,c\n"
    try long.write(toFile: folder + "/long.edges.csv", atomically: true, encoding: .utf8)
    do {
      _ = try CSVSheets.read(path: folder + "/long.edges.csv")
      Issue.record("a long record was read")
    } catch {
      #expect(error.diagnostics.first?.location?.line == 2)
      #expect(error.diagnostics.first?.location?.column == 5)
    }
  }

  @Test("a set of files is written whole or not at all")
  func atomicSet() throws {
    let folder = try interopFolder()
    let good = folder + "/a.csv"
    let bad = folder + "/missing-folder/b.csv"
    #expect(throws: AtomicFileSet.Failure.self) {
      try AtomicFileSet.write([(good, "a"), (bad, "b")])
    }
    #expect(!FileManager.default.fileExists(atPath: good))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    try AtomicFileSet.write([(good, "a"), (folder + "/c.csv", "c")])
    #expect(try String(contentsOfFile: good, encoding: .utf8) == "a")
  }
}
