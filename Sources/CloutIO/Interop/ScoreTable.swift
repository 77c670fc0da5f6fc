import Clout
import Foundation

/// Scores computed elsewhere — `clout spark … --format csv`, the Spark job's result files, any
/// sheet — read from a CSV table so that `clout rank --scores` and `clout render --size-scores` can
/// use them.
///
/// The table has a header. Vertices are named by its `key` column, else its `id` column (entity
/// ids, or edge-list labels); the score is the last column that is not `rank`, `id`, `key`,
/// `name`, `kind`, `group` or `component` (so `pagerank` in what `clout spark` prints). Cost: O(bytes).
public struct ScoreTable: Sendable {
  /// The score column's header.
  public var measure: String
  /// Scores by vertex name, in table order.
  public var scores: [(key: String, score: Double)]
  /// Where each score's row is.
  public var locations: [SourceLocation]

  /// Reads `path`.
  ///
  /// - Throws: `InputError` naming the file, line and cell when the table has no name or score
  ///   column, a score is not a number, or a vertex appears twice.
  public static func read(path: String) throws(InputError) -> ScoreTable {
    let text = try NetworkLoader.readText(path)
    let table = try CSVTable.parse(Array(text.utf8), file: path, limits: .standard)
    guard let keyColumn = table.column("key", "id") else {
      throw InputError(
        "\(path): the table has no 'key' or 'id' column naming the vertices",
        at: table.headerLocations.first ?? SourceLocation(file: path, line: 1, column: 1),
        hint: "use what `clout spark … --format csv` or `clout rank --format csv` prints")
    }
    let names = ["rank", "id", "key", "name", "kind", "group", "component"]
    guard let scoreColumn = table.header.indices.last(where: { !names.contains(table.header[$0].lowercased()) })
    else {
      throw InputError(
        "\(path): the table has no score column besides \(table.header.joined(separator: ", "))",
        at: table.headerLocations.first ?? SourceLocation(file: path, line: 1, column: 1))
    }
    var scores: [(key: String, score: Double)] = []
    var locations: [SourceLocation] = []
    var seen: Set<String> = []
    for record in table.records {
      let key = record.cells[keyColumn]
      let cell = record.cells[scoreColumn]
      guard let score = Double(cell.trimmingCharacters(in: .whitespaces)), score.isFinite else {
        throw InputError(
          "\(table.header[scoreColumn]) '\(cell)' is not a number", at: record.locations[scoreColumn])
      }
      guard seen.insert(key).inserted else {
        throw InputError("'\(key)' has a second score", at: record.locations[keyColumn])
      }
      scores.append((key, score))
      locations.append(record.location)
    }
    return ScoreTable(measure: table.header[scoreColumn], scores: scores, locations: locations)
  }

  /// The scores by vertex (nil where the table has none).
  ///
  /// - Throws: `InputError` when the table names a vertex that `ids` lacks.
  public func values(for ids: [String]) throws(InputError) -> [Double?] {
    var index: [String: Int] = [:]
    for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
    var values = [Double?](repeating: nil, count: ids.count)
    for (row, entry) in scores.enumerated() {
      guard let v = index[entry.key] else {
        throw InputError(
          "'\(entry.key)' is not a vertex of the graph", at: locations[row],
          hint: "the scores must come from the same network or edge list")
      }
      values[v] = entry.score
    }
    return values
  }
}
