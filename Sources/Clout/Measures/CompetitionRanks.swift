/// The ranks of a list of scores sorted best first, ties shared: standard competition ranking
/// ("1224"). Scores that tie share the rank of the first of them, written `2=` in tables and CSV
/// (`tied: true` in JSON), and the next score takes the rank its position gives, so the ranks of
/// 0.5, 0.3, 0.3, 0.1 are 1, 2=, 2=, 4.
///
/// Two scores tie when they differ by at most one part in 10¹² of the larger magnitude (the
/// tolerance of the strongest-chain tie rule), so a score that symmetric actors reach by sums
/// taken in different orders is not told apart by rounding noise; ties are grouped along the
/// sorted list (each item compared with the first of its group). Rankings ordered by more than a
/// score (influencers: strength, then fewer hops) tie only when every criterion but the id ties.
/// Cost: O(n) for n items.
public struct CompetitionRanks: Sendable {
  /// The rank of each score (1-based, shared by ties).
  public let ranks: [Int]
  /// Whether each score ties with another one of the list.
  public let tied: [Bool]

  /// The ranks of `scores`, which must be sorted best first (descending).
  public init(sortedScores scores: [Double]) {
    self.init(count: scores.count) { Self.tie(scores[$0], scores[$1]) }
  }

  /// The ranks of `count` items sorted best first, where `tie(i, j)` says whether items i < j
  /// rank equal.
  public init(count: Int, tie: (Int, Int) -> Bool) {
    var ranks = [Int](repeating: 0, count: count)
    var tied = [Bool](repeating: false, count: count)
    var first = 0
    for i in 0..<count {
      if i > 0, tie(first, i) {
        ranks[i] = ranks[first]
        tied[i] = true
        tied[first] = true
      } else {
        first = i
        ranks[i] = i + 1
      }
    }
    self.ranks = ranks
    self.tied = tied
  }

  /// Whether two scores tie (equal to within one part in 10¹²).
  public static func tie(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
  }

  /// How a rank is written in tables and CSV: `3`, or `3=` when it is shared.
  public func label(_ i: Int) -> String { tied[i] ? "\(ranks[i])=" : String(ranks[i]) }

  /// Whether every score of a list of two or more ties with every other: the measure orders nothing.
  public var allTied: Bool { ranks.count > 1 && ranks.allSatisfy { $0 == 1 } }

  /// The rule, for `--help` and for the line under a table with ties.
  public static let rule =
    "Actors whose scores are equal (to one part in 10¹²) share a rank, written 2= (JSON: \"tied\": true), "
    + "and the next takes the rank its position gives (standard competition ranking: 1, 2=, 2=, 4)."
}
