/// How `Graphviz.render` lays a graph out.
public struct GraphvizRenderOptions: Sendable, Hashable {
  /// The layout engine, or nil to let `LayoutAdvisor` choose from the graph's size and cycles.
  public var layout: GraphvizLayout?
  /// Size limits checked before layout.
  public var limits: GraphvizLimits
  /// Whether the input may make Graphviz read local files (`image`, `shapefile`, `imagepath`,
  /// `fontpath`, `<IMG>` in HTML labels). Off by default: such attributes are stripped (with a
  /// warning) and HTML images rejected, which is right for DOT from untrusted sources.
  public var allowsFileAccess: Bool
  /// Seconds a layout may take: `LayoutAdvisor` falls back to a faster engine when its prediction
  /// exceeds this (see there), and the reason reports a real overrun.
  public var timeBudget: Double = LayoutAdvisor.defaultBudget

  public init(layout: GraphvizLayout? = nil, limits: GraphvizLimits = .standard, allowsFileAccess: Bool = false) {
    self.layout = layout
    self.limits = limits
    self.allowsFileAccess = allowsFileAccess
  }
}
