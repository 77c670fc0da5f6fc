/// Choices for mapping a foreign graph onto Clout's model.
public struct ImportOptions: Sendable {
  /// The kind of nodes that name none; nil: `actor`, declared in the imported network.
  public var entityKind: String?
  /// The kind of edges that name none; nil: `links-to` for directed edges and `linked-with` for
  /// undirected ones, both declared in the imported network.
  public var relationKind: String?
  public var limits: InteropLimits

  public init(entityKind: String? = nil, relationKind: String? = nil, limits: InteropLimits = .standard) {
    self.entityKind = entityKind
    self.relationKind = relationKind
    self.limits = limits
  }

  /// The kind given to nodes without one when no other is chosen.
  public static let defaultEntityKind = "actor"
  /// The kind given to directed edges without one.
  public static let directedRelationKind = "links-to"
  /// The kind given to undirected edges without one.
  public static let undirectedRelationKind = "linked-with"
}
