/// A graph algorithm `clout spark` runs on Apache Spark.
public enum SparkAlgorithm: String, CaseIterable, Sendable {
  /// Unweighted PageRank, damping 0.85, sinks redistributed uniformly, normalised to sum 1: the
  /// same vector as `CSRGraph.pageRank(weighted: false)` (Spark GraphX `PageRank`, or GraphFrames).
  case pagerank
  /// Weakly connected components, each labelled by its smallest vertex id (GraphX
  /// `ConnectedComponents`, or GraphFrames): the partition of `CSRGraph.connectedComponents()`.
  case components

  public var summary: String {
    switch self {
    case .pagerank: return "unweighted PageRank (α 0.85), normalised to sum 1"
    case .components: return "weakly connected components, labelled by their smallest vertex"
    }
  }
}
