import Clout
import Testing

@Suite("PartialDate: parsing, bounds, leap years, order")
struct PartialDateTests {
  @Test(
    arguments: [
      ("2025", 2025, nil, nil), ("2025-06", 2025, 6, nil), ("2025-06-09", 2025, 6, 9), ("0001-01-01", 1, 1, 1),
      ("9999-12-31", 9999, 12, 31), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29),
    ] as [(String, Int, Int?, Int?)])
  func parses(_ text: String, _ year: Int, _ month: Int?, _ day: Int?) throws {
    let date = try #require(PartialDate(text))
    #expect(date.year == year)
    #expect(date.month == month)
    #expect(date.day == day)
    #expect(date.description == text)
  }

  @Test(arguments: [
    "", "June 2025", "2025-6", "2025-06-9", "25", "20250", "2025-13", "2025-00", "2025-02-30", "2023-02-29",
    "1900-02-29", "2025-04-31", "2025-06-00", "0000", "2025-06-09-01", "2025/06/09", " 2025", "2025 ", "２０２５",
    "2025--06", "-2025", "+2025", "2025-06-", "2025-0x",
  ])
  func rejects(_ text: String) {
    #expect(PartialDate(text) == nil, "'\(text)' should not parse")
  }

  @Test func componentsAreChecked() {
    #expect(PartialDate(year: 2025, month: 2, day: 29) == nil)
    #expect(PartialDate(year: 2024, month: 2, day: 29) != nil)
    #expect(PartialDate(year: 2025, day: 1) == nil)
    #expect(PartialDate(year: 0) == nil)
    #expect(PartialDate(year: 10_000) == nil)
    #expect(PartialDate(year: 2025, month: 0) == nil)
  }

  @Test func leapYears() {
    #expect(PartialDate.isLeap(2024))
    #expect(PartialDate.isLeap(2000))
    #expect(!PartialDate.isLeap(1900))
    #expect(!PartialDate.isLeap(2100))
    #expect(!PartialDate.isLeap(2025))
    #expect(PartialDate.daysIn(month: 2, year: 2024) == 29)
    #expect(PartialDate.daysIn(month: 2, year: 1900) == 28)
    #expect(
      (1...12).map { PartialDate.daysIn(month: $0, year: 2025) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
  }

  @Test(arguments: [
    ("2025", 2025_01_01, 2025_12_31), ("2025-06", 2025_06_01, 2025_06_30), ("2024-02", 2024_02_01, 2024_02_29),
    ("2025-02", 2025_02_01, 2025_02_28), ("1900-02", 1900_02_01, 1900_02_28), ("2025-06-09", 2025_06_09, 2025_06_09),
  ])
  func bounds(_ text: String, _ lower: Int, _ upper: Int) throws {
    let date = try #require(PartialDate(text))
    #expect(date.lowerBound == lower)
    #expect(date.upperBound == upper)
  }

  @Test func orderIsByFirstDayThenLastDay() throws {
    let texts = ["2025-06-09", "2024", "2025", "2025-06", "2025-01-01", "2025-01", "2026-01-01", "2024-12-31"]
    let dates = try texts.map { try #require(PartialDate($0)) }
    #expect(
      dates.sorted().map(\.description) == [
        "2024", "2024-12-31", "2025-01-01", "2025-01", "2025", "2025-06", "2025-06-09", "2026-01-01",
      ])
    #expect(try #require(PartialDate("2025-06")) < #require(PartialDate("2025-06-09")))
    #expect(try #require(PartialDate("2025-06-01")) < #require(PartialDate("2025-06")))
    #expect(!(try #require(PartialDate("2025")) < #require(PartialDate("2025"))))
  }
}

