import Clout
import Testing

/// `NetworkDiff`: relations that started, ended, came and went or changed status between two
/// dates, and how a ranking moved.
@Suite struct InfluenceDiffTests {
  typealias R = HandNetwork.R

  static let network = HandNetwork.make([
    R(from: "a", kind: "lobbies", to: "b", start: "2024-01", end: "2024-06"),  // r1 ends
    R(from: "c", kind: "sanctions", to: "b", start: "2024-09"),  // r2 starts
    R(from: "d", kind: "advises", to: "b"),  // r3 undated
    R(from: "a", kind: "criticizes", to: "c", start: "2024-03", end: "2024-04"),  // r4 comes and goes
    R(from: "e", kind: "supports", to: "a", start: "2023"),  // r5 unchanged
    R(from: "a", kind: "restricts", to: "e", start: "2024-01", status: .announced),  // r6
    R(from: "a", kind: "restricts", to: "e", start: "2024-10", status: .active),  // r7: announced → active
  ])

  static func date(_ text: String) throws -> PartialDate { try #require(PartialDate(text)) }

  @Test func classifiesEveryRelationByTheTwoDates() throws {
    let diff = try NetworkDiff(network: Self.network, from: try Self.date("2024-02"), to: try Self.date("2024-12"))
    func ids(_ change: NetworkDiff.Change) -> [String] {
      diff.changes.filter { $0.change == change }.map(\.relation.id)
    }
    #expect(ids(.started) == ["r2", "r7"])
    #expect(ids(.ended) == ["r1"])
    #expect(ids(.passed) == ["r4"])
    #expect(diff.undated == 1)
    #expect(diff.unchangedDated == 2)  // r5 and r6 (a state with a start and no end holds on)
    #expect(diff.statusChanges.count == 1)
    #expect(diff.statusChanges.first.map { [$0.before, $0.after] } == [5, 6])
    #expect(diff.statusChanges.first?.from == .announced)
    #expect(diff.statusChanges.first?.to == .active)
  }

  @Test func rankingsAreComparedOnBothDates() throws {
    let diff = try NetworkDiff(
      network: Self.network, from: try Self.date("2024-02"), to: try Self.date("2024-12"), measure: .inDegree, top: 2)
    let ids = Self.network.entities.map(\.id)
    // On 2024-02 b is moved by a and d (in-degree 2); by 2024-12 by c and d (still 2): rank 1 both times.
    let b = try #require(diff.movements.first { ids[$0.vertex] == "b" })
    #expect(b.rankBefore == 1)
    #expect(b.rankAfter == 1)
    #expect(b.scoreBefore == 2)
    #expect(b.scoreAfter == 2)
    #expect(diff.movements.first.map { ids[$0.vertex] } == "b")
  }

  @Test func actorsWithoutRelationsInForceAreNotRanked() throws {
    let diff = try NetworkDiff(
      network: Self.network, from: try Self.date("2022"), to: try Self.date("2024-12"), measure: .inDegree)
    let b = try #require(diff.movements.first { Self.network.entities[$0.vertex].id == "b" })
    #expect(b.rankBefore == 1)  // only d → b (undated) is in force in 2022
    #expect(b.scoreBefore == 1)
    #expect(diff.movements.first { Self.network.entities[$0.vertex].id == "c" }?.rankBefore == nil)
    #expect(diff.movements.allSatisfy { $0.rankBefore != nil || $0.rankAfter != nil })
  }

  @Test func tiedScoresShareARankAsInCloutRank() throws {
    // On 2024-02 the arcs in force are a → b, d → b, e → a and a → e: in-degree b 2, a 1, e 1, d 0,
    // so a and e share rank 2 and d takes rank 4 (standard competition ranking, as `clout rank`).
    let diff = try NetworkDiff(
      network: Self.network, from: try Self.date("2024-02"), to: try Self.date("2024-12"), measure: .inDegree, top: 4)
    let ids = Self.network.entities.map(\.id)
    func before(_ id: String) -> (Int?, Bool)? {
      diff.movements.first { ids[$0.vertex] == id }.map { ($0.rankBefore, $0.tiedBefore) }
    }
    #expect(before("b")?.0 == 1)
    #expect(before("b")?.1 == false)
    #expect(before("a")?.0 == 2)
    #expect(before("a")?.1 == true)
    #expect(before("e")?.0 == 2)
    #expect(before("e")?.1 == true)
    #expect(before("d")?.0 == 4)
    #expect(before("d")?.1 == false)
  }

  @Test func datesMustBeInOrder() throws {
    #expect(throws: InfluenceError.self) {
      try NetworkDiff(network: Self.network, from: try Self.date("2025"), to: try Self.date("2024"))
    }
  }
}
