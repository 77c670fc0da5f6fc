import Clout
import CloutAnswers
import CloutIO
import CloutSpark

/// Prints what a Spark job computed the way `clout rank` prints a measure: rank, id, name, kind,
/// then a column per algorithm (`component` is the id of the component's smallest vertex, with
/// `component_size` beside it). Rows are sorted by the first algorithm: PageRank descending, or
/// component size descending then component; ties by id. Ranks follow standard competition
/// ranking (`CompetitionRanks`, as `clout rank`): equal PageRanks, or the members of one component,
/// share a rank.
struct SparkResultPrinter {
  let graph: AnalysisGraph
  let result: SparkJobResult
  let algorithms: [SparkAlgorithm]
  let top: Int
  let format: OutputFormat

  func print() {
    let g = graph
    let plain = g.network == nil && g.names == g.ids && g.kinds.allSatisfy(\.isEmpty)
    var sizes: [Int: Int] = [:]
    for c in result.components ?? [] { sizes[c, default: 0] += 1 }
    var order = Array(0..<g.vertexCount)
    let byPageRank = algorithms.first == .pagerank
    order.sort { a, b in
      if byPageRank, let pr = result.pagerank, pr[a] != pr[b] { return pr[a] > pr[b] }
      if !byPageRank, let cc = result.components {
        let (sa, sb) = (sizes[cc[a]] ?? 0, sizes[cc[b]] ?? 0)
        if sa != sb { return sa > sb }
        if cc[a] != cc[b] { return cc[a] < cc[b] }
      }
      return g.ids[a] < g.ids[b]
    }
    if top > 0 { order = Array(order.prefix(top)) }
    let ranks = CompetitionRanks(count: order.count) { i, j in
      let (a, b) = (order[i], order[j])
      if byPageRank, let pr = result.pagerank { return CompetitionRanks.tie(pr[a], pr[b]) }
      if let cc = result.components { return cc[a] == cc[b] }
      return false
    }
    func label(_ c: Int) -> String { c >= 0 && c < g.ids.count ? g.ids[c] : String(c) }

    switch format {
    case .json:
      let rows: [OutputValue] = order.enumerated().map { i, v in
        var fields: [(String, OutputValue)] = [
          ("rank", .int(ranks.ranks[i])), ("tied", .bool(ranks.tied[i])), ("id", .string(g.ids[v])),
        ]
        if !plain { fields += [("name", .string(g.names[v])), ("kind", .string(g.kinds[v]))] }
        for a in algorithms {
          switch a {
          case .pagerank: fields.append(("pagerank", .number(result.pagerank?[v] ?? .nan)))
          case .components:
            let c = result.components?[v] ?? -1
            fields += [("component", .string(label(c))), ("component_size", .int(sizes[c] ?? 0))]
          }
        }
        return .object(fields)
      }
      let meta: [(String, OutputValue)] = [
        ("algorithms", .array(algorithms.map { .string($0.rawValue) })), ("engine", .string(result.engine)),
        ("master", .string(result.master)), ("spark", .string(result.sparkVersion)), ("vertices", .int(g.vertexCount)),
        ("arcs", .int(result.arcs)), ("jvm_pid", result.jvmPID.map { .int($0) } ?? .null),
        ("jvm_stopped", .bool(result.jvmStopped)), ("loopback_only", .bool(result.loopbackOnly)),
      ]
      Swift.print(OutputValue.object(meta + [("results", .array(rows))]).json(), terminator: "")
    case .table, .csv:
      var header = plain ? ["rank", "id"] : ["rank", "id", "name", "kind"]
      for a in algorithms { header += a == .pagerank ? ["pagerank"] : ["component", "component_size"] }
      var table = Table(header)
      for (i, v) in order.enumerated() {
        let rank = ranks.label(i)
        var row = plain ? [rank, g.ids[v]] : [rank, g.ids[v], g.names[v], g.kinds[v]]
        for a in algorithms {
          switch a {
          case .pagerank:
            let x = result.pagerank?[v] ?? .nan
            row.append(format == .csv ? exactNumber(x) : formatNumber(x))
          case .components:
            let c = result.components?[v] ?? -1
            row += [label(c), String(sizes[c] ?? 0)]
          }
        }
        table.add(row)
      }
      Swift.print(format == .csv ? table.csv() : table.text(), terminator: "")
    }
  }
}
