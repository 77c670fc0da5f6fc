/// The result of one layout rendered in one or more formats.
public struct GraphvizRendering: Sendable, Hashable {
  /// One rendered format.
  public struct Output: Sendable, Hashable {
    public let format: GraphvizFormat
    /// The bytes Graphviz produced, copied by length (PNG and PDF contain NUL bytes).
    public let bytes: [UInt8]

    /// The output as text, for text formats (nil for PNG and PDF).
    public var text: String? {
      format.isText ? String(decoding: bytes, as: UTF8.self) : nil
    }
  }

  /// The layout engine used.
  public let layout: GraphvizLayout
  /// Why the layout was used: `LayoutAdvisor`'s reason, or "layout X (as asked)".
  public let layoutReason: String
  /// The outputs, in the order asked for.
  public let outputs: [Output]
  /// What Graphviz reported without failing (unknown shapes, bad HTML labels, font fallbacks…).
  public let warnings: [GraphvizMessage]

  /// The bytes of a format, if it was rendered.
  public func bytes(_ format: GraphvizFormat) -> [UInt8]? {
    outputs.first { $0.format == format }?.bytes
  }

  /// The text of a text format, if it was rendered.
  public func text(_ format: GraphvizFormat) -> String? {
    outputs.first { $0.format == format }?.text
  }
}

/// A graph read from DOT, with what Graphviz reported while reading it.
public struct ParsedDOT: Sendable, Hashable {
  public let graph: DOTGraph
  public let warnings: [GraphvizMessage]
}
