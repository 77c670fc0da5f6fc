import CloutGraphviz

/// Why a report could not be written.
public enum ReportError: Error, Sendable, CustomStringConvertible {
  /// The network (after filters) is larger than one page holds.
  case tooBig(entities: Int, relations: Int, limits: ReportLimits)
  /// `--focus` names no entity.
  case unknownFocus(String)
  /// The network holds nothing to show.
  case empty
  case diagram(DiagramError)
  case graphviz(GraphvizError)
  /// A measure could not be computed.
  case analysis(String)

  public var description: String {
    switch self {
    case .tooBig(let n, let m, let limits):
      return "\(n) entities and \(m) relations are too many for one readable page "
        + "(at most \(limits.entities) entities and \(limits.relations) relations): narrow it with "
        + "--about TOPICS, --kinds KINDS, --as-of DATE or --focus ENTITY --depth 1 and write one page per part, "
        + "or draw the whole network with `clout render` and explore it with `clout export` in Gephi"
    case .unknownFocus(let id): return "--focus: no entity '\(id)'"
    case .empty: return "nothing to report: no entity is left after the filters"
    case .diagram(let e): return "diagram: \(e)"
    case .graphviz(let e): return "graphviz: \(e)"
    case .analysis(let message): return "analysis: \(message)"
    }
  }
}
