import Foundation

/// Finds entities by what a user types: an id, a name or alias in any language, case- and
/// width-insensitively (`ＬＵＴＮＩＣＫ`, `ﾗﾄﾆｯｸ` and `lutnick` are the same), or a unique part of a
/// name (a surname such as `lutnick`).
///
/// Order of tries: exact id; a whole name or alias (normalised); a part of a name or alias. The
/// first try that matches decides; if it matches several entities the answer is ambiguous.
public struct EntityResolver: Sendable {
  public enum Resolution: Equatable, Sendable {
    case found(Entity)
    /// Several entities match; candidates best first.
    case ambiguous([Entity])
    /// Nothing matches; close names, best first (possibly none).
    case notFound(suggestions: [String])
  }

  private let entities: [Entity]
  /// For each entity, its normalised names.
  private let keys: [[String]]
  /// For each entity, the normalised words of its names (`lutnick` of `Howard Lutnick`), so that a
  /// misspelt surname still finds a suggestion.
  private let words: [[String]]

  public init(_ network: Network) {
    entities = network.entities
    keys = network.entities.map { e in e.allNames.map(Self.normalize) }
    words = network.entities.map { e in
      e.allNames.flatMap { name in
        name.split { $0.isWhitespace || Self.separators.contains($0.unicodeScalars.first ?? " ") }.map {
          Self.normalize(String($0))
        }
      }.filter { $0.count >= 4 }
    }
  }

  /// Compatibility-normalised (NFKC: half-width katakana with their voiced marks become full-width
  /// ones), case-, width- and diacritic-folded, with spaces, middle dots and similar separators
  /// removed.
  public static func normalize(_ s: String) -> String {
    let folded = s.precomposedStringWithCompatibilityMapping.folding(
      options: [.caseInsensitive, .widthInsensitive, .diacriticInsensitive], locale: nil
    ).precomposedStringWithCanonicalMapping
    return String(
      folded.unicodeScalars.filter { !separators.contains($0) && !$0.properties.isWhitespace }.map(Character.init))
  }

  private static let separators: Set<Unicode.Scalar> = ["・", "·", "-", "_", ".", "'", "’", "=", "＝"]

  public func resolve(_ query: String) -> Resolution {
    if let e = entities.first(where: { $0.id == query }) { return .found(e) }
    let q = Self.normalize(query)
    guard !q.isEmpty else { return .notFound(suggestions: []) }
    let whole = indices { $0 == q }
    if whole.count == 1 { return .found(entities[whole[0]]) }
    if whole.count > 1 { return .ambiguous(whole.map { entities[$0] }) }
    let partial = indices { $0.contains(q) }
    if partial.count == 1 { return .found(entities[partial[0]]) }
    if partial.count > 1 {
      // Prefer names that start with the query, then shorter names (closer to the query).
      let ranked = partial.sorted { a, b in
        rank(a, q) != rank(b, q) ? rank(a, q) < rank(b, q) : entities[a].id < entities[b].id
      }
      return .ambiguous(ranked.map { entities[$0] })
    }
    var scored: [(Int, String)] = []
    for (i, names) in keys.enumerated() {
      let best = (names + words[i]).map { editDistance(q, $0) }.min() ?? Int.max
      if best <= max(2, q.unicodeScalars.count / 3) { scored.append((best, entities[i].id)) }
    }
    scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    return .notFound(suggestions: scored.prefix(5).map(\.1))
  }

  private func indices(where match: (String) -> Bool) -> [Int] {
    keys.indices.filter { keys[$0].contains(where: match) }
  }

  private func rank(_ i: Int, _ q: String) -> (Int, Int) {
    let starts = keys[i].contains { $0.hasPrefix(q) } ? 0 : 1
    let shortest = keys[i].filter { $0.contains(q) }.map(\.count).min() ?? Int.max
    return (starts, shortest)
  }
}
