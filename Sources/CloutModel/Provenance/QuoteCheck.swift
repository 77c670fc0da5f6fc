/// Checks quotations against the text of the document they cite: is the quote there word for
/// word, and if not, which passage of the text is closest to it?
///
/// ```swift
/// let check = QuoteCheck(text: article)
/// switch check.find("米国はそのほとんどを中国に依存している") {
/// case .verbatim(let at): print("found at line \(at.line)")
/// case .missing(let closest): print("closest: \(closest?.text ?? "none")")
/// }
/// ```
///
/// - *Verbatim* means the quote occurs in the text exactly, Unicode scalar for scalar: no case
///   folding, no Unicode normalisation, no collapsing of spaces. An empty quote is never verbatim.
/// - The *closest passage* is the window of the text, as long as the quote, that shares the most
///   character bigrams with it, counted as a multiset overlap (the numerator of the Sørensen–Dice
///   coefficient; Dice, "Measures of the amount of ecologic association between species", 1945),
///   re-centred on its matching bigrams, then widened by up to a quarter of the quote's length on either side while the neighbouring
///   bigrams occur in the quote. Its `similarity` is the window's overlap over the quote's bigram
///   count, 0…1. Ties go to the first window.
///
/// Cost: the exact search is O(n·m) in the worst case and O(n) on ordinary prose, for a text of n
/// and a quote of m scalars; the closest passage is one pass of a sliding window, O(n + m), with a
/// table of the quote's bigrams. The text is split into scalars once, at `init`, so one check
/// serves any number of quotes. A value type, safe to share between threads.
public struct QuoteCheck: Sendable {
  /// A stretch of the text: where it starts (1-based line and column, counted in Unicode
  /// scalars) and what it says.
  public struct Passage: Sendable, Hashable {
    public var text: String
    public var line: Int
    public var column: Int
    /// How alike the passage and the quote are, 0…1 (1 for a verbatim match).
    public var similarity: Double
  }

  /// The answer for one quote.
  public enum Outcome: Sendable, Hashable {
    /// The quote occurs in the text; the passage is its first occurrence.
    case verbatim(Passage)
    /// The quote does not occur; the closest passage, or nil when the text shares no bigram with it.
    case missing(closest: Passage?)

    public var isVerbatim: Bool {
      if case .verbatim = self { return true }
      return false
    }
  }

  private let scalars: [Unicode.Scalar]

  /// Prepares `text` (a document's full text) for checking quotes.
  public init(text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// Whether `quote` occurs verbatim in the text, else the closest passage.
  public func find(_ quote: String) -> Outcome {
    let q = Array(quote.unicodeScalars)
    guard !q.isEmpty else { return .missing(closest: nil) }
    if let start = firstOccurrence(of: q) {
      return .verbatim(passage(start, q.count, similarity: 1))
    }
    return .missing(closest: closest(to: q))
  }

  private func firstOccurrence(of q: [Unicode.Scalar]) -> Int? {
    guard q.count <= scalars.count else { return nil }
    let first = q[0]
    var i = 0
    while i <= scalars.count - q.count {
      if scalars[i] == first {
        var j = 1
        while j < q.count && scalars[i + j] == q[j] { j += 1 }
        if j == q.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// The window of `q.count` scalars with the largest bigram overlap with `q`.
  private func closest(to q: [Unicode.Scalar]) -> Passage? {
    guard !scalars.isEmpty else { return nil }
    if q.count < 2 || scalars.count < 2 {
      guard let i = scalars.firstIndex(of: q[0]) else { return nil }
      return passage(i, q.count, similarity: 0)
    }
    let width = min(q.count, scalars.count)
    var wanted: [UInt64: Int] = [:]
    for k in 0..<(q.count - 1) { wanted[Self.bigram(q[k], q[k + 1]), default: 0] += 1 }
    var held: [UInt64: Int] = [:]
    var overlap = 0
    // The window [start, start + width) holds the bigrams starting at start…start + width − 2.
    func add(_ k: Int) {
      let b = Self.bigram(scalars[k], scalars[k + 1])
      guard let need = wanted[b] else { return }
      let have = held[b, default: 0]
      if have < need { overlap += 1 }
      held[b] = have + 1
    }
    func remove(_ k: Int) {
      let b = Self.bigram(scalars[k], scalars[k + 1])
      guard let need = wanted[b], let have = held[b] else { return }
      held[b] = have - 1
      if have - 1 < need { overlap -= 1 }
    }
    for k in 0..<(width - 1) { add(k) }
    var best = overlap
    var bestStart = 0
    var start = 0
    while start + width < scalars.count {
      remove(start)
      add(start + width - 1)
      start += 1
      if overlap > best {
        best = overlap
        bestStart = start
      }
    }
    guard best > 0 else { return nil }
    // Widen the window over neighbouring scalars that continue the quote's bigrams, so that a
    // quote with a word changed still shows the whole passage it came from.
    // Centre the window on what matches: drop edges whose bigrams the quote lacks, then grow it
    // back to the quote's length on both sides in turn.
    var lo = bestStart
    var hi = bestStart + width
    while hi - lo > 2 && wanted[Self.bigram(scalars[lo], scalars[lo + 1])] == nil { lo += 1 }
    while hi - lo > 2 && wanted[Self.bigram(scalars[hi - 2], scalars[hi - 1])] == nil { hi -= 1 }
    var right = true
    while hi - lo < width && (lo > 0 || hi < scalars.count) {
      if right && hi < scalars.count || lo == 0 { hi += 1 } else { lo -= 1 }
      right.toggle()
    }
    let core = (lo, hi)
    let slack = max(2, q.count / 4)
    while hi < scalars.count && hi - core.1 < slack && wanted[Self.bigram(scalars[hi - 1], scalars[hi])] != nil {
      hi += 1
    }
    while lo > 0 && core.0 - lo < slack && wanted[Self.bigram(scalars[lo - 1], scalars[lo])] != nil { lo -= 1 }
    return passage(lo, hi - lo, similarity: Double(best) / Double(q.count - 1))
  }

  private static func bigram(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
    UInt64(a.value) << 32 | UInt64(b.value)
  }

  /// The passage of `count` scalars at `start`, trimmed of surrounding white space, with its line
  /// and column.
  private func passage(_ start: Int, _ count: Int, similarity: Double) -> Passage {
    var lo = start
    var hi = min(start + count, scalars.count)
    while lo < hi && scalars[lo].properties.isWhitespace { lo += 1 }
    while hi > lo && scalars[hi - 1].properties.isWhitespace { hi -= 1 }
    var line = 1
    var column = 1
    for s in scalars[0..<lo] {
      if s == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[lo..<hi])
    return Passage(text: String(text), line: line, column: column, similarity: similarity)
  }
}
