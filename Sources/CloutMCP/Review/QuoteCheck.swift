import Foundation

/// Whether a quote occurs verbatim in a text, and if not, the passage of the text closest to it.
///
/// Verbatim means character for character, except that every run of white space (spaces, tabs,
/// line breaks) counts as one space, so a quote still matches a text archived with its lines
/// wrapped. The closest passage is the window of the text, as long as the quote (in words, or in
/// characters for a quote with fewer than three words, such as Chinese or Japanese), that shares
/// the most tokens with it; the first such window wins. Cost: O(n + m) for the search and O(n) for
/// the closest passage, n the text's and m the quote's length.
public enum QuoteCheck {
  public enum Outcome: Equatable, Sendable {
    case found
    /// Not in the text; the closest passage, or nil when the text is empty.
    case notFound(closest: String?)
  }

  public static func check(_ quote: String, in text: String) -> Outcome {
    let q = normalized(quote)
    let t = normalized(text)
    if q.isEmpty || t.isEmpty { return .notFound(closest: nil) }
    if t.range(of: q) != nil { return .found }
    return .notFound(closest: closestPassage(to: q, in: t))
  }

  /// The text with every run of white space made one space, and trimmed.
  static func normalized(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  static func closestPassage(to quote: String, in text: String) -> String {
    let words = quote.split(separator: " ")
    let byWords = words.count >= 3
    let q: [String] = byWords ? words.map { $0.lowercased() } : quote.map { String($0).lowercased() }
    let t: [String] =
      byWords ? text.split(separator: " ").map(String.init) : text.map { String($0) }
    let k = min(q.count, t.count)
    var wanted: [String: Int] = [:]
    for token in q { wanted[token, default: 0] += 1 }
    // Sliding window: `have` counts the window's tokens; `shared` the multiset overlap with q.
    var have: [String: Int] = [:]
    var shared = 0
    func add(_ token: String) {
      let key = token.lowercased()
      let count = have[key, default: 0] + 1
      have[key] = count
      if count <= wanted[key, default: 0] { shared += 1 }
    }
    func remove(_ token: String) {
      let key = token.lowercased()
      let count = have[key, default: 0]
      if count <= wanted[key, default: 0] { shared -= 1 }
      have[key] = count - 1
    }
    for i in 0..<k { add(t[i]) }
    var best = shared
    var bestStart = 0
    if t.count > k {
      for start in 1...(t.count - k) {
        remove(t[start - 1])
        add(t[start + k - 1])
        if shared > best {
          best = shared
          bestStart = start
        }
      }
    }
    return t[bestStart..<(bestStart + k)].joined(separator: byWords ? " " : "")
  }
}
