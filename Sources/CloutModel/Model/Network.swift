/// A whole influence network: the document a file describes.
///
/// Entities, topics, sources and relations keep the order they were written in. Lookups by id
/// are O(1).
public struct Network: Sendable {
  public var title: String?
  public var description: String?
  public private(set) var entities: [Entity]
  public private(set) var topics: [Topic]
  public private(set) var sources: [Source]
  public var relationKinds: RelationKindRegistry
  /// Entity kinds declared by the file beyond the built-in ones (id → description).
  public var entityKinds: [EntityKind: String]
  public private(set) var relations: [Relation]
  /// Guided tours of the network (`Story`), in file order.
  public var stories: [Story] = []
  /// Groups of entities the file declares (blocs, coalitions…), in file order; diagrams colour by them.
  public var groups: [EntityGroup]

  private var entityIndex: [String: Int]
  private var topicIndex: [String: Int]
  private var sourceIndex: [String: Int]

  public init(
    title: String? = nil, description: String? = nil, entities: [Entity] = [], topics: [Topic] = [],
    sources: [Source] = [], relationKinds: RelationKindRegistry = RelationKindRegistry(),
    entityKinds: [EntityKind: String] = [:], relations: [Relation] = [], groups: [EntityGroup] = []
  ) {
    self.title = title
    self.description = description
    self.entities = entities
    self.topics = topics
    self.sources = sources
    self.relationKinds = relationKinds
    self.entityKinds = entityKinds
    self.relations = relations
    self.groups = groups
    entityIndex = Self.firstIndex(entities.map(\.id))
    topicIndex = Self.firstIndex(topics.map(\.id))
    sourceIndex = Self.firstIndex(sources.map(\.id))
  }

  private static func firstIndex(_ ids: [String]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
    return index
  }

  public func entity(_ id: String) -> Entity? { entityIndex[id].map { entities[$0] } }
  public func topic(_ id: String) -> Topic? { topicIndex[id].map { topics[$0] } }
  public func source(_ id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
  /// The position of an entity in `entities`, which is its vertex number in graphs built from this network.
  public func entityPosition(_ id: String) -> Int? { entityIndex[id] }

  /// The kind of a relation (nil only if the network was built without validation).
  public func kind(of relation: Relation) -> RelationKind? { relationKinds[relation.kind] }

  /// The relations that leave `id` (as written: `from == id`).
  public func relations(from id: String) -> [Relation] { relations.filter { $0.from == id } }
  /// The relations that enter `id` (as written: `to == id`).
  public func relations(to id: String) -> [Relation] { relations.filter { $0.to == id } }

  /// The same network keeping only the relations for which `keep` is true.
  public func filteringRelations(_ keep: (Relation) -> Bool) -> Network {
    var copy = self
    copy.relations = relations.filter(keep)
    return copy
  }

  /// Adds an entity. Returns false (and changes nothing) if its id is taken.
  @discardableResult
  public mutating func add(_ entity: Entity) -> Bool {
    guard entityIndex[entity.id] == nil else { return false }
    entityIndex[entity.id] = entities.count
    entities.append(entity)
    return true
  }

  /// Adds a topic. Returns false (and changes nothing) if its id is taken.
  @discardableResult
  public mutating func add(_ topic: Topic) -> Bool {
    guard topicIndex[topic.id] == nil else { return false }
    topicIndex[topic.id] = topics.count
    topics.append(topic)
    return true
  }

  /// Adds a source. Returns false (and changes nothing) if its id is taken.
  @discardableResult
  public mutating func add(_ source: Source) -> Bool {
    guard sourceIndex[source.id] == nil else { return false }
    sourceIndex[source.id] = sources.count
    sources.append(source)
    return true
  }

  /// Adds a relation (references are not checked here; `NetworkValidator` does that).
  public mutating func add(_ relation: Relation) { relations.append(relation) }
}

extension Network {
  /// The language codes that entity and topic names are given in (`en`, `ja`…).
  public var nameLanguages: Set<String> {
    Set(entities.flatMap(\.names.keys)).union(topics.flatMap(\.names.keys))
  }
}
