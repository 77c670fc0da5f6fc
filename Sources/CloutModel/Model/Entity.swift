/// An actor of the network: a person, agency, company, country or organization.
public struct Entity: Hashable, Sendable, Identifiable {
  /// Stable kebab-case identifier, unique in the network.
  public var id: String
  public var kind: EntityKind
  /// Display name (English by convention).
  public var name: String
  /// Names per language code (`en`, `ja`, `zh`, …).
  public var names: [String: String]
  /// Other spellings and short forms, in any language.
  public var aliases: [String]
  /// What the actor is, e.g. "US Secretary of Commerce".
  public var role: String?
  /// The id of the entity it belongs to (a person's agency, an agency's country).
  public var affiliation: String?
  /// Free attributes, kept as text.
  public var attributes: [String: String]
  public var note: String?
  /// Where it was declared, when read from a file.
  public var location: SourceLocation?

  public init(
    id: String, kind: EntityKind, name: String, names: [String: String] = [:], aliases: [String] = [],
    role: String? = nil, affiliation: String? = nil, attributes: [String: String] = [:], note: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.names = names
    self.aliases = aliases
    self.role = role
    self.affiliation = affiliation
    self.attributes = attributes
    self.note = note
    self.location = location
  }

  /// The name in `language`, falling back to English and then to `name`.
  public func name(in language: String) -> String {
    names[language] ?? names["en"] ?? name
  }

  /// Every name this entity is known by: id, display name, names per language and aliases.
  public var allNames: [String] { [id, name] + names.keys.sorted().compactMap { names[$0] } + aliases }
}
