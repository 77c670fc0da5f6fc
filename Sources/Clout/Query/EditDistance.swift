/// Levenshtein distance between two strings, over Unicode scalars.
///
/// Cost: O(|a|·|b|) time, O(|b|) memory.
/// Reference: V. I. Levenshtein (1966), Binary codes capable of correcting deletions, insertions,
/// and reversals.
public func editDistance(_ a: String, _ b: String) -> Int {
  let x = Array(a.unicodeScalars)
  let y = Array(b.unicodeScalars)
  if x.isEmpty { return y.count }
  if y.isEmpty { return x.count }
  var previous = Array(0...y.count)
  var current = [Int](repeating: 0, count: y.count + 1)
  for i in 1...x.count {
    current[0] = i
    for j in 1...y.count {
      let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
      current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
    }
    swap(&previous, &current)
  }
  return previous[y.count]
}

/// The candidates closest to `word` by edit distance, best first: those within a third of the
/// word's length (at least 2 edits), at most `limit`.
public func closeMatches(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
  let budget = max(2, word.unicodeScalars.count / 3)
  var scored: [(Int, String)] = []
  for c in Set(candidates) {
    let d = editDistance(word.lowercased(), c.lowercased())
    if d <= budget { scored.append((d, c)) }
  }
  scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
  return scored.prefix(limit).map(\.1)
}
