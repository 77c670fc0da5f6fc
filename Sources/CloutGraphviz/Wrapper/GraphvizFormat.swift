/// An output format of a Graphviz render.
public enum GraphvizFormat: String, Sendable, Hashable, CaseIterable {
  case svg
  case png
  case pdf
  /// DOT with layout positions (`pos`, `bb`…), as `dot -Tdot` writes it.
  case dot
  /// Graphviz's simple line-based text format with coordinates.
  case plain
  /// JSON with drawing operations (Graphviz's `json` renderer).
  case json

  /// Parses a format name as typed by a user (case-insensitive).
  ///
  /// - Throws: `GraphvizError` of kind `.unknownFormat`, naming the known formats.
  public init(parsing name: String) throws(GraphvizError) {
    guard let format = GraphvizFormat(rawValue: name.lowercased()) else {
      let known = GraphvizFormat.allCases.map(\.rawValue).joined(separator: ", ")
      throw GraphvizError(.unknownFormat, "unknown output format '\(name)'; use one of \(known)")
    }
    self = format
  }

  /// Whether the output is text (UTF-8) rather than binary.
  public var isText: Bool { self != .png && self != .pdf }

  /// The usual file extension.
  public var fileExtension: String {
    switch self {
    case .plain: "txt"
    default: rawValue
    }
  }

  /// Where the format goes when several are rendered from one layout: `dot` first, because the
  /// `json` (xdot-based) renderer attaches `_draw_` attributes that a later `dot` render would
  /// print; `json` last.
  var renderRank: Int {
    switch self {
    case .dot: 0
    case .json: 2
    default: 1
    }
  }
}
