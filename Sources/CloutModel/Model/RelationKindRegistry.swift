/// The relation kinds a network knows: the built-in ones plus those its file declares.
public struct RelationKindRegistry: Sendable {
  public private(set) var kinds: [RelationKind]
  private var index: [String: Int]

  /// The built-in kinds only.
  public init() { self.init(kinds: RelationKind.builtIn) }

  /// A registry of exactly these kinds (later duplicates replace earlier ones).
  public init(kinds: [RelationKind]) {
    self.kinds = []
    self.index = [:]
    for kind in kinds { register(kind) }
  }

  /// Adds a kind, or replaces the kind with the same id.
  public mutating func register(_ kind: RelationKind) {
    if let i = index[kind.id] {
      kinds[i] = kind
    } else {
      index[kind.id] = kinds.count
      kinds.append(kind)
    }
  }

  public subscript(id: String) -> RelationKind? { index[id].map { kinds[$0] } }

  public func contains(_ id: String) -> Bool { index[id] != nil }

  /// Whether the kind is one of the built-in ones (not declared by a file).
  public static func isBuiltIn(_ id: String) -> Bool { RelationKind.builtIn.contains { $0.id == id } }
}
