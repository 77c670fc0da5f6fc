/// Which way influence flows along a relation `from → to`.
public enum InfluenceDirection: String, Hashable, Sendable, CaseIterable {
  /// `from` moves `to` (lobbies, sanctions, advises, regulates…).
  case forward
  /// `to` moves `from` (member-of, reports-to, depends-on…).
  case reverse
  /// Each moves the other (negotiates, allied-with).
  case mutual
  /// No influence (a logistics route, a mention).
  case none
}

/// Whether a relation helps or hurts the one it acts on.
public enum Polarity: String, Hashable, Sendable, CaseIterable {
  case cooperative
  case neutral
  case hostile

  /// +1, 0 or −1.
  public var sign: Int {
    switch self {
    case .cooperative: return 1
    case .neutral: return 0
    case .hostile: return -1
    }
  }
}

/// A kind of relation and what it means for influence: its direction, polarity, whether
/// `from` and `to` are interchangeable, and the strength a relation of this kind has when its
/// sources give none.
public struct RelationKind: Hashable, Sendable, Identifiable {
  public var id: String
  public var influence: InfluenceDirection
  public var polarity: Polarity
  /// `A k B` says the same as `B k A` (negotiates, allied-with, meets).
  public var symmetric: Bool
  /// Default strength in 0…1.
  public var defaultStrength: Double
  /// Whether influence received through a relation of this kind carries on into the receiver's
  /// own acts in a chain. False for contact (meets, negotiates: evidence that the two parties
  /// were in touch, not a conduit for a third party's acts) and for membership (member-of: a body
  /// moves its member, but is not the author of what the member does next). A hop made only of
  /// such relations can end a chain, never continue it.
  public var onward: Bool
  public var description: String
  /// Display names by language code (`{en: …, ja: …}`), for kinds declared by a file.
  public var names: [String: String] = [:]
  /// Where it was declared, for kinds declared by a file.
  public var location: SourceLocation?

  public init(
    id: String, influence: InfluenceDirection, polarity: Polarity, symmetric: Bool = false,
    defaultStrength: Double, description: String, location: SourceLocation? = nil, onward: Bool = true
  ) {
    self.id = id
    self.influence = influence
    self.polarity = polarity
    self.symmetric = symmetric
    self.defaultStrength = defaultStrength
    self.description = description
    self.location = location
    self.onward = onward
  }
}
