import Clout

/// What a report holds and how it is labelled.
public struct ReportOptions: Sendable {
  /// Interface and label language: `en` or `ja` (others fall back to English).
  public var language: String
  /// Which relations go into the report at all (the page filters further).
  public var filter: RelationFilter
  /// Report only this entity's neighbourhood…
  public var focus: String?
  /// …up to this many relation hops away, in either direction.
  public var depth: Int
  /// Page title (nil: the network's title).
  public var title: String?
  /// How many actors per side (who moves it, whom it moves) each actor's card lists with chains.
  public var chainsPerActor: Int
  /// The rules of the influence chains (hop limit, time order), as every chain command uses them.
  public var chainRules: ChainRules
  /// The largest network one page holds.
  public var limits: ReportLimits

  public init(
    language: String = "en", filter: RelationFilter = RelationFilter(), focus: String? = nil, depth: Int = 1,
    title: String? = nil, chainsPerActor: Int = 5, chainRules: ChainRules = ChainRules(),
    limits: ReportLimits = .standard
  ) {
    self.language = language
    self.filter = filter
    self.focus = focus
    self.depth = depth
    self.title = title
    self.chainsPerActor = chainsPerActor
    self.chainRules = chainRules
    self.limits = limits
  }
}

/// The size of network one report page holds. Beyond it the Graphviz drawing becomes unreadable
/// on a screen, the file too big to mail, and the per-actor chains slow to compute.
public struct ReportLimits: Sendable, Hashable {
  public var entities: Int
  public var relations: Int

  public init(entities: Int, relations: Int) {
    self.entities = entities
    self.relations = relations
  }

  /// 300 entities and 1,500 relations: a page of a few megabytes at most.
  public static let standard = ReportLimits(entities: 300, relations: 1_500)
}
