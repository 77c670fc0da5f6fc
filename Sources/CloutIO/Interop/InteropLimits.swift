/// Bounds on what an imported file may hold, so that a hostile or broken file is an error with a
/// place rather than memory exhaustion.
public struct InteropLimits: Sendable, Hashable {
  /// The longest attribute value, CSV cell or JSON string, in bytes of UTF-8.
  public var maxValueBytes: Int
  /// The longest run of character data inside one XML element (GraphML `<data>` holding a table).
  public var maxTextBytes: Int
  /// The deepest nesting of XML elements or JSON values.
  public var maxDepth: Int
  /// The largest file read.
  public var maxFileBytes: Int

  public init(
    maxValueBytes: Int = 1 << 20, maxTextBytes: Int = 16 << 20, maxDepth: Int = 256,
    maxFileBytes: Int = NetworkLoader.maxBytes
  ) {
    self.maxValueBytes = maxValueBytes
    self.maxTextBytes = maxTextBytes
    self.maxDepth = maxDepth
    self.maxFileBytes = maxFileBytes
  }

  public static let standard = InteropLimits()

  /// A byte count for messages: `3.2 MiB`, `12 KiB`, `80 bytes`.
  static func size(_ bytes: Int) -> String {
    if bytes >= 1 << 20 { return "\((Double(bytes) / Double(1 << 20) * 10).rounded() / 10) MiB" }
    if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
