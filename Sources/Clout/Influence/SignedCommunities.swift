/// The communities of an influence network, found with signed modularity and named by their most
/// central members.
///
/// Signs: every kept relation ties its two actors with its strength (`strength × status weight or
/// confidence`, as in the projection, whatever its influence direction): cooperative and neutral
/// relations (alliances, support, leadership, meetings, negotiations: contact) attract, hostile
/// ones (sanctions, restrictions, criticism, competition) repel; an entity's declared
/// `affiliation` attracts like a membership. Louvain's unsigned modularity
/// counts a sanction as cohesion, which puts a country in one community with the firms it
/// sanctions; signed modularity (Gómez, Jensen & Arenas 2009; Traag & Bruggeman 2009) does not.
///
/// Numbering and names: communities are ordered by size (largest first), then by the reach of
/// their most central member, and numbered from 1 in that order — the numbers every output uses.
/// Each is named by its (up to) two members with the highest `reach` (the default ranking), ties
/// by id. Actors with no relation form their own one-member communities, listed last.
public struct SignedCommunities: Sendable {
  /// One community.
  public struct Community: Sendable, Hashable {
    /// 1-based number, the same in text, CSV and JSON.
    public let number: Int
    /// Members, most central (highest reach) first, ties by id.
    public let members: [Int]
    /// "A, B": its most central members' names.
    public let name: String
  }

  public let communities: [Community]
  /// Signed modularity of the partition.
  public let modularity: Double
  /// The community number of each vertex.
  public let numberOf: [Int]

  /// Detects the communities of `network` under `filter`.
  ///
  /// Cost: O(R) to build the signed graph, signed Louvain (`SignedWeightedGraph.signedLouvain`),
  /// plus one `reach` computation to name the communities.
  public init(network: Network, filter: RelationFilter = RelationFilter(), resolution: Double = 1) {
    let n = network.entities.count
    var pairs: [(Int, Int, positive: Double, negative: Double)] = []
    for r in network.relations where filter.keeps(r, in: network) {
      guard let kind = network.kind(of: r), let a = network.entityPosition(r.from),
        let b = network.entityPosition(r.to), a != b
      else { continue }
      let s = min(1, max(0, (r.strength ?? kind.defaultStrength) * (r.confidence ?? r.status.defaultWeight)))
      guard s > 0 else { continue }
      if kind.polarity == .hostile { pairs.append((a, b, 0, s)) } else { pairs.append((a, b, s, 0)) }
    }
    // An entity's declared affiliation (minister → ministry → country) is membership: it attracts
    // with the strength of `member-of`.
    let membership = network.relationKinds["member-of"]?.defaultStrength ?? 0.6
    for (a, e) in network.entities.enumerated() {
      if let parent = e.affiliation, let b = network.entityPosition(parent), a != b {
        pairs.append((a, b, membership, 0))
      }
    }
    let graph = SignedWeightedGraph(vertexCount: n, pairs: pairs)
    let result = graph.signedLouvain(resolution: resolution)
    modularity = result.modularity
    let analysis = AnalysisGraph(network: network, filter: filter)
    let reach = (try? analysis.reach()) ?? [Double](repeating: 0, count: n)
    let ids = analysis.ids
    let central: (Int, Int) -> Bool = { a, b in reach[a] != reach[b] ? reach[a] > reach[b] : ids[a] < ids[b] }
    let groups = result.partition.members().map { $0.sorted(by: central) }
    let ordered = groups.sorted { x, y in
      if x.count != y.count { return x.count > y.count }
      return central(x[0], y[0])
    }
    var numberOf = [Int](repeating: 0, count: n)
    var communities: [Community] = []
    for (i, members) in ordered.enumerated() {
      for v in members { numberOf[v] = i + 1 }
      communities.append(
        Community(
          number: i + 1, members: members,
          name: members.prefix(2).map { analysis.names[$0] }.joined(separator: ", ")))
    }
    self.communities = communities
    self.numberOf = numberOf
  }
}
