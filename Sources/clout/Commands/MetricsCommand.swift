import ArgumentParser
import Clout
import CloutAnswers
import CloutIO
import Foundation

struct MetricsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "metrics",
    abstract: "Every centrality for every actor, one row each, as CSV or JSON.",
    discussion: """
      Columns: id, name, kind, then one column per measure, named as below (the same measures as
      `clout rank`; on a network computed on the influence projection):
      \(Measure.allCases.map { "  \($0.rawValue.padding(14))\($0.summary)" }.joined(separator: "\n"))

      A measure that is undefined on the graph (for example eigenvector centrality when the power \
      iteration cannot converge) is left empty in CSV and null in JSON, and named on stderr.

      On large graphs choose the columns: betweenness, closeness and harmonic search from every \
      vertex (O(n·m)); `--measures pagerank,core,in-degree` skips them, and `--samples N` estimates \
      betweenness instead.

      Examples:
        clout metrics --format json
        clout metrics edges.txt --measures pagerank,in-degree,core
        clout metrics big.txt --measures degree,betweenness --samples 256
      """)

  @OptionGroup var input: AnalysisInput

  @OptionGroup var compute: ComputeOptions

  @Option(
    help: ArgumentHelp(
      "Comma-separated measures to compute, in this order (default: all).", valueName: "m1,m2,…"))
  var measures: String?

  func validate() throws {
    _ = try selectedMeasures()
  }

  /// The measures asked for, in the order given; every one when `--measures` is absent.
  func selectedMeasures() throws -> [Measure] {
    guard let measures else { return Measure.allCases }
    var out: [Measure] = []
    for name in measures.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
      guard let m = Measure(rawValue: name) else {
        let known = Measure.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("unknown measure '\(name)' in --measures; known: \(known)")
      }
      if !out.contains(m) { out.append(m) }
    }
    if out.isEmpty { throw ValidationError("--measures names no measure") }
    return out
  }

  @Option(help: "Output format: csv or json (table is csv aligned for reading).")
  var format: OutputFormat = .csv

  func run() throws {
    let g = try input.load()
    var columns: [(Measure, [Double]?)] = []
    for m in try selectedMeasures() {
      compute.announce(m, on: g)
      do {
        columns.append(
          (m, try m.compute(on: g, options: compute.measureOptions, progress: ProgressReporter.callback(m.rawValue))))
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
      let text = columns.map { $0.1.map(readableColumn) }
      for v in 0..<g.vertexCount {
        table.add([g.ids[v], g.names[v], g.kinds[v]] + text.map { $0?[v] ?? "" })
      }
      print(format == .csv ? table.csv() : table.text(), terminator: "")
    }
  }
}