@Suite("Model: network, entities, kinds, diagnostics")
struct ModelTests {
  private func sample() -> Network {
    Network(
      entities: [
        Entity(id: "a", kind: .person, name: "Alice", names: ["en": "Alice", "ja": "アリス"], aliases: ["Al"]),
        Entity(id: "b", kind: .company, name: "Beta"), Entity(id: "a", kind: .country, name: "Second A"),
      ],
      topics: [Topic(id: "t", name: "Topic", names: ["ja": "話題"])], sources: [Source(id: "s", title: "S")],
      relations: [
        Relation(id: "r1", from: "a", to: "b", kind: "advises"), Relation(id: "r2", from: "b", to: "a", kind: "sues"),
        Relation(id: "r3", from: "a", to: "b", kind: "lobbies"),
      ])
  }

  @Test func lookupsByIDFindTheFirstDeclaration() {
    let network = sample()
    #expect(network.entity("a")?.name == "Alice")
    #expect(network.entityPosition("a") == 0)
    #expect(network.entityPosition("b") == 1)
    #expect(network.entity("zzz") == nil)
    #expect(network.topic("t")?.name == "Topic")
    #expect(network.source("s")?.title == "S")
    #expect(network.source("t") == nil)
    // Duplicates are kept for the validator to report.
    #expect(network.entities.count == 3)
    let found = NetworkValidator.validate(network)
    #expect(found.contains { $0.message.contains("duplicate entity id 'a'") })
  }

  @Test func relationsFromAndTo() {
    let network = sample()
    #expect(network.relations(from: "a").map(\.id) == ["r1", "r3"])
    #expect(network.relations(to: "a").map(\.id) == ["r2"])
    #expect(network.kind(of: network.relations[0])?.influence == .forward)
    #expect(network.kind(of: network.relations[1]) == nil)
    #expect(network.filteringRelations { $0.kind == "lobbies" }.relations.map(\.id) == ["r3"])
  }

  @Test func addRefusesTakenIDs() {
    var network = sample()
    let takenEntity = network.add(Entity(id: "b", kind: .person, name: "Other B"))
    let newEntity = network.add(Entity(id: "c", kind: .person, name: "C"))
    let takenTopic = network.add(Topic(id: "t", name: "again"))
    let takenSource = network.add(Source(id: "s", title: "again"))
    let newSource = network.add(Source(id: "s2", title: "new"))
    #expect(!takenEntity)
    #expect(newEntity)
    #expect(!takenTopic)
    #expect(!takenSource)
    #expect(newSource)
    #expect(network.entity("b")?.name == "Beta")
    #expect(network.entityPosition("c") == 3)
    #expect(network.sources.map(\.id) == ["s", "s2"])
  }

  @Test func entityNames() {
    let e = Entity(id: "x-y", kind: .person, name: "X Y", names: ["ja": "エックス", "en": "Mr X Y"], aliases: ["XY"])
    #expect(e.name(in: "ja") == "エックス")
    #expect(e.name(in: "zh") == "Mr X Y")
    #expect(Entity(id: "z", kind: .person, name: "Zed").name(in: "fr") == "Zed")
    #expect(e.allNames == ["x-y", "X Y", "Mr X Y", "エックス", "XY"])
    #expect(Topic(id: "t", name: "T", names: ["ja": "ティー"]).name(in: "ja") == "ティー")
    #expect(Topic(id: "t", name: "T").name(in: "ja") == "T")
  }

  @Test func relationWhen() throws {
    let d = try #require(PartialDate("2025-06"))
    let e = try #require(PartialDate("2026"))
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", date: d).when == "2025-06")
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", start: d, end: e).when == "2025-06–2026")
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", start: d, end: d).when == "2025-06")
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", start: d).when == "2025-06–")
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", end: e).when == "–2026")
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k").when == nil)
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", start: d, end: e).firstDay == 2025_06_01)
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", start: d, end: e).lastDay == 2026_12_31)
    // An event holds on its date (a month here), not for ever.
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", date: d).lastDay == 2025_06_30)
    #expect(Relation(id: "r", from: "a", to: "b", kind: "k", start: d).lastDay == nil)
  }

