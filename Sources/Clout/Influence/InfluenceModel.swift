/// A network's influence projection together with the evidence behind every arc: the object all
/// "who moves whom" questions are asked of (influencers, chains between two actors, brokers,
/// score explanations).
///
/// It wraps an `AnalysisGraph` built from a network (an imported edge list has no evidence and is
/// refused). Vertices are entities in file order; arcs are the projection's arcs, weights their
/// strengths in (0, 1].
public struct InfluenceModel: Sendable {
  /// The analysis graph (strengths, lengths, ids, names).
  public let analysis: AnalysisGraph
  /// What `analysis` was built from (its `source`, which a model always has): the network the
  /// evidence comes from, the relation filter and the projection whose arcs list their relations.
  public let source: AnalysisGraph.Source

  /// The relations behind every arc as the chain search reads them (`ChainChannels`).
  let channels: ChainChannels

  /// The network the evidence comes from.
  public var network: Network { source.network }
  /// The projection whose arcs list their relations.
  public var projection: InfluenceProjection { source.projection }
  /// The relation filter the projection was built with (after the standing-tie scoping of
  /// `init(network:filter:standingTies:)`, which moves the topic test into `network`).
  public var filter: RelationFilter { source.filter }

  /// The model of an analysis graph, with the filter the graph was built with; throws
  /// `InfluenceError.noEvidence` for an imported graph.
  public init(_ analysis: AnalysisGraph) throws(InfluenceError) {
    guard let source = analysis.source else { throw .noEvidence }
    self.analysis = analysis
    self.source = source
    channels = ChainChannels(projection: source.projection, network: source.network)
  }

  /// The influence projection of `network` under `filter`, with its evidence.
  ///
  /// Standing ties: with `standingTies` and a topic filter, relations that carry neither a topic
  /// nor a date — leadership, membership, reporting lines, which hold whatever the subject — are
  /// kept beside the relations about the topics, so that a chain on a topic can run through the
  /// hierarchy (China → Trump on rare earths → the administration he leads → its H20 licence).
  /// `network` is then the network restricted to those relations and `filter` has no topics.
  /// Without a topic filter the flag changes nothing.
  public init(network: Network, filter: RelationFilter = RelationFilter(), standingTies: Bool = false) {
    var scoped = network
    var used = filter
    if standingTies, let topics = filter.topics {
      scoped = network.filteringRelations { r in
        r.about.contains(where: topics.contains) || Self.isStandingTie(r)
      }
      used.topics = nil
    }
    let source = AnalysisGraph.Source(network: scoped, filter: used)
    analysis = AnalysisGraph(source: source)
    self.source = source
    channels = ChainChannels(projection: source.projection, network: scoped)
  }

  /// Whether a relation is a standing tie: no topic and no date.
  public static func isStandingTie(_ r: Relation) -> Bool { r.about.isEmpty && r.firstDay == nil && r.lastDay == nil }

  /// The projection graph, weights as strengths.
  public var graph: CSRGraph { analysis.graph }
  /// The number of vertices (entities).
  public var vertexCount: Int { analysis.vertexCount }
  /// The entity id of vertex `v`.
  public func id(_ v: Int) -> String { analysis.ids[v] }
  /// The display name of vertex `v`.
  public func name(_ v: Int) -> String { analysis.names[v] }
  /// The vertex of an entity id, if it is one.
  public func vertex(_ id: String) -> Int? { network.entityPosition(id) }

  /// The hop along arc `arc`, with the relations behind it. O(relations of the arc).
  public func hop(arc: Int) -> InfluenceHop {
    let u = Int(graph.edgeSources[arc])
    let v = Int(graph.edgeTargets[arc])
    var evidence: [HopEvidence] = []
    for (index, contribution) in zip(projection.arcRelations[arc], projection.arcContributions[arc]) {
      let r = network.relations[index]
      let kind = network.kind(of: r)
      evidence.append(
        HopEvidence(
          index: index, relation: r, reading: kind?.influence ?? .forward, polarity: kind?.polarity ?? .neutral,
          strength: contribution))
    }
    evidence.sort { $0.strength != $1.strength ? $0.strength > $1.strength : $0.index < $1.index }
    return InfluenceHop(source: u, target: v, arc: arc, strength: graph.weight(ofEdge: arc), evidence: evidence)
  }

  /// The hop along `arc` made of the given channels only (a hop of a chain under `ChainRules`).
  func hop(arc: Int, channels used: [Int], strength: Double, time: Int) -> InfluenceHop {
    var evidence: [HopEvidence] = []
    for c in used {
      let index = channels.relation[c]
      let r = network.relations[index]
      let kind = network.kind(of: r)
      evidence.append(
        HopEvidence(
          index: index, relation: r, reading: kind?.influence ?? .forward, polarity: kind?.polarity ?? .neutral,
          strength: channels.strength[c]))
    }
    evidence.sort { $0.strength != $1.strength ? $0.strength > $1.strength : $0.index < $1.index }
    return InfluenceHop(
      source: Int(graph.edgeSources[arc]), target: Int(graph.edgeTargets[arc]), arc: arc, strength: strength,
      evidence: evidence, day: time == Int.min ? nil : time)
  }

  /// The chain along these arcs with every relation of every arc (no chain rules applied),
  /// starting at `source` (the arcs must follow each other).
  public func chain(from source: Int, arcs: [Int]) -> InfluenceChain {
    InfluenceChain(source: source, hops: arcs.map { hop(arc: $0) })
  }

  /// The chain along a path of the projection (its `edges` are arc ids).
  public func chain(_ path: GraphPath) -> InfluenceChain {
    chain(from: path.vertices.first ?? 0, arcs: path.edges)
  }

  /// Throws unless `v` is a vertex.
  func check(_ v: Int) throws(InfluenceError) {
    guard v >= 0, v < vertexCount else { throw .vertexOutOfRange(v) }
  }
}
