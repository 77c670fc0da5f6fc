/// A group of entities a network declares: a bloc, a coalition, a family of companies… Diagrams
/// colour an entity by its group (see `Network.group(of:)`) and list exactly the groups drawn.
///
/// Members are entity ids, of any kind (countries, agencies, people…). An entity belongs to the
/// group of the first entity on its affiliation chain (itself first) that a group lists, so listing
/// a country takes in its agencies, their officials and the companies registered under it.
public struct EntityGroup: Hashable, Sendable, Identifiable {
  public var id: String
  /// Display name (English by convention).
  public var name: String
  /// Names per language code (`en`, `ja`, …).
  public var names: [String: String]
  /// Member entity ids, in file order.
  public var members: [String]
  /// A colour for the group (`#RRGGBB`); nil lets the renderer pick one from its palette.
  public var color: String?
  public var note: String?
  public var location: SourceLocation?

  public init(
    id: String, name: String, names: [String: String] = [:], members: [String] = [], color: String? = nil,
    note: String? = nil, location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.names = names
    self.members = members
    self.color = color
    self.note = note
    self.location = location
  }

  /// The name in `language`, falling back to English and then to `name`.
  public func name(in language: String) -> String { names[language] ?? names["en"] ?? name }

  /// Whether `text` is a colour groups accept: `#RRGGBB` in hexadecimal digits.
  public static func isColor(_ text: String) -> Bool {
    let digits = text.utf8.dropFirst()
    return text.utf8.count == 7 && text.hasPrefix("#")
      && digits.allSatisfy { (48...57).contains($0) || (65...70).contains($0) || (97...102).contains($0) }
  }
}
