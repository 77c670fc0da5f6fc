import Foundation

/// What the analysis commands run on: a graph with labelled vertices, either a network's
/// influence projection or a plain imported graph.
///
/// Weights mean two things to algorithms. Strength-like measures (degree strength, PageRank,
/// eigenvector, Katz, HITS, Louvain) read `graph`, whose weights are strengths. Path-like measures
/// (betweenness, closeness, harmonic, distances, shortest paths) read `lengths`, the same arcs
/// with weights as lengths. For a network both come from the influence projection: strength w in
/// (0, 1] and length −log min(w, 0.999) (the cap keeps every length positive: a zero-length arc
/// would make paths of different length tie and closeness divide by zero). The lengths serve the
/// length-based centralities only; strongest chains are found by `ChainSearch` on the strengths
/// themselves, uncapped and under `ChainRules` (`InfluenceModel.strongestChains`). For an imported
/// graph the weights are used exactly as given in both roles, as networkx and igraph do.
public struct AnalysisGraph: Sendable {
  /// Vertex ids (entity ids, or the labels of an imported graph).
  public let ids: [String]
  /// Display names (entity names, or the ids).
  public let names: [String]
  /// Entity kinds (empty strings for imported graphs).
  public let kinds: [String]
  /// Weights as strengths.
  public let graph: CSRGraph
  /// The same arcs with weights as lengths.
  public let lengths: CSRGraph
  /// For a network: the network, the relation filter and the projection it was built from.
  /// `nil` for an imported graph.
  public let source: Source?

  /// The network an analysis graph was projected from, the relation filter applied, and the
  /// projection they make (which relations make each arc). Recorded with the graph, so that what
  /// is asked of it later (evidence, brokerage) uses the filter it was built with.
  public struct Source: Sendable {
    /// The network, for evidence.
    public let network: Network
    /// The relation filter the projection was built with.
    public let filter: RelationFilter
    /// The influence projection of `network` under `filter`.
    public let projection: InfluenceProjection

    /// The influence projection of `network` under `filter`. O(relations · log relations).
    public init(network: Network, filter: RelationFilter = RelationFilter()) {
      self.network = network
      self.filter = filter
      projection = InfluenceProjection(network, filter: filter)
    }
  }

  /// The projection behind it, for networks: which relations make each arc.
  public var projection: InfluenceProjection? { source?.projection }
  /// The network behind it, for evidence.
  public var network: Network? { source?.network }
  /// The relation filter it was built with, for networks.
  public var filter: RelationFilter? { source?.filter }

  /// The influence projection of `network` under `filter`.
  public init(network: Network, filter: RelationFilter = RelationFilter()) {
    self.init(source: Source(network: network, filter: filter))
  }

  /// The analysis graph of a network's projection.
  public init(source: Source) {
    self.source = source
    let network = source.network
    let projection = source.projection
    ids = network.entities.map(\.id)
    names = network.entities.map(\.name)
    kinds = network.entities.map(\.kind.id)
    graph = projection.graph
    let lengthWeights = (projection.graph.edgeWeights ?? []).map { -log(min($0, AnalysisGraph.strengthCap)) }
    lengths = (try? projection.graph.withWeights(lengthWeights)) ?? projection.graph
  }

  /// An imported graph, weights used as given.
  public init(graph: CSRGraph, ids: [String]) {
    self.ids = ids
    names = ids
    kinds = [String](repeating: "", count: ids.count)
    self.graph = graph
    lengths = graph
    source = nil
  }

  public var vertexCount: Int { graph.vertexCount }

  /// The largest strength used for lengths (see the type's documentation).
  public static let strengthCap = 0.999
}
