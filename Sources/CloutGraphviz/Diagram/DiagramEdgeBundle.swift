import Clout

/// The relations between one pair of entities, drawn as one edge.
///
/// Parallel relations (either direction) between two actors are merged so that the drawing shows
/// one line per pair: its width follows the combined strength `1 − Π(1 − sᵢ)` (the chance that at
/// least one of the relations acts, each with its strength `sᵢ`, taken as independent), its colour
/// the polarities (one polarity: its colour; hostile and cooperative together: the mixed colour),
/// its label and tooltip list the kinds and every relation's evidence.
struct DiagramEdgeBundle {
  /// The ends as drawn: `tail` is the `from` of the first relation.
  let tail: String
  let head: String
  var relations: [Relation]

  /// Groups relations by unordered pair, in order of each pair's first relation; with
  /// `merging` false every relation is its own bundle. Cost: O(m).
  static func bundles(of relations: [Relation], merging: Bool) -> [DiagramEdgeBundle] {
    guard merging else { return relations.map { DiagramEdgeBundle(tail: $0.from, head: $0.to, relations: [$0]) } }
    var out: [DiagramEdgeBundle] = []
    var index: [String: Int] = [:]
    for r in relations {
      let key = r.from < r.to ? r.from + "\u{1}" + r.to : r.to + "\u{1}" + r.from
      if let i = index[key] {
        out[i].relations.append(r)
      } else {
        index[key] = out.count
        out.append(DiagramEdgeBundle(tail: r.from, head: r.to, relations: [r]))
      }
    }
    return out
  }

  /// Combined strength of the relations (each its own, else its kind's default, else 0.5).
  func strength(in network: Network) -> Double {
    var miss = 1.0
    for r in relations {
      let s = r.strength ?? network.kind(of: r)?.defaultStrength ?? 0.5
      miss *= 1 - min(1, max(0, s.isNaN ? 0 : s))
    }
    return 1 - miss
  }

  /// The polarities present, neutral left out unless it is the only one.
  func polarity(in network: Network) -> Polarity? {
    let found = Set(relations.map { network.kind(of: $0)?.polarity ?? .neutral })
    let strong = found.subtracting([.neutral])
    if strong.count > 1 { return nil }
    return strong.first ?? .neutral
  }

  /// Whether some relation is written from `head` to `tail`.
  var goesBothWays: Bool { relations.contains { $0.from == head } && relations.contains { $0.from == tail } }

  /// The distinct kinds, in order of appearance.
  var kinds: [String] {
    var seen: [String] = []
    for r in relations where !seen.contains(r.kind) { seen.append(r.kind) }
    return seen
  }
}
