import Foundation

/// Finds entities by what a user types: an id, a name or alias in any language, case- and
/// width-insensitively (`ＬＵＴＮＩＣＫ`, `ﾗﾄﾆｯｸ` and `lutnick` are the same), an abbreviation, or
/// whole words of a name (a surname such as `lutnick`).
///
/// Tries, in order; the first that matches decides, and several matches are ambiguous (candidates
/// ranked, best first):
/// 1. the exact id;
/// 2. a whole name or alias (normalised: see ``normalize(_:)``);
/// 3. an abbreviation of a name: the initials of its capitalised words, an acronym word kept
///    whole (`United States` → `us`, `US Senate` → `uss`, `Ministry of Economy, Trade and
///    Industry` → `meti`);
/// 4. every word of the query is a whole word of one name (`huang` finds Jensen Huang, not
///    Zhuang Bo);
/// 5. every word of the query starts a word of one name (`lutn`), at least three letters;
/// 6. for queries in a script written without spaces (Chinese, Japanese), a part of a name or
///    alias (`商務` is part of 商務省 and 中国商務部).
///
/// Candidates of one try are ranked by the length of the shortest name that contains the query
/// (closest to it), then by whether a name starts with the query, then by id.
///
/// A miss suggests names within a small edit distance of the query or of a word of a name: none
/// for one-letter queries (no "did you mean 'a'" for `b`), one edit up to five letters,
/// a third of the length above; for queries with Han characters, which carry meaning one by one, a
/// third of the length (东京 does not suggest 北京).
///
/// Cost: O(total length of all names) per query for tries 1–6; suggestions O(Σ |q|·|name|).
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
  /// For each entity, the normalised words of each of its names.
  private let words: [[[String]]]
  /// For each entity, the abbreviations of its multi-word names.
  private let abbreviations: [[String]]

  public init(_ network: Network) {
    self.init(entities: network.entities)
  }

  public init(entities: [Entity]) {
    self.entities = entities
    keys = entities.map { e in e.allNames.map(Self.normalize) }
    words = entities.map { e in e.allNames.map(Self.words) }
    abbreviations = entities.map { e in e.allNames.compactMap(Self.abbreviation) }
  }

  /// Compatibility-normalised (NFKC: half-width katakana with their voiced marks become full-width
  /// ones), case-, width- and diacritic-folded, with spaces, middle dots and similar separators
  /// removed.
  public static func normalize(_ s: String) -> String {
    String(fold(s).unicodeScalars.filter { !isSeparator($0) }.map(Character.init))
  }

  /// The normalised words of a name: split at spaces, middle dots, hyphens and punctuation.
  public static func words(_ s: String) -> [String] {
    fold(s).unicodeScalars.split(whereSeparator: isSeparator).map { String(String.UnicodeScalarView($0)) }
  }

  /// The initials of a name of two or more capitalised words, keeping an all-capital word whole
  /// (`US`); lower-case words (`of`, `administration`) are skipped; nil when fewer than two
  /// capitalised words remain, and for names not in Latin script.
  public static func abbreviation(_ name: String) -> String? {
    let parts = name.precomposedStringWithCompatibilityMapping.unicodeScalars.split(whereSeparator: isSeparator)
      .map { String(String.UnicodeScalarView($0)) }
    let capitalised = parts.filter { word in
      guard let first = word.unicodeScalars.first else { return false }
      return isLatinLetter(first) && first.properties.isUppercase
    }
    guard capitalised.count >= 2 else { return nil }
    let initials = capitalised.map { word -> String in
      let isAcronym = word.count <= 5 && word.allSatisfy { $0.isUppercase || $0.isNumber }
      return isAcronym ? word : String(word.prefix(1))
    }
    return normalize(initials.joined())
  }

  private static func fold(_ s: String) -> String {
    s.precomposedStringWithCompatibilityMapping.folding(
      options: [.caseInsensitive, .widthInsensitive, .diacriticInsensitive], locale: nil
    ).precomposedStringWithCanonicalMapping
  }

  private static func isSeparator(_ c: Unicode.Scalar) -> Bool {
    separators.contains(c) || c.properties.isWhitespace
      || (c.properties.generalCategory == .otherPunctuation && c != "&")
  }

  private static let separators: Set<Unicode.Scalar> = [
    "・", "·", "･", "-", "_", ".", "'", "’", "=", "＝", ",", "(", ")", "（", "）", "/",
  ]

  private static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic && c.value < 0x250
  }

  /// Whether text is written without spaces between words (Han, kana), where a part of a name is
  /// a fair match.
  private static func isUnspacedScript(_ s: String) -> Bool {
    s.unicodeScalars.contains { c in
      (0x3040...0x30FF).contains(c.value) || (0x3400...0x9FFF).contains(c.value)
        || (0xF900...0xFAFF).contains(c.value) || (0xFF66...0xFF9F).contains(c.value)
    }
  }

  public func resolve(_ query: String) -> Resolution {
    if let e = entities.first(where: { $0.id == query }) { return .found(e) }
    let q = Self.normalize(query)
    guard !q.isEmpty else { return .notFound(suggestions: []) }
    let queryWords = Self.words(query)
    let tries: [(Int) -> Bool] = [
      { i in keys[i].contains(q) },
      { i in abbreviations[i].contains(q) },
      { i in words[i].contains { name in queryWords.allSatisfy(name.contains) } },
      { i in
        queryWords.allSatisfy { $0.count >= 3 }
          && words[i].contains { name in queryWords.allSatisfy { w in name.contains { $0.hasPrefix(w) } } }
      },
      { i in Self.isUnspacedScript(q) && keys[i].contains { $0.contains(q) } },
    ]
    for matches in tries {
      let found = entities.indices.filter(matches)
      if found.count == 1 { return .found(entities[found[0]]) }
      if found.count > 1 { return .ambiguous(ranked(found, q).map { entities[$0] }) }
    }
    return .notFound(suggestions: suggestions(for: q))
  }

  private func ranked(_ found: [Int], _ q: String) -> [Int] {
    found.sorted { a, b in
      let (ra, rb) = (rank(a, q), rank(b, q))
      if ra != rb { return ra < rb }
      return entities[a].id < entities[b].id
    }
  }

  private func rank(_ i: Int, _ q: String) -> (Int, Int) {
    let starts = keys[i].contains { $0.hasPrefix(q) } ? 0 : 1
    let shortest = keys[i].filter { $0.contains(q) }.map(\.count).min() ?? keys[i].map(\.count).min() ?? Int.max
    return (shortest, starts)
  }

  /// The edit budget for a query of `length` letters: none for one, one up to five, a third
  /// above.
  public static func editBudget(_ length: Int) -> Int {
    length <= 1 ? 0 : length <= 5 ? 1 : length / 3
  }

  private func suggestions(for q: String) -> [String] {
    // A Han character carries a word's meaning: 东京 is not a misspelt 北京.
    let hasHan = q.unicodeScalars.contains {
      (0x3400...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value)
    }
    let budget = hasHan ? q.unicodeScalars.count / 3 : Self.editBudget(q.unicodeScalars.count)
    guard budget > 0 else { return [] }
    var scored: [(Int, String)] = []
    for (i, names) in keys.enumerated() {
      let candidates = names + words[i].joined().filter { $0.unicodeScalars.count >= 4 }
      let best = candidates.map { editDistance(q, $0) }.min() ?? Int.max
      if best <= budget { scored.append((best, entities[i].id)) }
    }
    scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    return scored.prefix(5).map(\.1)
  }
}
