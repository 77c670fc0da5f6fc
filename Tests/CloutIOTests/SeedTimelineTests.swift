import Clout
import CloutIO
import Testing

/// The seed network, read once from the repository (with its archived sources).
private let seed = Result { try NetworkLoader.load(path: PackagePaths.seedNetwork.path).network }

/// "from kind to" for every relation of `kinds` that holds on `date` (`--as-of date`).
private func holding(_ kinds: Set<String>, asOf date: String) throws -> Set<String> {
  let network = try seed.get()
  let filter = RelationFilter(kinds: kinds, asOf: PartialDate(date))
  return Set(network.relations.filter { filter.keeps($0, in: network) }.map { "\($0.from) \($0.kind) \($0.to)" })
}

private func expect(
  _ found: Set<String>, has: [String], lacks: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  for fact in has { #expect(found.contains(fact), "missing: \(fact)", sourceLocation: sourceLocation) }
  for fact in lacks { #expect(!found.contains(fact), "should not hold: \(fact)", sourceLocation: sourceLocation) }
}

/// `--as-of` on the seed network gives each period's office holders, measures and negotiators
/// (issue 12, point 2). The expected answers are the public record the articles describe.
@Suite("The seed network as of late 2023, mid-2025 and early 2026")
struct SeedTimelineTests {
  @Test func late2023() throws {
    let date = "2023-12"
    try expect(
      holding(["leads", "member-of"], asOf: date),
      has: [
        "joe-biden leads biden-administration", "raimondo leads us-commerce-department", "xi-jinping leads china",
        "estevez member-of us-commerce-department", "estevez leads bis",
      ],
      lacks: [
        "kessler leads bis",
        "donald-trump leads trump-administration", "howard-lutnick leads us-commerce-department",
        "scott-bessent leads us-treasury-department", "jamieson-greer leads ustr",
        "kevin-hassett leads national-economic-council",
      ])
    try expect(
      holding(["restricts"], asOf: date),
      has: [
        "biden-administration restricts china", "united-states restricts china", "united-states restricts huawei",
      ],
      lacks: [
        "donald-trump restricts china", "china-mofcom restricts united-states", "trump-administration restricts china",
        "trump-administration restricts chinese-chipmakers",
      ])
    let negotiating = try holding(["negotiates"], asOf: date)
    #expect(negotiating == ["united-states negotiates south-korea"])
  }

  @Test func mid2025() throws {
    let date = "2025-06"
    try expect(
      holding(["leads"], asOf: date),
      has: [
        "donald-trump leads trump-administration", "howard-lutnick leads us-commerce-department",
        "scott-bessent leads us-treasury-department", "jamieson-greer leads ustr",
        "kevin-hassett leads national-economic-council", "xi-jinping leads china", "kessler leads bis",
      ],
      lacks: [
        "joe-biden leads biden-administration", "raimondo leads us-commerce-department", "estevez leads bis",
      ])
    try expect(
      holding(["member-of"], asOf: date), has: [], lacks: ["estevez member-of us-commerce-department"])
    try expect(
      holding(["restricts"], asOf: date),
      has: [
        "donald-trump restricts china", "china-mofcom restricts united-states", "united-states restricts china",
        "trump-administration restricts chinese-chipmakers",
      ],
      lacks: ["biden-administration restricts china", "trump-administration restricts china-telecom"])
    try expect(
      holding(["negotiates"], asOf: date),
      has: [
        "united-states negotiates china", "scott-bessent negotiates he-lifeng", "jamieson-greer negotiates he-lifeng",
        "howard-lutnick negotiates he-lifeng", "trump-administration negotiates china",
      ],
      lacks: ["united-states negotiates south-korea", "xi-jinping negotiates donald-trump"])
    // Geneva (10–11 May) is over by June; London (9–10 June) is on.
    let network = try seed.get()
    let june = RelationFilter(asOf: PartialDate("2025-06"))
    let places = Set(
      network.relations.filter { $0.kind == "negotiates" && june.keeps($0, in: network) }.compactMap(\.place))
    #expect(places == ["London"])
  }

  @Test func early2026() throws {
    let date = "2026-02"
    try expect(
      holding(["leads"], asOf: date),
      has: [
        "donald-trump leads trump-administration", "howard-lutnick leads us-commerce-department",
        "scott-bessent leads us-treasury-department", "jamieson-greer leads ustr", "xi-jinping leads china",
      ],
      lacks: ["joe-biden leads biden-administration", "raimondo leads us-commerce-department"])
    let network = try seed.get()
    let filter = RelationFilter(kinds: ["restricts"], asOf: PartialDate(date))
    let measures = network.relations.filter { filter.keeps($0, in: network) }
    let paused = Set(measures.filter { $0.status == .paused }.map(\.to))
    #expect(paused.isSuperset(of: ["china", "china-telecom", "tp-link-systems", "china-unicom", "china-mobile"]))
    try expect(
      holding(["restricts", "permits"], asOf: date),
      has: [
        "united-states restricts china", "china-mofcom restricts united-states", "donald-trump permits nvidia",
        "trump-administration permits nvidia",
      ],
      lacks: ["donald-trump restricts china", "biden-administration restricts china"])
    let negotiating = try holding(["negotiates"], asOf: date)
    #expect(negotiating == ["trump-administration negotiates china"])
    // The April 2026 Beijing visit is still ahead.
    try expect(holding(["meets"], asOf: date), has: [], lacks: ["donald-trump meets xi-jinping"])
    try expect(holding(["meets"], asOf: "2026-04"), has: ["donald-trump meets xi-jinping"], lacks: [])
  }
}
