/// How nodes and edges look in Gephi: the `viz:` colour, size, shape and thickness a GEXF file
/// carries. CloutIO knows no style; the command-line tool fills this from the diagram style
/// (`DiagramStyle`), so that Gephi opens a network coloured as Clout draws it.
public struct GEXFAppearance: Sendable {
  /// An RGB colour with opacity.
  public struct Color: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public var alpha: Double

    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: Double = 1) {
      self.red = red
      self.green = green
      self.blue = blue
      self.alpha = alpha
    }

    /// `#RRGGBB` or `#RRGGBBAA`; nil for anything else.
    public init?(hex: String) {
      guard hex.hasPrefix("#"), hex.count == 7 || hex.count == 9 else { return nil }
      var digits: [UInt8] = []
      var rest = Substring(hex.dropFirst())
      while !rest.isEmpty {
        guard let byte = UInt8(rest.prefix(2), radix: 16) else { return nil }
        digits.append(byte)
        rest = rest.dropFirst(2)
      }
      self.init(
        red: digits[0], green: digits[1], blue: digits[2], alpha: digits.count == 4 ? Double(digits[3]) / 255 : 1)
    }
  }

  public struct Node: Sendable, Hashable {
    public var color: Color?
    public var size: Double?
    /// GEXF node shape: `disc`, `square`, `triangle` or `diamond`.
    public var shape: String?

    public init(color: Color? = nil, size: Double? = nil, shape: String? = nil) {
      self.color = color
      self.size = size
      self.shape = shape
    }
  }

  public struct Edge: Sendable, Hashable {
    public var color: Color?
    public var thickness: Double?
    /// GEXF edge shape: `solid`, `dotted`, `dashed` or `double`.
    public var shape: String?

    public init(color: Color? = nil, thickness: Double? = nil, shape: String? = nil) {
      self.color = color
      self.thickness = thickness
      self.shape = shape
    }
  }

  /// By entity id.
  public var nodes: [String: Node]
  /// By relation id.
  public var edges: [String: Edge]

  public init(nodes: [String: Node] = [:], edges: [String: Edge] = [:]) {
    self.nodes = nodes
    self.edges = edges
  }
}
