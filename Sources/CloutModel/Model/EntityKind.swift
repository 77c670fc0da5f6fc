/// What sort of actor an entity is. The five built-in kinds cover most networks; a file may
/// declare more (`entity-kinds:`), so this is an open set of names rather than a closed enum.
public struct EntityKind: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
  public let id: String

  public init(_ id: String) { self.id = id }
  public init(stringLiteral value: String) { self.id = value }

  /// A natural person.
  public static let person: EntityKind = "person"
  /// A government body: ministry, department, legislature, regulator, council.
  public static let agency: EntityKind = "agency"
  /// A firm.
  public static let company: EntityKind = "company"
  /// A state or jurisdiction.
  public static let country: EntityKind = "country"
  /// A think tank, association, party, NGO or bloc.
  public static let organization: EntityKind = "organization"

  /// The built-in kinds, in the order they are listed to users.
  public static let builtIn: [EntityKind] = [.person, .agency, .company, .country, .organization]

  public var description: String { id }
  public static func < (a: EntityKind, b: EntityKind) -> Bool { a.id < b.id }
}
