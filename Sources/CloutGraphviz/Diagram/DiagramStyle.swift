import Clout

/// How entities and relations look: the mapping from the model to Graphviz attributes.
///
/// - Entity kind → shape: person ellipse, agency box, company rounded box, country hexagon,
///   organization note; other kinds `defaultShape`.
/// - Group (`DiagramGrouping`: declared groups, else affiliation tops) → fill and border colour.
/// - Relation polarity → colour (Okabe–Ito: hostile vermillion, cooperative blue, neutral grey),
///   repeated in the arrowhead so colour is never the only cue: hostile `tee` (a bar: blocks),
///   cooperative `normal`, neutral `vee`.
/// - Influence direction: forward as written; reverse (member-of, reports-to, depends-on: the
///   target moves the source) a hollow `onormal` head; mutual kinds `dir=both` with the polarity
///   arrow at both ends; kinds with no influence `dir=none` when symmetric, an `empty` head otherwise.
/// - Strength (the relation's, else its kind's default) → pen width, linear from `minPenWidth` at 0
///   to `maxPenWidth` at 1.
/// - Status: `paused`, `ended` and `announced` dashed, `alleged` and `denied` dotted, each with a
///   status mark in the label; `active` solid.
public struct DiagramStyle: Sendable {
  /// A node shape and whether its corners are rounded.
  public struct Shape: Sendable, Hashable {
    public var name: String
    public var rounded: Bool

    public init(_ name: String, rounded: Bool = false) {
      self.name = name
      self.rounded = rounded
    }
  }

  public var shapes: [EntityKind: Shape]
  public var defaultShape: Shape
  public var hostileColor: String
  public var cooperativeColor: String
  public var neutralColor: String
  /// The colour of a drawn edge that merges hostile and cooperative relations.
  public var mixedColor: String
  public var minPenWidth: Double
  public var maxPenWidth: Double
  /// The font of every label; must cover the label language (Noto Sans CJK JP covers Latin,
  /// Japanese and most Chinese).
  public var fontName: String

  public init(
    shapes: [EntityKind: Shape] = DiagramStyle.standardShapes, defaultShape: Shape = Shape("octagon"),
    hostileColor: String = DiagramPalette.vermillion,
    cooperativeColor: String = DiagramPalette.blue, neutralColor: String = DiagramPalette.grey,
    mixedColor: String = DiagramPalette.reddishPurple,
    minPenWidth: Double = 0.8, maxPenWidth: Double = 4.0, fontName: String = "Noto Sans CJK JP"
  ) {
    self.shapes = shapes
    self.defaultShape = defaultShape
    self.hostileColor = hostileColor
    self.cooperativeColor = cooperativeColor
    self.neutralColor = neutralColor
    self.mixedColor = mixedColor
    self.minPenWidth = minPenWidth
    self.maxPenWidth = maxPenWidth
    self.fontName = fontName
  }

  public static let standardShapes: [EntityKind: Shape] = [
    .person: Shape("ellipse"), .agency: Shape("box"), .company: Shape("box", rounded: true),
    .country: Shape("hexagon"), .organization: Shape("note"),
  ]

  /// The standard style.
  public static let standard = DiagramStyle()

  /// The shape of an entity kind.
  public func shape(for kind: EntityKind) -> Shape { shapes[kind] ?? defaultShape }

  /// The colour of a polarity.
  public func color(for polarity: Polarity) -> String {
    switch polarity {
    case .hostile: hostileColor
    case .cooperative: cooperativeColor
    case .neutral: neutralColor
    }
  }

  /// The arrow shape of a polarity.
  public static func arrow(for polarity: Polarity) -> String {
    switch polarity {
    case .hostile: "tee"
    case .cooperative: "normal"
    case .neutral: "vee"
    }
  }

  /// The pen width for a strength in 0…1 (clamped; NaN counts as 0).
  public func penWidth(forStrength strength: Double) -> Double {
    let s = strength.isNaN ? 0 : min(1, max(0, strength))
    return ((minPenWidth + (maxPenWidth - minPenWidth) * s) * 100).rounded() / 100
  }

  /// The line style of a status.
  public static func lineStyle(for status: RelationStatus) -> String {
    switch status {
    case .active: "solid"
    case .announced, .paused, .ended: "dashed"
    case .alleged, .denied: "dotted"
    }
  }

  /// How a relation is drawn. A relation whose kind is unknown is drawn neutral and forward.
  public func appearance(of relation: Relation, kind: RelationKind?) -> RelationAppearance {
    let polarity = kind?.polarity ?? .neutral
    let arrow = Self.arrow(for: polarity)
    var direction = "forward"
    var head = arrow
    var tail = "none"
    switch kind?.influence ?? .forward {
    case .forward:
      break
    case .reverse:
      head = "onormal"
    case .mutual:
      direction = "both"
      tail = arrow
    case .none:
      if kind?.symmetric ?? false {
        direction = "none"
      } else {
        head = "empty"
      }
    }
    let strength = relation.strength ?? kind?.defaultStrength ?? 0.5
    return RelationAppearance(
      color: color(for: polarity), style: Self.lineStyle(for: relation.status), direction: direction, arrowhead: head,
      arrowtail: tail, penwidth: penWidth(forStrength: strength), marksStatus: relation.status != .active)
  }
}
