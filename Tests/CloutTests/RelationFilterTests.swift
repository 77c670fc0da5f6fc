import Clout
import Testing

private func day(_ text: String) -> PartialDate? { PartialDate(text) }

/// A date that must parse.
private func date(_ text: String) throws -> PartialDate { try #require(PartialDate(text)) }

/// Relations of several kinds, topics, statuses and dates between a person, a company and a country.
private let network = Network(
  entities: [
    Entity(id: "p", kind: .person, name: "P"), Entity(id: "c", kind: .company, name: "C"),
    Entity(id: "n", kind: .country, name: "N"),
  ],
  relations: [
    Relation(id: "undated", from: "p", to: "c", kind: "advises", about: ["chips"]),
    Relation(id: "event-2025-06-09", from: "n", to: "c", kind: "sanctions", date: day("2025-06-09"), about: ["chips"]),
    Relation(id: "event-2025-06", from: "n", to: "c", kind: "restricts", date: day("2025-06"), about: ["rare-earths"]),
    Relation(
      id: "period-2024-2025-03", from: "c", to: "n", kind: "lobbies", start: day("2024"), end: day("2025-03"),
      status: .ended, about: ["chips", "tariffs"]),
    Relation(id: "from-2025-09", from: "p", to: "n", kind: "negotiates", start: day("2025-09"), status: .announced),
    Relation(id: "until-2023", from: "c", to: "p", kind: "supplies", end: day("2023-12-31"), status: .paused),
    Relation(id: "denied", from: "n", to: "p", kind: "sanctions", date: day("2024-05"), status: .denied),
    Relation(id: "alleged", from: "p", to: "c", kind: "lobbies", status: .alleged, about: ["tariffs"]),
  ])

private func kept(_ filter: RelationFilter) -> [String] {
  network.relations.filter { filter.keeps($0, in: network) }.map(\.id)
}

@Suite("RelationFilter: kinds, topics, statuses, entity kinds and time")
struct RelationFilterTests {
  @Test func defaultKeepsAllButDenied() {
    #expect(RelationFilter().isEmpty)
    #expect(!RelationFilter.defaultStatuses.contains(.denied))
    #expect(RelationFilter.defaultStatuses.count == RelationStatus.allCases.count - 1)
    #expect(kept(RelationFilter()) == network.relations.map(\.id).filter { $0 != "denied" })
  }

  @Test func allStatuses() {
    let filter = RelationFilter(statuses: Set(RelationStatus.allCases))
    #expect(kept(filter) == network.relations.map(\.id))
    #expect(!filter.isEmpty)
  }

  @Test func byStatus() {
    #expect(kept(RelationFilter(statuses: [.ended, .paused])) == ["period-2024-2025-03", "until-2023"])
    #expect(kept(RelationFilter(statuses: [.denied])) == ["denied"])
    #expect(kept(RelationFilter(statuses: [])).isEmpty)
  }

  @Test func byKind() {
    #expect(kept(RelationFilter(kinds: ["sanctions"])) == ["event-2025-06-09"])
    #expect(kept(RelationFilter(kinds: ["lobbies", "supplies"])) == ["period-2024-2025-03", "until-2023", "alleged"])
    #expect(kept(RelationFilter(kinds: [])).isEmpty)
  }

  @Test func byTopicKeepsRelationsAboutAnyOfThem() {
    #expect(kept(RelationFilter(topics: ["chips"])) == ["undated", "event-2025-06-09", "period-2024-2025-03"])
    #expect(
      kept(RelationFilter(topics: ["tariffs", "rare-earths"])) == ["event-2025-06", "period-2024-2025-03", "alleged"])
    #expect(kept(RelationFilter(topics: ["nothing"])).isEmpty)
  }

  @Test func byEntityKindNeedsBothEnds() {
    #expect(kept(RelationFilter(entityKinds: [.person, .company])) == ["undated", "until-2023", "alleged"])
    #expect(kept(RelationFilter(entityKinds: [.country])).isEmpty)
  }

  @Test func filtersCombine() {
    let filter = RelationFilter(kinds: ["lobbies"], topics: ["tariffs"], statuses: [.alleged])
    #expect(kept(filter) == ["alleged"])
  }

  @Test(arguments: [
    // As of a day, a month or a year: started by the end of it, not ended before its start. An
    // event holds on its date only (a month-precision event for the whole month).
    ("2023", ["undated", "until-2023", "alleged"]),
    ("2024-01", ["undated", "period-2024-2025-03", "alleged"]),
    ("2025-03-31", ["undated", "period-2024-2025-03", "alleged"]),
    ("2025-04", ["undated", "alleged"]),
    ("2025-06-08", ["undated", "event-2025-06", "alleged"]),
    ("2025-06-09", ["undated", "event-2025-06-09", "event-2025-06", "alleged"]),
    ("2025-06", ["undated", "event-2025-06-09", "event-2025-06", "alleged"]),
    ("2025", ["undated", "event-2025-06-09", "event-2025-06", "period-2024-2025-03", "from-2025-09", "alleged"]),
    ("2025-06-10", ["undated", "event-2025-06", "alleged"]),
    ("2025-08-31", ["undated", "alleged"]),
    ("2026", ["undated", "from-2025-09", "alleged"]),
  ])
  func asOf(_ when: String, _ expected: [String]) throws {
    let filter = RelationFilter(asOf: try date(when))
    #expect(kept(filter) == expected)
  }

  @Test func asOfWithoutUndated() throws {
    let filter = RelationFilter(asOf: try date("2025-06"), undatedIncluded: false)
    #expect(kept(filter) == ["event-2025-06-09", "event-2025-06"])
  }

  @Test(arguments: [
    ("2022", "2023-06", ["undated", "until-2023", "alleged"]),
    ("2025-04", "2025-05", ["undated", "alleged"]),
    ("2025-04", "2025-06-09", ["undated", "event-2025-06-09", "event-2025-06", "alleged"]),
    ("2025-03-31", "2025-04-01", ["undated", "period-2024-2025-03", "alleged"]),
    ("2024", "2024", ["undated", "period-2024-2025-03", "alleged"]),
    ("2026-01", "2026-02", ["undated", "from-2025-09", "alleged"]),
  ])
  func between(_ from: String, _ to: String, _ expected: [String]) throws {
    let filter = RelationFilter(between: (try date(from), try date(to)))
    #expect(kept(filter) == expected)
  }

  @Test func anEventHoldsForTheDeclaredPeriod() throws {
    var r = Relation(id: "r", from: "a", to: "b", kind: "lobbies", date: PartialDate("2025-06-09"))
    #expect(r.lastDay == 20_250_609)
    r.lasts = HoldingPeriod("2y")
    #expect(r.lastDay == 20_270_609)
    r.lasts = HoldingPeriod("30d")
    #expect(r.lastDay == 20_250_709)
    r.lasts = HoldingPeriod("1m")
    r.date = PartialDate("2024-01-31")
    #expect(r.lastDay == 20_240_229)
    #expect(HoldingPeriod("2 years") == nil && HoldingPeriod("y") == nil && HoldingPeriod("-3d") == nil)
  }

  @Test func holdsLooksOnlyAtTime() throws {
    let filter = RelationFilter(kinds: ["nothing"], asOf: try date("2025-06"))
    let event = try #require(network.relations.first { $0.id == "event-2025-06" })
    #expect(filter.holds(event))
    #expect(!filter.keeps(event, in: network))
  }

  @Test func equality() throws {
    let june = try date("2025-06")
    let july = try date("2025-07")
    #expect(RelationFilter(asOf: june) == RelationFilter(asOf: june))
    #expect(RelationFilter(asOf: june) != RelationFilter(asOf: july))
    #expect(RelationFilter(between: (june, july)) == RelationFilter(between: (june, july)))
    #expect(RelationFilter(between: (june, july)) != RelationFilter(between: (june, june)))
    #expect(RelationFilter(undatedIncluded: false) != RelationFilter())
    #expect(RelationFilter(kinds: ["a"]) != RelationFilter())
  }
}
