import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct InfluenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "influence",
    abstract: "How strongly A moves B: the strongest chains from A to B, each hop with its evidence.",
    discussion: """
      Strength: that of the strongest chain from A to B, the product of its hop \
      strengths (the score `clout influencers` ranks by; docs/INFLUENCE.md). \
      --top lists that many chains, best first (Yen's algorithm), each with its \
      polarity: + pushes with B, − against it. Also shown: the direct hop A → B \
      if any, how strongly B moves A back, and the actors that carry A's \
      influence (those inside the listed chains).

      \(chainRulesHelp)

      Examples:
        clout influence china donald-trump --about rare-earths
        clout influence jensen-huang donald-trump --about h200
        clout influence jensen-huang trump-administration --top 5 --format json
      """)

  @Argument(help: "The actor that moves: id, name, alias or a unique part of one.")
  var from: String

  @Argument(help: "The actor moved.")
  var to: String

  @OptionGroup var input: AnalysisInput

  @Option(help: "How many chains to list.")
  var top: Int = 3

  @OptionGroup var options: InfluenceOptions

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    let model = try input.influenceModel(standingTies: !options.standing.strictAbout)
    let a = try input.vertex(from, in: model.analysis)
    let b = try input.vertex(to, in: model.analysis)
    if a == b { throw usageFailure("'\(from)' and '\(to)' are the same actor (\(model.id(a))); name two actors") }
    let answer: InfluenceBetween
    do throws(InfluenceError) {
      answer = try model.influence(from: a, to: b, rules: options.chain.rules, chains: top)
    } catch {
      throw influenceFailure(error)
    }
    let view = InfluenceBetweenView(answer: answer, model: model, filters: input.filters.summary)
    switch options.format {
    case .json: print(view.tree().json(), terminator: "")
    case .table: print(view.text(), terminator: "")
    }
  }
}
