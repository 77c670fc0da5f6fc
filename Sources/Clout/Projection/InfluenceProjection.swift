/// The influence projection of a network: a weighted digraph with an arc u→v where some relation
/// gives u influence over v.
///
/// Definition. Each kept relation r of kind k contributes the strength
/// `s_r = (r.strength ?? k.defaultStrength) · (r.confidence ?? r.status.defaultWeight)` along the direction its kind
/// says influence flows: `forward` from→to, `reverse` to→from, `mutual` both ways, `none` not at
/// all. Parallel contributions to the same ordered pair are combined by noisy-or,
/// `w(u→v) = 1 − Π_r (1 − s_r)`: each relation is an independent channel that moves v with
/// probability s_r, and the arc's weight is the probability that at least one does. Nothing is
/// dropped silently: every arc lists the relations it combines (`arcRelations`), in file order.
/// Relations with zero strength contribute nothing; denied relations are excluded by the default
/// filter.
///
/// Vertices are the network's entities in file order (`network.entities[i]` is vertex i).
///
/// Cost: O(n + R log R) for R relations (sorting contributions by arc); memory O(n + R).
public struct InfluenceProjection: Sendable {
  /// Entity ids, vertex order.
  public let entityIDs: [String]
  /// One arc per ordered pair with influence; weights are combined strengths in (0, 1].
  public let graph: CSRGraph
  /// For each arc (edge id of `graph`), the indices into `network.relations` it combines.
  public let arcRelations: [[Int]]
  /// For each arc, the strength each of its relations contributed, same order as `arcRelations`.
  public let arcContributions: [[Double]]

  public init(_ network: Network, filter: RelationFilter = RelationFilter()) {
    entityIDs = network.entities.map(\.id)
    var contributions: [(u: Int32, v: Int32, relation: Int, strength: Double)] = []
    for (i, r) in network.relations.enumerated() where filter.keeps(r, in: network) {
      guard let kind = network.kind(of: r), let a = network.entityPosition(r.from),
        let b = network.entityPosition(r.to), a != b
      else { continue }
      let s = min(1, max(0, (r.strength ?? kind.defaultStrength) * (r.confidence ?? r.status.defaultWeight)))
      guard s > 0 else { continue }
      let u = Int32(a)
      let v = Int32(b)
      switch kind.influence {
      case .forward: contributions.append((u, v, i, s))
      case .reverse: contributions.append((v, u, i, s))
      case .mutual:
        contributions.append((u, v, i, s))
        contributions.append((v, u, i, s))
      case .none: break
      }
    }
    contributions.sort { ($0.u, $0.v, $0.relation) < ($1.u, $1.v, $1.relation) }
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var relations: [[Int]] = []
    var parts: [[Double]] = []
    for c in contributions {
      if let lastU = sources.last, let lastV = targets.last, lastU == c.u, lastV == c.v {
        let k = weights.count - 1
        weights[k] = 1 - (1 - weights[k]) * (1 - c.strength)
        relations[k].append(c.relation)
        parts[k].append(c.strength)
      } else {
        sources.append(c.u)
        targets.append(c.v)
        weights.append(c.strength)
        relations.append([c.relation])
        parts.append([c.strength])
      }
    }
    // Endpoints come from entity positions and weights lie in (0, 1], so construction cannot fail.
    graph =
      (try? CSRGraph(vertexCount: entityIDs.count, sources: sources, targets: targets, weights: weights, directed: true))
      ?? CSRGraph.empty(vertexCount: entityIDs.count, directed: true)
    arcRelations = relations
    arcContributions = parts
  }

  /// The arc u→v, if any. O(out-degree of u).
  public func arc(from u: Int, to v: Int) -> Int? {
    for slot in graph.outRange(u) where Int(graph.outNeighbors[slot]) == v { return Int(graph.outEdges[slot]) }
    return nil
  }
}
