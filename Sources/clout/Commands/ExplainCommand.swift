import ArgumentParser
import Clout
import CloutIO

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Why an actor has its score: the relations and chains that make it, with their citations.",
    discussion: """
      The score is the one `clout rank --by METRIC` prints. Each part is an arc \
      (with the relations behind it), a chain or a pair of actors, with what it \
      adds: the strongest chain to every actor it moves for reach (the default; \
      the same chains `clout path` and `clout influence` name), in-arcs for \
      pagerank (α·PR(u)·w/out(u)), the arcs to those it moves for influence, the pairs whose strongest chains pass through it for \
      betweenness, the chains that reach it for closeness and harmonic \
      (docs/INFLUENCE.md).

      \(chainRulesHelp)

      Measures:
      \(Measure.allCases.map { "  \($0.rawValue.padding(14))\($0.summary)" }.joined(separator: "\n"))

      Examples:
        clout explain he-lifeng --by betweenness
        clout explain china --top 5
        clout explain donald-trump --by pagerank --about h200 --format json
      """)

  @Argument(help: "The actor: id, name, alias or a unique part of one.")
  var entity: String

  @OptionGroup var input: AnalysisInput

  @Option(help: "The measure to explain (see the list above).")
  var by: Measure = .reach

  @OptionGroup var chain: ChainOptions

  @Option(help: "How many parts to list, largest first.")
  var top: Int = 10

  @Option(help: "Output format: table or json.")
  var format: OutputFormat = .table

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
    if format == .csv { throw ValidationError("--format: use table or json") }
  }

  func run() throws {
    let model = try input.influenceModel(standingTies: false)
    let v = try input.vertex(entity, in: model.analysis)
    let x: ScoreExplanation
    do throws(InfluenceError) {
      x = try model.explain(v, by: by, top: top, rules: chain.rules)
    } catch {
      throw influenceFailure(error)
    }
    let p = InfluenceText(model: model)
    switch format {
    case .json: print(tree(x, p).json(), terminator: "")
    case .table, .csv: print(text(x, p), terminator: "")
    }
  }

  private func text(_ x: ScoreExplanation, _ p: InfluenceText) -> String {
    var out =
      "\(p.actor(x.vertex))  \(x.measure.rawValue) \(formatNumber(x.score))  rank \(x.rank) of \(p.model.vertexCount)\n"
    out += "  \(x.measure.summary)\n"
    out += "  relations: \(input.filters.summary)\n"
    out += "  made of: \(x.formula)\n"
    if let base = x.base { out += "  owed to no relation: \(formatNumber(base))\n" }
    if let total = x.explained { out += "  the parts add up to \(formatNumber(total))\n" }
    if x.parts.isEmpty { return out + "\nNo relation contributes to this score.\n" }
    let shown = x.parts.count == x.partCount ? "all shown" : "largest \(x.parts.count) shown"
    out += "  \(x.partCount) part\(x.partCount == 1 ? "" : "s") (\(shown))\n"
    for (i, part) in x.parts.enumerated() {
      let amount = part.amount.map { "adds \(formatNumber($0))" } ?? "listed"
      out +=
        "\n\(i + 1). \(part.chain.vertices.map { p.model.name($0) }.joined(separator: " → "))  \(amount)"
        + "  \(InfluenceText.polarity(part.chain.polarity))\n"
      out += "   \(part.note)\n"
      out += p.text(part.chain)
    }
    return out
  }

  private func tree(_ x: ScoreExplanation, _ p: InfluenceText) -> OutputValue {
    .object([
      ("id", .string(p.model.id(x.vertex))), ("name", .string(p.model.name(x.vertex))),
      ("measure", .string(x.measure.rawValue)), ("score", .number(x.score)), ("rank", .int(x.rank)),
      ("of", .int(p.model.vertexCount)), ("filters", .string(input.filters.summary)),
      ("formula", .string(x.formula)), ("base", x.base.map { .number($0) } ?? .null),
      ("explained", x.explained.map { .number($0) } ?? .null), ("parts_total", .int(x.partCount)),
      (
        "parts",
        .array(
          x.parts.map { part in
            .object([
              ("amount", part.amount.map { .number($0) } ?? .null), ("note", .string(part.note)),
              ("chain", p.tree(part.chain)),
            ])
          })
      ),
    ])
  }
}
