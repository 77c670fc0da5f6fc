/// The relations of a network as a plain graph: one edge per kept relation, from → to as written,
/// parallel relations kept as parallel edges, no weights. Vertices are entities in file order.
///
/// Use it for structure (components, degree of engagement); use `InfluenceProjection` for
/// anything about who moves whom. Edge ids follow `CSRGraph`'s rule (relations grouped by their
/// `from` entity, file order within each).
///
/// Cost: O(n + R).
public struct RelationGraph: Sendable {
  public let graph: CSRGraph

  public init(_ network: Network, filter: RelationFilter = RelationFilter(), directed: Bool = true) {
    var sources: [Int32] = []
    var targets: [Int32] = []
    for r in network.relations where filter.keeps(r, in: network) {
      guard let a = network.entityPosition(r.from), let b = network.entityPosition(r.to) else { continue }
      sources.append(Int32(a))
      targets.append(Int32(b))
    }
    let n = network.entities.count
    // Endpoints are entity positions, so building cannot fail.
    graph =
      (try? CSRGraph(vertexCount: n, sources: sources, targets: targets, directed: directed))
      ?? CSRGraph.empty(vertexCount: n, directed: directed)
  }
}
