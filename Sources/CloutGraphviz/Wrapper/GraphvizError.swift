/// An error from parsing, laying out or rendering a graph with Graphviz.
public struct GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: String, Sendable, Hashable {
    /// The DOT text is not valid (syntax error, unterminated string…); `line` says where.
    case parse
    /// The input holds no graph (empty, blank or only comments).
    case noGraph
    /// The input holds more than one graph, or text after the graph.
    case extraInput
    /// The input cannot be given to Graphviz at all (it contains a NUL character).
    case invalidInput
    /// The input asks Graphviz to read local files (`image`, `<IMG>`…) and that is not allowed.
    case fileAccess
    /// The graph is larger than the limits allow for the chosen layout.
    case tooLarge
    /// A layout name that Clout does not know.
    case unknownLayout
    /// An output format name that Clout does not know.
    case unknownFormat
    /// Graphviz could not lay the graph out (unknown engine, missing plugin…).
    case layout
    /// Graphviz could not render the laid-out graph in a format.
    case render
    /// Graphviz could not be initialised (no context, plugins missing).
    case unavailable
  }

  public let kind: Kind
  /// What to tell the user: Graphviz's own words where it gave some.
  public let message: String
  /// The 1-based line of the DOT input for syntax errors, when Graphviz gave one.
  public let line: Int?
  /// Everything Graphviz emitted during the failed call.
  public let messages: [GraphvizMessage]

  public init(_ kind: Kind, _ message: String, line: Int? = nil, messages: [GraphvizMessage] = []) {
    self.kind = kind
    self.message = message
    self.line = line
    self.messages = messages
  }

  public var description: String {
    if let line { return "Graphviz \(kind.rawValue) error at line \(line): \(message)" }
    return "Graphviz \(kind.rawValue) error: \(message)"
  }
}
