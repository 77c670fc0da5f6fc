import CloutIO

/// Scores read from a results table (`ScoreTable`: a ranking Clout wrote, or a table from Spark
/// or networkx) laid out by vertex, for `rank --scores` and `render --size-scores`.
public struct VertexScores: Sendable {
  /// The score column's name.
  public let measure: String
  /// Score per vertex (0 where the table has none).
  public let values: [Double]
  /// Whether the table scores the vertex.
  public let scored: [Bool]

  /// Reads the table at `path` and lays its scores out by `ids`.
  ///
  /// - Throws: `InputError` when the table cannot be read or a score is not a number.
  public static func read(path: String, ids: [String]) throws(InputError) -> VertexScores {
    let table = try ScoreTable.read(path: path)
    let values = try table.values(for: ids)
    return VertexScores(measure: table.measure, values: values.map { $0 ?? 0 }, scored: values.map { $0 != nil })
  }

  /// How many vertices the table has no score for.
  public var missing: Int { scored.count(where: { !$0 }) }

  /// Scores by vertex id, for diagrams (vertices without a score are left out).
  public func byID(_ ids: [String]) -> [String: Double] {
    var map: [String: Double] = [:]
    for (i, id) in ids.enumerated() where scored[i] { map[id] = values[i] }
    return map
  }
}
