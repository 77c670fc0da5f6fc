/// What can go wrong in an influence analysis: a question the data cannot answer as asked.
public enum InfluenceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The graph has no network behind it (an imported edge list), so chains would have no evidence.
  case noEvidence
  /// A vertex number outside the graph.
  case vertexOutOfRange(Int)
  /// A hop limit (`ChainRules.maxHops`) below 1.
  case invalidDepth(Int)
  /// A count (`top`, `chains`) below its minimum.
  case invalidCount(name: String, value: Int)
  /// Two dates in the wrong order (`diff --from` after `--to`).
  case datesOutOfOrder(from: PartialDate, to: PartialDate)
  /// The two sides of a brokerage question overlap (one contains the other).
  case overlappingSides(String)
  /// The graph engine refused the computation.
  case engine(GraphError)

  public var description: String {
    switch self {
    case .noEvidence:
      return "influence chains need a network file (relations with sources); an edge list carries no evidence"
    case .vertexOutOfRange(let v): return "vertex \(v) is out of range"
    case .invalidDepth(let d): return "the hop limit (--max-hops) must be at least 1 (got \(d))"
    case .invalidCount(let name, let value): return "\(name) must be at least 1 (got \(value))"
    case .datesOutOfOrder(let from, let to): return "the first date (\(from)) is after the second (\(to))"
    case .overlappingSides(let why): return why
    case .engine(let error): return error.description
    }
  }
}
