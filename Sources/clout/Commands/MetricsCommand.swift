import ArgumentParser
import Clout
import CloutIO

struct MetricsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "metrics",
    abstract: "Every centrality for every actor, one row each, as CSV or JSON.",
    discussion: """
      Columns: id, name, kind, then one column per measure, named as below (the same measures as
      `clout rank`; on a network computed on the influence projection):
      \(Measure.allCases.map { "  \($0.rawValue.padding(14))\($0.summary)" }.joined(separator: "\n"))

      A measure that is undefined on the graph (for example eigenvector centrality when the power
      iteration cannot converge) is left empty in CSV and null in JSON, and named on stderr.
      """)

  @OptionGroup var input: AnalysisInput

  @Option(help: "Output format: csv or json (table is csv aligned for reading).")
  var format: OutputFormat = .csv

  func run() throws {
    let g = try input.load()
    var columns: [(Measure, [Double]?)] = []
    for m in Measure.allCases {
      do {
        columns.append((m, try m.compute(on: g, progress: ProgressReporter.callback(m.rawValue))))
      } catch {
        Console.error("\(m.rawValue): \(error); left empty")
        columns.append((m, nil))
      }
    }
    switch format {
    case .json:
      let rows: [OutputValue] = (0..<g.vertexCount).map { v in
        var fields: [(String, OutputValue)] = [
          ("id", .string(g.ids[v])), ("name", .string(g.names[v])), ("kind", .string(g.kinds[v])),
        ]
        for (m, values) in columns { fields.append((m.rawValue, values.map { .number($0[v]) } ?? .null)) }
        return .object(fields)
      }
      print(OutputValue.array(rows).json(), terminator: "")
    case .csv, .table:
      var table = Table(["id", "name", "kind"] + columns.map(\.0.rawValue))
      for v in 0..<g.vertexCount {
        table.add(
          [g.ids[v], g.names[v], g.kinds[v]] + columns.map { $0.1.map { values in exactNumber(values[v]) } ?? "" })
      }
      print(format == .csv ? table.csv() : table.text(), terminator: "")
    }
  }
}
