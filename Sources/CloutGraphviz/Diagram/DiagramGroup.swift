/// A group a diagram colours alike (a declared `EntityGroup`, the top of an affiliation chain, a
/// community…), with the colours it is drawn in and the name the legend gives it.
public struct DiagramGroup: Sendable, Hashable, Identifiable {
  public var id: String
  /// The name in the diagram's language.
  public var label: String
  /// Node fill colour (a light tint, so black text stays readable).
  public var fill: String
  /// Node border and legend colour.
  public var border: String

  public init(id: String, label: String, fill: String, border: String) {
    self.id = id
    self.label = label
    self.fill = fill
    self.border = border
  }

  /// A group drawn in `color` (`#RRGGBB`) with a light tint of it as fill.
  public init(id: String, label: String, color: String) {
    self.init(id: id, label: label, fill: DiagramPalette.tint(color), border: color)
  }
}
