/// Why DOT text could not become a network.
public enum DOTImportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Graphviz could not read the text.
  case graphviz(GraphvizError)
  /// The graph was read, but some nodes or edges cannot be mapped; every problem is listed.
  case unmappable([DOTImportProblem])

  public var description: String {
    switch self {
    case .graphviz(let error): error.description
    case .unmappable(let problems):
      "cannot import the DOT graph (\(problems.count) problem\(problems.count == 1 ? "" : "s")):\n"
        + problems.map { "  " + $0.description }.joined(separator: "\n")
    }
  }
}

/// One node or edge attribute that cannot be mapped onto the model.
public struct DOTImportProblem: Sendable, Hashable, CustomStringConvertible {
  /// The node or edge, as DOT would write it (`node "x"`, `edge "a" -> "b" (key r3, #4)`).
  public let element: String
  public let message: String
  /// What to do about it.
  public let hint: String?

  public init(element: String, message: String, hint: String? = nil) {
    self.element = element
    self.message = message
    self.hint = hint
  }

  public var description: String { "\(element): \(message)" + (hint.map { " — \($0)" } ?? "") }
}
