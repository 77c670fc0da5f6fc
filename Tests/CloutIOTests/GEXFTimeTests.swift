import Clout
import CloutIO
import Foundation
import Testing

/// GEXF's time intervals against Clout's own time test: on every probe day, the relations whose
/// written interval contains the day are exactly those `--as-of DAY` keeps.
@Suite("GEXF intervals are Clout's holding periods (issue 19, point 6)")
struct GEXFTimeTests {
  /// `id → (start, end)` of every edge of a GEXF text, as `yyyymmdd` (nil when absent).
  private static func intervals(_ gexf: String) -> [String: (Int?, Int?)] {
    func day(_ text: Substring?) -> Int? { text.flatMap { Int($0.replacingOccurrences(of: "-", with: "")) } }
    var found: [String: (Int?, Int?)] = [:]
    for line in gexf.split(separator: "\n") where line.contains("<edge ") {
      let id = line.firstMatch(of: #/ id="([^"]*)"/#)?.1
      let start = line.firstMatch(of: #/ start="([0-9-]*)"/#)?.1
      let end = line.firstMatch(of: #/ end="([0-9-]*)"/#)?.1
      if let id { found[String(id)] = (day(start), day(end)) }
    }
    return found
  }

  /// The days to probe: each relation's first and last days, the days around them, and the first
  /// of every month over the span of the network's dates.
  private static func probes(_ network: Network) -> [Int] {
    var days = Set<Int>()
    for r in network.relations {
      for d in [r.firstDay, r.lastDay].compactMap({ $0 }) {
        days.insert(d)
        days.insert(HoldingPeriod("1d")?.adding(to: d) ?? d)
        days.formUnion([d - 1].filter { $0 % 100 > 0 })
      }
    }
    let years = days.map { $0 / 10_000 }
    for y in (years.min() ?? 2020)...(years.max() ?? 2020) {
      for m in 1...12 { days.insert(y * 10_000 + m * 100 + 1) }
    }
    return days.sorted()
  }

  private static func check(_ network: Network) throws {
    let written = intervals(GEXFWriter.write(network).text)
    #expect(written.count == network.relations.count)
    for day in probes(network) {
      let text = isoDay(day)
      guard let date = PartialDate(text) else {
        Issue.record("probe day \(text) is not a date")
        continue
      }
      let filter = RelationFilter(statuses: Set(RelationStatus.allCases), asOf: date)
      for r in network.relations {
        let (start, end) = try #require(written[r.id])
        let inGephi = (start.map { $0 <= day } ?? true) && (end.map { day <= $0 } ?? true)
        #expect(
          inGephi == filter.holds(r), "\(r.id) on \(text): GEXF \(String(describing: start))–\(String(describing: end))"
        )
      }
    }
  }

  @Test func seedNetworkIntervalsMatchAsOf() throws {
    let loaded = try NetworkLoader.load(path: PackagePaths.seedNetwork.path)
    try Self.check(loaded.network)
  }

  @Test func everyShapeOfTimeMatchesAsOf() throws {
    let text = """
      clout: 1
      sources:
        - {id: s, title: A source}
      entities:
        - {id: a, kind: country, name: A}
        - {id: b, kind: company, name: B}
      relations:
        - {id: event, from: a, to: b, kind: meets, date: 2025-06-09, sources: [{source: s, quote: q}]}
        - {id: year-event, from: a, to: b, kind: meets, date: 2024, sources: [{source: s, quote: q}]}
        - {id: lasting, from: a, to: b, kind: sanctions, date: 2025-01-31, lasts: 1m, sources: [{source: s, quote: q}]}
        - {id: weeks, from: a, to: b, kind: sanctions, date: 2025-12, lasts: 8w, sources: [{source: s, quote: q}]}
        - {id: ranged, from: a, to: b, kind: supplies, start: 2024, end: 2025-03, sources: [{source: s, quote: q}]}
        - {id: open, from: a, to: b, kind: regulates, start: 2024-02, sources: [{source: s, quote: q}]}
        - {id: bounded, from: a, to: b, kind: restricts, start: 2024-02, lasts: 1y, sources: [{source: s, quote: q}]}
        - {id: until, from: a, to: b, kind: owns, end: 2023-05, sources: [{source: s, quote: q}]}
        - {id: undated, from: a, to: b, kind: owns, sources: [{source: s, quote: q}]}
      """
    let loaded = try loadText(text)
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
    try Self.check(loaded.network)
    let written = Self.intervals(GEXFWriter.write(loaded.network).text)
    #expect(written["lasting"]?.0 == 20_250_131 && written["lasting"]?.1 == 20_250_228)
    #expect(written["weeks"]?.1 == 20_260_225)
    #expect(written["open"]?.1 == nil && written["undated"]?.0 == nil)
  }
}

/// A `yyyymmdd` day as `yyyy-mm-dd`.
private func isoDay(_ n: Int) -> String {
  String(format: "%04d-%02d-%02d", n / 10_000, n / 100 % 100, n % 100)
}
