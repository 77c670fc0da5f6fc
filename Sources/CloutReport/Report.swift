/// A written report: one self-contained HTML page and what went into it.
public struct Report: Sendable {
  /// The whole page, to write as UTF-8.
  public let html: String
  /// Entities and relations in the page.
  public let entityCount: Int
  public let relationCount: Int
  /// Stories and their steps played by the page.
  public let storyCount: Int
  /// The Graphviz layout used and why.
  public let layoutReason: String
  /// Things the author should know (a story step whose chain was not found…).
  public let warnings: [String]

  /// The page size in bytes.
  public var byteCount: Int { html.utf8.count }
}
