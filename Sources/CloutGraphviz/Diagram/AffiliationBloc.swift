import Clout

/// A group of actors a diagram colours alike: the United States, China, US allies, third
/// countries… An entity belongs to the bloc of the first entity up its `affiliation` chain that a
/// `BlocMap` assigns (see `BlocMap.bloc(of:in:)`).
public struct AffiliationBloc: Sendable, Hashable, Identifiable {
  public var id: String
  /// Display names per language (`en`, `ja`…); `en` is the fallback.
  public var names: [String: String]
  /// Node fill colour.
  public var fill: String
  /// Node border colour.
  public var border: String

  public init(id: String, names: [String: String], fill: String, border: String) {
    self.id = id
    self.names = names
    self.fill = fill
    self.border = border
  }

  /// The name in `language`, falling back to English, then to the id.
  public func name(in language: String) -> String { names[language] ?? names["en"] ?? id }

  public static let unitedStates = AffiliationBloc(
    id: "united-states", names: ["en": "United States", "ja": "米国"], fill: DiagramPalette.blueTint,
    border: DiagramPalette.blue)
  public static let china = AffiliationBloc(
    id: "china", names: ["en": "China", "ja": "中国"], fill: DiagramPalette.orangeTint, border: DiagramPalette.orange)
  public static let allies = AffiliationBloc(
    id: "allies", names: ["en": "US allies", "ja": "米国の同盟国"], fill: DiagramPalette.bluishGreenTint,
    border: DiagramPalette.bluishGreen)
  public static let thirdCountries = AffiliationBloc(
    id: "third-countries", names: ["en": "Third countries", "ja": "第三国"], fill: DiagramPalette.reddishPurpleTint,
    border: DiagramPalette.reddishPurple)
  /// For entities with no country up their affiliation chain.
  public static let unaffiliated = AffiliationBloc(
    id: "unaffiliated", names: ["en": "No country", "ja": "国の所属なし"], fill: DiagramPalette.greyTint,
    border: DiagramPalette.grey)
}
