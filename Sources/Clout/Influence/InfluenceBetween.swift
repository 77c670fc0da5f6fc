/// How strongly one actor moves another: the strongest chains from A to B, the direct hop if there
/// is one, the strongest chain back from B to A, and the actors that carry A's influence.
public struct InfluenceBetween: Sendable {
  /// The actor that moves.
  public let source: Int
  /// The actor that is moved.
  public let target: Int
  /// The rules the chains follow (hop limit, time order).
  public let rules: ChainRules
  /// The strongest chains source → target, best first (`ChainOrder`); empty when none exists.
  public let chains: [InfluenceChain]
  /// The arc source → target, when some relation moves the target directly.
  public let direct: InfluenceHop?
  /// The strongest chain target → source (how strongly B moves A back), if any.
  public let reverse: InfluenceChain?
  /// The actors inside the listed chains, most carried strength first.
  public let carriers: [Carrier]

  /// How strongly the source moves the target: the strength of its strongest chain (0 when none).
  public var strength: Double { chains.first?.strength ?? 0 }

  /// An actor on the listed chains between the two ends.
  public struct Carrier: Sendable, Hashable {
    public let vertex: Int
    /// How many of the listed chains pass through it.
    public let chains: Int
    /// The sum of the strengths of those chains.
    public let strength: Double
  }
}

extension InfluenceModel {
  /// How strongly `source` moves `target`.
  ///
  /// Definition: the strength is that of the strongest chain source → … → target under `rules`
  /// (the same score `influencers(of:)` ranks by); `chains` lists the `count` strongest simple
  /// chains (`strongestChains(from:to:k:rules:)`), each with its polarity and evidence. Carriers
  /// are the inner vertices of the listed chains, ranked by the summed strength of the chains
  /// through them, then by id: the actors through which the source's influence travels.
  ///
  /// Cost: O(count · maxHops) chain searches.
  public func influence(
    from source: Int, to target: Int, rules: ChainRules = ChainRules(), chains count: Int = 3
  ) throws(InfluenceError) -> InfluenceBetween {
    try check(source)
    try check(target)
    try check(rules)
    guard count >= 1 else { throw .invalidCount(name: "chains", value: count) }
    let ids = analysis.ids
    let chains = try strongestChains(from: source, to: target, k: count, rules: rules)
    let reverse = source == target ? nil : try strongestChain(from: target, to: source, rules: rules)
    let direct = source == target ? nil : projection.arc(from: source, to: target).map { hop(arc: $0) }
    var through: [Int: (Int, Double)] = [:]
    for c in chains {
      for v in c.vertices.dropFirst().dropLast() {
        let (n, s) = through[v] ?? (0, 0)
        through[v] = (n + 1, s + c.strength)
      }
    }
    let carriers = through.map { InfluenceBetween.Carrier(vertex: $0.key, chains: $0.value.0, strength: $0.value.1) }
      .sorted { a, b in
        if !ChainOrder.same(a.strength, b.strength) { return a.strength > b.strength }
        return ids[a.vertex] < ids[b.vertex]
      }
    return InfluenceBetween(
      source: source, target: target, rules: rules, chains: chains, direct: direct, reverse: reverse,
      carriers: carriers)
  }
}
