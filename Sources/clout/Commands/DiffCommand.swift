import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract:
      "What changed between two dates: relations that started, ended or changed status, and how rankings moved.",
    discussion: """
      A relation is in force on a date when it started by the end of that \
      date's period and did not end before its start (as with --as-of). \
      Started: in force on --to, not on --from; ended: the reverse; came and \
      went: in force only in between. Undated relations hold on both dates and \
      never show as changes. An event (a single date) is in force on its date \
      only, or for the period its `lasts` gives. The ranking compares --by \
      (default reach, as `clout rank`) on the two dates: the top actors of \
      either date, with their rank on each.

      \(chainRulesHelp)

      Examples:
        clout diff --from 2025-06 --to 2025-12
        clout diff --from 2025-01 --to 2026-02 --about rare-earths --by betweenness
      """)

  @OptionGroup var input: AnalysisInput

  @Option(help: ArgumentHelp("The first date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
  var from: String

  @Option(help: ArgumentHelp("The second date.", valueName: "date"))
  var to: String

  @Option(help: "The measure whose ranking to compare.")
  var by: Measure = .reach

  @OptionGroup var chain: ChainOptions

  @Option(help: "How many actors of each date's ranking to compare.")
  var top: Int = 10

  @Option(help: "Output format: table or json.")
  var format: AnswerFormat = .table

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
    if input.filters.asOf != nil || !input.filters.between.isEmpty {
      throw ValidationError("diff compares --from and --to; it takes no --as-of or --between")
    }
    for (name, text) in [("--from", from), ("--to", to)] where PartialDate(text) == nil {
      throw ValidationError("\(name): '\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    }
  }

  func run() throws {
    let file = try NetworkArgument.effectiveFile(input.file)
    if let file, EdgeList.isEdgeListFile(file) {
      throw usageFailure("diff needs a network file with dated relations, not an edge list")
    }
    let loaded = try NetworkArgument.checked(NetworkArgument.read(file, resolved: true))
    let network = try input.language.apply(to: loaded.network)
    do {
      try input.filters.check(against: network)
    } catch let error as ValidationError {
      throw usageFailure(error.message)
    }
    guard let start = PartialDate(from), let end = PartialDate(to) else { throw ExitCode(Exit.input) }
    let filter = try input.filters.filter()
    let diff: NetworkDiff
    do throws(InfluenceError) {
      diff = try NetworkDiff(
        network: network, filter: filter, from: start, to: end, measure: by, top: top, rules: chain.rules)
    } catch {
      throw influenceFailure(error)
    }
    let view = DiffView(network: network, diff: diff, filters: input.filters.summary, rules: chain.rules)
    switch format {
    case .json: print(view.tree().json(), terminator: "")
    case .table: print(view.text(), terminator: "")
    }
  }
}
