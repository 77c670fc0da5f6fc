import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct CutCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cut",
    abstract: "The weakest set of relations whose removal stops all influence from one actor to another.",
    discussion: """
      A minimum cut (max-flow = min-cut, Dinic's algorithm) on the influence projection with arc \
      strengths as capacities: the cut arcs, and the relations and quotes behind each. Its value is \
      the maximum total strength that can flow from FROM to TO. On an edge list, weights are \
      capacities (1 each with --unit).
      """)

  @Argument(help: "The source actor.")
  var from: String

  @Argument(help: "The target actor.")
  var to: String

  @OptionGroup var input: AnalysisInput

  @Flag(help: "Capacity 1 per arc: the fewest arcs to remove.")
  var unit = false

  @Option(help: "Output format: table or json.")
  var format: AnswerFormat = .table

  func run() throws {
    let g = try input.load()
    let s = try input.vertex(from, in: g)
    let t = try input.vertex(to, in: g)
    if s == t { throw usageFailure("FROM and TO are the same actor") }
    let flow: MaxFlowResult
    do {
      flow = try g.graph.maxFlow(from: s, to: t, weighted: !unit)
    } catch {
      Console.error("cut: \(error)")
      throw ExitCode(Exit.input)
    }
    let printer = ChainText(g: g)
    switch format {
    case .json:
      let arcs: [OutputValue] = flow.cutEdges.map { e in
        .object([
          ("from", .string(g.ids[Int(g.graph.edgeSources[e])])), ("to", .string(g.ids[Int(g.graph.edgeTargets[e])])),
          ("capacity", .number(unit ? 1 : g.graph.weight(ofEdge: e))),
          ("relations", .array(printer.relations(e).map(RelationJSON.tree))),
        ])
      }
      print(OutputValue.object([("value", .number(flow.value)), ("cut", .array(arcs))]).json(), terminator: "")
    case .table:
      if flow.cutEdges.isEmpty {
        print("nothing to cut: \(g.names[s]) has no chain to \(g.names[t])")
        return
      }
      print(
        "\(flow.cutEdges.count) arc(s) separate \(g.names[s]) from \(g.names[t]); cut value \(formatNumber(flow.value))"
      )
      for (i, e) in flow.cutEdges.enumerated() {
        let path = GraphPath(
          vertices: [Int(g.graph.edgeSources[e]), Int(g.graph.edgeTargets[e])], edges: [e], cost: 0)
        print(printer.text(path, firstNumber: i + 1), terminator: "")
      }
    }
  }
}