  @Test func builtInKindsAreSoundAndUnique() {
    let kinds = RelationKind.builtIn
    #expect(Set(kinds.map(\.id)).count == kinds.count)
    for kind in kinds {
      #expect((0...1).contains(kind.defaultStrength), "\(kind.id)")
      #expect(!kind.description.isEmpty, "\(kind.id)")
      if kind.influence == .mutual { #expect(kind.symmetric, "\(kind.id) is mutual but not symmetric") }
    }
    let registry = RelationKindRegistry()
    #expect(registry["member-of"]?.influence == .reverse)
    #expect(registry["reports-to"]?.influence == .reverse)
    #expect(registry["negotiates"]?.influence == .mutual)
    #expect(registry["transships-via"]?.influence == InfluenceDirection.none)
    #expect(registry["sanctions"]?.polarity == .hostile)
    #expect(registry["lobbies"]?.polarity.sign == 1)
    #expect(registry["sanctions"]?.polarity.sign == -1)
    #expect(registry["regulates"]?.polarity.sign == 0)
    #expect(RelationKindRegistry.isBuiltIn("lobbies"))
    #expect(!RelationKindRegistry.isBuiltIn("bribes"))
  }

  @Test func registryReplacesKindsWithTheSameID() {
    var registry = RelationKindRegistry()
    let count = registry.kinds.count
    registry.register(
      RelationKind(id: "lobbies", influence: .reverse, polarity: .hostile, defaultStrength: 0.1, description: "x"))
    #expect(registry.kinds.count == count)
    #expect(registry["lobbies"]?.influence == .reverse)
    #expect(registry.kinds.first?.id == "lobbies")
    registry.register(
      RelationKind(id: "bribes", influence: .forward, polarity: .hostile, defaultStrength: 0.4, description: "y"))
    #expect(registry.kinds.count == count + 1)
    #expect(registry.kinds.last?.id == "bribes")
    #expect(registry.contains("bribes"))
    #expect(!registry.contains("bribe"))
  }

  @Test func entityKinds() {
    #expect(EntityKind.builtIn.map(\.id) == ["person", "agency", "company", "country", "organization"])
    #expect(EntityKind("ministry").description == "ministry")
    #expect(EntityKind.agency < EntityKind.person)
  }

  @Test func diagnosticText() {
    let at = SourceLocation(file: "net.yaml", line: 12, column: 5)
    #expect(at.description == "net.yaml:12:5")
    #expect(Diagnostic.error("bad", at: at, hint: "fix it").description == "net.yaml:12:5: error: bad — fix it")
    #expect(Diagnostic.warning("odd").description == "warning: odd")
    #expect(Diagnostic.Severity.warning < .error)
    #expect([Diagnostic.warning("w")].hasErrors == false)
    #expect([Diagnostic.warning("w"), .error("e")].hasErrors)
  }

  @Test func validatorNamesEveryProblemOfABuiltNetwork() {
    var network = Network(
      entities: [Entity(id: "a", kind: "robot", name: "A", affiliation: "a")], topics: [Topic(id: "t", name: "T")])
    network.add(
      Relation(
        id: "r", from: "a", to: "a", kind: "advises", strength: 2, start: PartialDate("2025"), end: PartialDate("2024"),
        confidence: -1, about: ["tt"], citations: [Citation(source: "nope", quote: "q")]))
    let messages = NetworkValidator.validate(network).map(\.message)
    for fragment in [
      "unknown kind 'robot'", "affiliated with itself", "links an entity to itself", "unknown topic 'tt'",
      "strength 2.0", "confidence -1.0", "ends (2024) before it starts (2025)", "unknown source 'nope'",
    ] {
      #expect(messages.contains { $0.contains(fragment) }, "no message says \(fragment): \(messages)")
    }
    #expect(messages.count == 8)
  }
}
