import Clout
import CloutIO
import Testing

/// A small valid network; each test changes one thing and checks the one diagnostic it causes:
/// its severity, that it names the thing at fault, and its line and column.
private let base = """
  clout: 1
  sources:
    - id: s1
      title: Article one
    - id: s2
      title: Article two
  topics:
    - id: chips
      name: Chips
  entities:
    - id: alice
      kind: person
      name: Alice
      affiliation: acme
    - id: acme
      kind: company
      name: Acme
  relations:
    - id: r1
      from: alice
      to: acme
      kind: advises
      about: [chips]
      date: 2025-06
      strength: 0.5
      confidence: 0.9
      sources:
        - source: s1
          quote: Alice advises Acme.
  """

/// `base` with one piece of text replaced; fails the test if that text is not there exactly once.
private func edited(_ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
  let pieces = base.components(separatedBy: old)
  #expect(pieces.count == 2, "'\(old)' should occur once in the base network", sourceLocation: sourceLocation)
  return pieces.joined(separator: new)
}

/// The diagnostics of a text that must be readable.
private func findings(_ text: String, _ format: NetworkFormat = .yaml) throws -> [Diagnostic] {
  try loadText(text, format).diagnostics
}

@Suite("Validation: every problem named, with its line and column")
struct ValidationTests {
  @Test func baseNetworkIsClean() throws {
    let loaded = try loadText(base)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.network.relations.count == 1)
    #expect(loaded.network.entities.map(\.id) == ["alice", "acme"])
  }

  @Test func unknownEntityWithSuggestion() throws {
    let text = edited("from: alice", "from: alicee")
    let d = expectDiagnostic(
      try findings(text), .error, containing: ["unknown entity 'alicee'", "'from'", "relation 'r1'"], at: "id: r1",
      in: text)
    #expect(d?.hint?.contains("did you mean 'alice'?") == true, "\(String(describing: d))")
  }

  @Test func unknownEntityWithoutCloseMatch() throws {
    let text = edited("to: acme", "to: zebra-holdings")
    let d = expectDiagnostic(
      try findings(text), .error, containing: ["unknown entity 'zebra-holdings'", "'to'"], at: "id: r1", in: text)
    #expect(d?.hint?.contains("declare it under 'entities:'") == true, "\(String(describing: d))")
  }

  @Test func unknownTopic() throws {
    let text = edited("about: [chips]", "about: [chip]")
    let d = expectDiagnostic(try findings(text), .error, containing: ["unknown topic 'chip'"], at: "id: r1", in: text)
    #expect(d?.hint?.contains("did you mean 'chips'?") == true, "\(String(describing: d))")
  }

  @Test func unknownSource() throws {
    let text = edited("- source: s1", "- source: s7")
    let d = expectDiagnostic(
      try findings(text), .error, containing: ["unknown source 's7'", "relation 'r1'"], at: "id: r1", in: text)
    #expect(d?.hint?.contains("'s1'") == true, "\(String(describing: d))")
  }

  @Test func unknownRelationKind() throws {
    let text = edited("kind: advises", "kind: advice")
    let d = expectDiagnostic(
      try findings(text), .error, containing: ["unknown relation kind 'advice'"], at: "id: r1", in: text)
    #expect(d?.hint?.contains("did you mean 'advises'?") == true, "\(String(describing: d))")
  }

  @Test func unknownEntityKind() throws {
    let text = edited("kind: person", "kind: persn")
    let d = expectDiagnostic(
      try findings(text), .error, containing: ["entity 'alice'", "unknown kind 'persn'"], at: "id: alice", in: text)
    #expect(d?.hint?.contains("did you mean 'person'?") == true, "\(String(describing: d))")
  }

  @Test func declaredEntityKindIsKnown() throws {
    let text = edited("kind: person", "kind: ministry").replacingOccurrences(
      of: "entities:\n", with: "entity-kinds:\n  - id: ministry\n    description: a ministry\nentities:\n")
    #expect(try findings(text).isEmpty)
  }

  @Test func unknownAffiliation() throws {
    let text = edited("affiliation: acme", "affiliation: acm")
    let d = expectDiagnostic(
      try findings(text), .error, containing: ["entity 'alice'", "unknown affiliation 'acm'"], at: "id: alice",
      in: text)
    #expect(d?.hint?.contains("did you mean 'acme'?") == true, "\(String(describing: d))")
  }

  @Test func affiliationWithItself() throws {
    let text = edited("affiliation: acme", "affiliation: alice")
    expectDiagnostic(
      try findings(text), .error, containing: ["'alice' is affiliated with itself"], at: "id: alice", in: text)
  }

  @Test func duplicateEntity() throws {
    let text = edited("    name: Acme\n", "    name: Acme\n  - id: acme\n    kind: company\n    name: Acme again\n")
    let first = try #require(position(of: "id: acme", in: text))
    expectDiagnostic(
      try findings(text), .error,
      containing: ["duplicate entity id 'acme'", "(first declared at line \(first.line))"], at: "id: acme", in: text,
      occurrence: 2)
  }

  @Test func duplicateTopic() throws {
    let text = edited("    name: Chips\n", "    name: Chips\n  - id: chips\n    name: More chips\n")
    let first = try #require(position(of: "id: chips", in: text))
    expectDiagnostic(
      try findings(text), .error, containing: ["duplicate topic id 'chips'", "(first declared at line \(first.line))"],
      at: "id: chips", in: text, occurrence: 2)
  }

  @Test func duplicateSource() throws {
    let text = edited("id: s2", "id: s1")
    let first = try #require(position(of: "id: s1", in: text))
    expectDiagnostic(
      try findings(text), .error, containing: ["duplicate source id 's1'", "(first declared at line \(first.line))"],
      at: "id: s1", in: text, occurrence: 2)
  }

  @Test func duplicateRelation() throws {
    let text = edited(
      "quote: Alice advises Acme.",
      "quote: Alice advises Acme.\n  - id: r1\n    from: acme\n    to: alice\n    kind: advises\n"
        + "    sources:\n      - source: s2\n        quote: Acme listens.")
    let first = try #require(position(of: "id: r1", in: text))
    expectDiagnostic(
      try findings(text), .error, containing: ["duplicate relation id 'r1'", "(first declared at line \(first.line))"],
      at: "id: r1", in: text, occurrence: 2)
  }

  @Test func relationsWithoutIDsGetDistinctOnes() throws {
    let text = base.replacingOccurrences(of: "  - id: r1\n    from", with: "  - from")
    let loaded = try loadText(text)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.network.relations.map(\.id) == ["r1"])
  }

  @Test func malformedDate() throws {
    let text = edited("date: 2025-06", "date: June 2025")
    let d = expectDiagnostic(
      try findings(text), .error, containing: ["relation 'r1'", "'date' 'June 2025' is not a date"], at: "June 2025",
      in: text)
    #expect(d?.hint?.contains("YYYY-MM-DD") == true)
  }

  @Test(arguments: ["2025-02-30", "2025-13", "2023-02-29", "2025-04-31", "2025-00", "2025-06-00"])
  func impossibleDate(_ date: String) throws {
    let text = edited("date: 2025-06", "date: \(date)")
    expectDiagnostic(
      try findings(text), .error, containing: ["'date' '\(date)' is not a real date"], at: date, in: text)
  }

  @Test(arguments: ["2024-02-29", "2000-02-29", "2025", "2025-12-31"])
  func realDateIsAccepted(_ date: String) throws {
    let text = edited("date: 2025-06", "date: \(date)")
    let loaded = try loadText(text)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.network.relations.first?.date?.description == date)
  }

  @Test func sourceDateIsChecked() throws {
    let text = edited("title: Article two", "title: Article two\n    date: 2025-02-29")
    expectDiagnostic(
      try findings(text), .error, containing: ["source 's2'", "'2025-02-29' is not a real date"], at: "2025-02-29",
      in: text)
  }

  @Test func endBeforeStart() throws {
    let text = edited("date: 2025-06", "start: 2025-06\n    end: 2025-01")
    expectDiagnostic(
      try findings(text), .error, containing: ["relation 'r1'", "ends (2025-01) before it starts (2025-06)"],
      at: "id: r1", in: text)
  }

  @Test func endInTheSameMonthAsStartIsFine() throws {
    let text = edited("date: 2025-06", "start: 2025-06-20\n    end: 2025-06")
    #expect(try findings(text).isEmpty)
  }

  @Test func dateTogetherWithStart() throws {
    let text = edited("date: 2025-06", "date: 2025-06\n    start: 2025-01")
    expectDiagnostic(
      try findings(text), .error, containing: ["relation 'r1'", "has both 'date' and 'start'/'end'"], at: "id: r1",
      in: text)
  }

  @Test func lastsNeedsAnEventOrAnOpenState() throws {
    let text = edited("date: 2025-06", "start: 2025-01\n    end: 2025-06\n    lasts: 6m")
    expectDiagnostic(
      try findings(text), .error, containing: ["relation 'r1'", "'lasts: 6m'", "also an 'end'"], at: "id: r1",
      in: text)
    #expect(try findings(edited("date: 2025-06", "date: 2025-06\n    lasts: 2y")).isEmpty)
  }

  @Test func aMalformedHoldingPeriodIsAnError() throws {
    let text = edited("date: 2025-06", "date: 2025-06\n    lasts: two years")
    expectDiagnostic(
      try findings(text), .error, containing: ["'lasts'", "is not a holding period"], at: "two years", in: text)
  }

  @Test(arguments: ["1.5", "-0.1", "2"])
  func strengthOutOfRange(_ value: String) throws {
    let text = edited("strength: 0.5", "strength: \(value)")
    expectDiagnostic(
      try findings(text), .error, containing: ["relation 'r1'", "strength", "outside 0…1"], at: "id: r1", in: text)
  }

  @Test(arguments: ["1.01", "-0.1"])
  func confidenceOutOfRange(_ value: String) throws {
    let text = edited("confidence: 0.9", "confidence: \(value)")
    expectDiagnostic(
      try findings(text), .error, containing: ["relation 'r1'", "confidence", "outside 0…1"], at: "id: r1", in: text)
  }

  @Test func strengthMustBeANumber() throws {
    let text = edited("strength: 0.5", "strength: strong")
    expectDiagnostic(
      try findings(text), .error, containing: ["'strength' must be a number", "'strong'"], at: "strong", in: text)
  }

  @Test func relationKindStrengthOutOfRange() throws {
    let text = edited(
      "entities:\n", "relation-kinds:\n  - id: bribes\n    influence: forward\n    strength: 3\nentities:\n")
    expectDiagnostic(
      try findings(text), .error, containing: ["relation kind 'bribes'", "strength 3"], at: "id: bribes", in: text)
  }

  @Test func relationWithoutCitation() throws {
    let text = edited("    sources:\n      - source: s1\n        quote: Alice advises Acme.", "")
    let d = expectDiagnostic(
      try findings(text), .error, containing: ["relation 'r1'", "has no citation"], at: "id: r1", in: text)
    #expect(d?.hint?.contains("verbatim quote") == true)
  }

  @Test func relationWithAnEmptyCitationList() throws {
    let text = edited("    sources:\n      - source: s1\n        quote: Alice advises Acme.", "    sources: []")
    expectDiagnostic(try findings(text), .error, containing: ["has no citation"], at: "id: r1", in: text)
  }

  @Test func emptyQuote() throws {
    let text = edited("quote: Alice advises Acme.", "quote: \"\"")
    let found = try findings(text)
    expectDiagnostic(
      found, .error, containing: ["relation 'r1'", "citation 'quote' is empty"], at: "\"\"", in: text)
    #expect(found.allSatisfy { $0.severity == .error })
  }

  @Test func missingQuote() throws {
    let text = edited("\n        quote: Alice advises Acme.", "")
    expectDiagnostic(
      try findings(text), .error, containing: ["relation 'r1'", "citation 'quote' is missing"], at: "source: s1",
      in: text)
  }

  @Test func blankQuoteInABuiltNetwork() {
    var network = Network(
      entities: [Entity(id: "a", kind: .person, name: "A"), Entity(id: "b", kind: .person, name: "B")],
      sources: [Source(id: "s", title: "S")])
    network.add(
      Relation(id: "r", from: "a", to: "b", kind: "advises", citations: [Citation(source: "s", quote: "  \n ")]))
    let found = NetworkValidator.validate(network)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("cites 's' without a quote") == true, "\(found)")
  }

  @Test func missingRequiredFields() throws {
    let text = edited("    to: acme\n", "")
    expectDiagnostic(try findings(text), .error, containing: ["relation 'r1': 'to' is missing"], at: "id: r1", in: text)
  }

  @Test func unknownFieldsAreWarningsNeverDropped() throws {
    var text = edited("clout: 1", "clout: 1\nauthor: me")
    text = text.replacingOccurrences(of: "    title: Article one", with: "    title: Article one\n    publisher: X")
    text = text.replacingOccurrences(of: "    name: Alice\n", with: "    name: Alice\n    nmae: Alicia\n")
    text = text.replacingOccurrences(of: "    confidence: 0.9", with: "    confidence: 0.9\n    colour: red")
    text = text.replacingOccurrences(
      of: "quote: Alice advises Acme.", with: "quote: Alice advises Acme.\n        page: 3")
    let loaded = try loadText(text)
    let found = loaded.diagnostics
    #expect(found.count == 5, "\(found)")
    #expect(found.allSatisfy { $0.severity == .warning }, "\(found)")
    #expect(!found.hasErrors)
    expectDiagnostic(found, .warning, containing: ["unknown field 'author'", "the top level"], at: "author", in: text)
    expectDiagnostic(
      found, .warning, containing: ["unknown field 'publisher'", "source 's1'"], at: "publisher", in: text)
    let nmae = expectDiagnostic(
      found, .warning, containing: ["unknown field 'nmae'", "entity 'alice'"], at: "nmae", in: text)
    #expect(nmae?.hint?.contains("did you mean 'name'?") == true)
    expectDiagnostic(found, .warning, containing: ["unknown field 'colour'", "relation 'r1'"], at: "colour", in: text)
    expectDiagnostic(found, .warning, containing: ["unknown field 'page'"], at: "page", in: text)
    // The rest of each mapping is still read.
    #expect(loaded.network.entity("alice")?.name == "Alice")
    #expect(loaded.network.relations.first?.confidence == 0.9)
    #expect(loaded.network.relations.first?.citations.count == 1)
  }

  @Test func unsupportedFormatVersion() throws {
    let text = "# a network from the future\n" + edited("clout: 1", "clout: 2")
    expectDiagnostic(
      try findings(text), .error, containing: ["format version '2' is not supported"], at: "2\n", in: text)
  }

  @Test func fiveProblemsGiveFiveDiagnostics() throws {
    var text = edited("from: alice", "from: alicee")
    text = text.replacingOccurrences(of: "about: [chips]", with: "about: [crisps]")
    text = text.replacingOccurrences(of: "date: 2025-06", with: "date: 2025-02-30")
    text = text.replacingOccurrences(of: "strength: 0.5", with: "strength: 7")
    text = text.replacingOccurrences(of: "kind: person", with: "kind: persona")
    let found = try findings(text)
    #expect(found.count == 5, "\(found.map(\.description).joined(separator: "\n"))")
    #expect(found.allSatisfy { $0.severity == .error })
    for fragment in [
      "unknown entity 'alicee'", "unknown topic 'crisps'", "'2025-02-30' is not a real date",
      "strength 7.0 is outside 0…1", "unknown kind 'persona'",
    ] {
      #expect(found.contains { $0.message.contains(fragment) }, "no diagnostic says \(fragment)")
    }
    // In file order.
    let lines = found.compactMap { $0.location?.line }
    #expect(lines == lines.sorted())
    #expect(lines.count == 5)
  }

  @Test func diagnosticsPrintLikeACompiler() throws {
    let text = edited("from: alice", "from: alicee")
    let found = try loadText(text, origin: "net.yaml").diagnostics
    let at = try #require(position(of: "id: r1", in: text))
    #expect(
      found.map(\.description) == [
        "net.yaml:\(at.line):\(at.column): error: relation 'r1' (alicee advises acme): unknown entity 'alicee' in 'from'"
          + " — did you mean 'alice'?"
      ])
  }

  @Test func jsonProblemsAreLocatedToo() throws {
    let text = """
      {
        "clout": 1,
        "sources": [{"id": "s1", "title": "T"}],
        "entities": [
          {"id": "a", "kind": "person", "name": "A"},
          {"id": "b", "kind": "person", "name": "B", "colour": "red"}
        ],
        "relations": [
          {"id": "r1", "from": "a", "to": "bb", "kind": "advises", "date": "2025-13",
           "sources": [{"source": "s1", "quote": "q"}]}
        ]
      }
      """
    let found = try findings(text, .json)
    #expect(found.count == 3, "\(found)")
    expectDiagnostic(found, .error, containing: ["unknown entity 'bb'"], at: "{\"id\": \"r1\"", in: text)
    expectDiagnostic(found, .error, containing: ["'2025-13' is not a real date"], at: "\"2025-13\"", in: text)
    expectDiagnostic(found, .warning, containing: ["unknown field 'colour'"], at: "\"colour\"", in: text)
  }

  @Test func wrongShapesAreErrorsNotCrashes() throws {
    let found = try findings("clout: 1\nentities: {alice: 1}\nrelations:\n  - just text\n")
    #expect(found.contains { $0.message.contains("'entities' must be a list") && $0.location?.line == 2 }, "\(found)")
    #expect(found.contains { $0.message.contains("relation #1 must be a mapping") && $0.location?.line == 4 })
    let top = try findings("[1, 2]")
    #expect(top.contains { $0.message.contains("the top level must be a mapping") }, "\(top)")
  }
}
