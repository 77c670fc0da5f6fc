import ArgumentParser
import CloutIO

/// Scores read from a results table (`ScoreTable`) for `rank --scores` and `render --size-scores`,
/// laid out by vertex. Input errors are printed and become exit 2.
struct ScoreFile {
  /// The score column's name.
  let measure: String
  /// Score per vertex (0 where the table has none).
  let values: [Double]
  /// Whether the table scores the vertex.
  let scored: [Bool]

  static func load(_ path: String, ids: [String]) throws -> ScoreFile {
    do throws(InputError) {
      let table = try ScoreTable.read(path: path)
      let values = try table.values(for: ids)
      let missing = values.filter { $0 == nil }.count
      if missing > 0 {
        Console.error("note: \(path) has no score for \(missing) of \(ids.count) vertices; they are left out")
      }
      return ScoreFile(measure: table.measure, values: values.map { $0 ?? 0 }, scored: values.map { $0 != nil })
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
  }

  /// Scores by vertex id, for diagrams.
  func byID(_ ids: [String]) -> [String: Double] {
    var map: [String: Double] = [:]
    for (i, id) in ids.enumerated() where scored[i] { map[id] = values[i] }
    return map
  }
}
