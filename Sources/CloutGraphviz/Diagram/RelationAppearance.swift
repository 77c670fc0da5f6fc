/// How one relation is drawn: the Graphviz edge attributes `DiagramStyle` derives from its kind,
/// status and strength.
public struct RelationAppearance: Sendable, Hashable {
  /// Edge and label colour.
  public var color: String
  /// `solid`, `dashed` or `dotted`.
  public var style: String
  /// `forward`, `both` or `none` (Graphviz `dir`).
  public var direction: String
  public var arrowhead: String
  /// The tail arrow, for `dir=both`.
  public var arrowtail: String
  public var penwidth: Double
  /// Whether the label carries a status mark such as "(paused)".
  public var marksStatus: Bool
}
