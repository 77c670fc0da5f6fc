import Clout

/// What a diagram shows and emphasises.
public struct DiagramOptions: Sendable {
  /// How entities are grouped into Graphviz clusters (boxes). Clusters are honoured by `dot` and
  /// `fdp`; `sfdp`, `neato`, `circo` and `twopi` ignore them.
  public enum Clustering: Sendable, Hashable {
    case none
    /// By the top of each entity's affiliation chain (a country and its agencies, companies…).
    case affiliation
    /// By the group each entity is coloured by (declared groups, else affiliation tops).
    case group
    /// By entity kind.
    case kind
    /// By a given community map (entity id → community number, e.g. from Louvain).
    case communities([String: Int])
  }

  /// Language of labels (`en`, `ja`…), falling back to English.
  public var language: String
  /// Which relations are drawn (kind, topic, status, as-of date…).
  public var filter: RelationFilter
  /// Draw only the ego network of this entity…
  public var focus: String?
  /// …up to this many relation hops away, in either direction.
  public var depth: Int
  /// Entities of a path to emphasise, in order; relations between consecutive ones are emphasised
  /// and the rest dimmed.
  public var path: [String]
  /// A value per entity (a centrality…) that scales node size; entities without a value keep the
  /// default size.
  public var nodeSize: [String: Double]
  /// What node size stands for, as the legend says it (e.g. "pagerank"); nil: no legend entry.
  public var nodeSizeMeaning: String?
  public var clustering: Clustering
  /// Whether entities with no drawn relation are drawn (they always are when nothing is filtered).
  public var showsIsolated: Bool
  /// Whether edges carry their kind (and status mark) as a label.
  public var labelsEdges: Bool
  /// Whether to add the legend.
  public var showsLegend: Bool
  /// Graph title (nil: the network's title).
  public var title: String?
  /// Graphviz `rankdir` for `dot`: `TB`, `LR`, `BT`, `RL`.
  public var rankDirection: String
  /// Whether the relations between two entities are drawn as one edge (`DiagramEdgeBundle`). Off,
  /// every relation is its own edge with its own data attributes, so the DOT reads back relation by
  /// relation (`DOTImport` in CloutAnswers).
  public var mergesParallel: Bool = true
  /// Colour nodes by these communities (entity id → community number) instead of by group.
  public var colorByCommunity: [String: Int]?

  public init(
    language: String = "en", filter: RelationFilter = RelationFilter(), focus: String? = nil, depth: Int = 1,
    path: [String] = [], nodeSize: [String: Double] = [:], clustering: Clustering = .none,
    showsIsolated: Bool = false, labelsEdges: Bool = true, showsLegend: Bool = true, title: String? = nil,
    rankDirection: String = "LR"
  ) {
    self.language = language
    self.filter = filter
    self.focus = focus
    self.depth = depth
    self.path = path
    self.nodeSize = nodeSize
    self.clustering = clustering
    self.showsIsolated = showsIsolated
    self.labelsEdges = labelsEdges
    self.showsLegend = showsLegend
    self.title = title
    self.rankDirection = rankDirection
  }
}
