/// What a relation is about: a product, resource or measure (`h200`, `rare-earths`,
/// `entity-list`). Topics are not actors; queries and diagrams filter by them.
public struct Topic: Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var names: [String: String]
  public var note: String?
  public var location: SourceLocation?

  public init(
    id: String, name: String, names: [String: String] = [:], note: String? = nil, location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.names = names
    self.note = note
    self.location = location
  }

  /// The name in `language`, falling back to English and then to `name`.
  public func name(in language: String) -> String { names[language] ?? names["en"] ?? name }
}
