import ArgumentParser
import Clout
import CloutAnswers
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
  var format: AnswerFormat = .table

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
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
    let view = ExplanationView(answer: x, model: model, filters: input.filters.summary)
    switch format {
    case .json: print(view.tree().json(), terminator: "")
    case .table: print(view.text(), terminator: "")
    }
  }
}
