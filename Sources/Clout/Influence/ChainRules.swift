/// The rules every strongest-chain question follows — `clout path`, `influence`, `influencers`,
/// `influenced`, `brokers`, `explain --by reach`, `rank --by reach` and `render --path` all pass
/// the same value to the same search (`ChainSearch`), so they name the same chain for a pair.
///
/// - `maxHops`: the longest chain, in hops (default 4: a product of more than four strengths
///   below 1 says little, and the limit keeps every search linear in the network).
/// - `timeOrder`: chains are time-respecting (Kempe, Kleinberg & Kumar 2002, "Connectivity and
///   inference problems for temporal networks"; Holme & Saramäki 2012, "Temporal networks"): each
///   hop's relation must hold at or after the time the previous hop took effect. Undated standing
///   ties hold throughout. Off, every relation counts whenever it happened.
/// - Composition by kind is always on: a relation whose kind is not `onward` (meets, negotiates,
///   member-of) can end a chain but never continue it (`RelationKind.onward`).
public struct ChainRules: Sendable, Hashable {
  /// The hop limit used when none is given.
  public static let defaultMaxHops = 4

  /// The longest chain, in hops (≥ 1).
  public var maxHops: Int
  /// Whether chains must respect time order.
  public var timeOrder: Bool

  public init(maxHops: Int = ChainRules.defaultMaxHops, timeOrder: Bool = true) {
    self.maxHops = maxHops
    self.timeOrder = timeOrder
  }

  /// The rules in one line, for the head of every chain answer.
  public var statement: String {
    "chains of at most \(maxHops) hop\(maxHops == 1 ? "" : "s") · "
      + (timeOrder
        ? "time-respecting (each hop holds at or after the previous one took effect)"
        : "time order ignored")
      + " · contact and membership end a chain"
  }
}

/// The one tie rule of chains: strengths are equal within a relative 1e-12; among equally strong
/// chains the one with fewer hops ranks first, then the one whose vertex ids, from source to
/// target, come first, then by arc ids.
enum ChainOrder {
  static let relativeTolerance = 1e-12

  static func same(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= relativeTolerance * max(abs(a), abs(b))
  }

  static func stronger(_ a: Double, _ b: Double) -> Bool { a > b && !same(a, b) }

  /// Whether chain `a` (vertices and arcs) ranks before chain `b`.
  static func precedes(
    _ a: (strength: Double, vertices: [Int], arcs: [Int]), _ b: (strength: Double, vertices: [Int], arcs: [Int]),
    ids: [String]
  ) -> Bool {
    if !same(a.strength, b.strength) { return a.strength > b.strength }
    if a.arcs.count != b.arcs.count { return a.arcs.count < b.arcs.count }
    if a.vertices != b.vertices {
      for (x, y) in zip(a.vertices, b.vertices) where x != y { return ids[x] < ids[y] }
    }
    return a.arcs.lexicographicallyPrecedes(b.arcs)
  }
}
