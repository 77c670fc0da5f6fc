/// How strongly one actor moves another: the strongest chains from A to B, the direct hop if there
/// is one, the strongest chain back from B to A, and the actors that carry A's influence.
public struct InfluenceBetween: Sendable {
  /// The actor that moves.
  public let source: Int
  /// The actor that is moved.
  public let target: Int
  /// The longest chain considered, in hops.
  public let depth: Int
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
  /// Definition: the strength is that of the strongest chain source → … → target of at most
  /// `depth` hops (the same score `influencers(of:)` ranks by); `chains` lists the `count`
  /// strongest simple chains (Yen's algorithm with hop-limited spur searches, see
  /// `CSRGraph.strongestChains`), each with its polarity and evidence. Carriers are the inner
  /// vertices of the listed chains, ranked by the summed strength of the chains through them, then
  /// by id: the actors through which the source's influence travels.
  ///
  /// Cost: O(count · depth² · (n + m)).
  public func influence(
    from source: Int, to target: Int, depth: Int = InfluenceModel.defaultDepth, chains count: Int = 3
  ) throws(InfluenceError) -> InfluenceBetween {
    try check(source)
    try check(target)
    guard depth >= 1 else { throw .invalidDepth(depth) }
    guard count >= 1 else { throw .invalidCount(name: "chains", value: count) }
    let ids = analysis.ids
    let found = graph.strongestChains(from: source, to: target, k: count, maxHops: depth, ids: ids)
    let chains = found.map { chain(from: source, arcs: $0.arcs) }
    let back = HopLimitedChains(graph: graph, root: target, maxHops: depth, incoming: false, ids: ids)
    let reverse = source == target ? nil : back.arcs(source).map { chain(from: target, arcs: $0) }
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
      source: source, target: target, depth: depth, chains: chains, direct: direct, reverse: reverse,
      carriers: carriers)
  }
}
