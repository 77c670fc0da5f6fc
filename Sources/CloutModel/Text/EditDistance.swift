/// Edit distance between two strings, over Unicode scalars: the fewest insertions, deletions,
/// substitutions and swaps of two adjacent letters (`nmae` → `name` is one edit) that turn one
/// into the other, no substring edited twice (the optimal string alignment distance).
///
/// Cost: O(|a|·|b|) time, O(|b|) memory.
/// Reference: F. J. Damerau (1964), A technique for computer detection and correction of spelling
/// errors; V. I. Levenshtein (1966), Binary codes capable of correcting deletions, insertions, and
/// reversals.
public func editDistance(_ a: String, _ b: String) -> Int {
  let x = Array(a.unicodeScalars)
  let y = Array(b.unicodeScalars)
  if x.isEmpty { return y.count }
  if y.isEmpty { return x.count }
  var beforePrevious = [Int](repeating: 0, count: y.count + 1)
  var previous = Array(0...y.count)
  var current = [Int](repeating: 0, count: y.count + 1)
  for i in 1...x.count {
    current[0] = i
    for j in 1...y.count {
      let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
      current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
        current[j] = min(current[j], beforePrevious[j - 2] + 1)
      }
    }
    (beforePrevious, previous, current) = (previous, current, beforePrevious)
  }
  return previous[y.count]
}

/// The candidates closest to `word`, best first, at most `limit`:
/// 1. those within a small edit distance (none for one-letter words, one edit up to five
///    letters, a third of the length above), closest first;
/// 2. then those that start with the word or that the word starts with (`duv` → `duv-lithography`,
///    `retaliates-against` → `retaliates`), at least three letters;
/// 3. then those that share a whole word of three or more letters (`chip-export` →
///    `export-controls`).
/// Comparison ignores case.
///
/// Cost: O(Σ |word|·|candidate|).
public func closeMatches(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
  let w = word.lowercased()
  let budget = w.unicodeScalars.count <= 1 ? 0 : w.unicodeScalars.count <= 5 ? 1 : w.unicodeScalars.count / 3
  let tokens = Set(closeMatchTokens(w))
  var scored: [(Int, Int, String)] = []
  for c in Set(candidates) {
    let l = c.lowercased()
    let d = editDistance(w, l)
    if d <= budget {
      scored.append((0, d, c))
    } else if min(w.count, l.count) >= 3, l.hasPrefix(w) || w.hasPrefix(l) {
      scored.append((1, abs(l.count - w.count), c))
    } else if !tokens.isDisjoint(with: closeMatchTokens(l)) {
      scored.append((2, d, c))
    }
  }
  scored.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
  return scored.prefix(limit).map(\.2)
}

private func closeMatchTokens(_ s: String) -> [Substring] {
  s.split { $0 == "-" || $0 == "_" || $0 == " " }.filter { $0.count >= 3 }
}
