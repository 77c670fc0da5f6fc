import ArgumentParser
import Clout
import CloutIO
import CloutReport

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write an interactive HTML report: the diagram, rankings, chains, evidence and stories in one page.",
    discussion: """
      The page is one self-contained file: it opens from disk or any web host, makes no network \
      request and loads nothing from elsewhere, so it can be mailed or published as is. It holds \
      the diagram drawn by Graphviz (pan, zoom, fit), search by any name or alias, a card per actor \
      and per relation with every quote and source, filters by topic, kind, status and date, the \
      influence, PageRank and betweenness rankings, the strongest chains into and out of every \
      actor, and the network's stories played step by step. Element ids and the page's script \
      interface are described in docs/REPORT.md.

      A page holds at most 300 actors and 1,500 relations; narrow a larger network with the \
      filters or --focus.

      Examples:
        clout report -o report.html
        clout report -o report-ja.html --lang ja
        clout report -o h200.html --about h20,h200
        clout report imported.graphml -o imported.html
        clout report -o nvidia.html --focus nvidia --depth 2
      """)

  @OptionGroup var input: NetworkArgument

  @OptionGroup var filters: FilterOptions

  @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
  var output: String

  @Option(
    help: ArgumentHelp(
      "Interface and label language: en or ja, or a language the network's names are written in "
        + "(the interface then stays English); any other language is a usage error."))
  var lang: String = "en"

  @Option(help: "Report only this entity's neighbourhood.")
  var focus: String?

  @Option(help: "How many relation hops around --focus.")
  var depth: Int = 1

  @Option(help: "Page title (default: the network's title).")
  var title: String?

  @Option(help: "How many actors per side each card lists with their strongest chain.")
  var chains: Int = 5

  @OptionGroup var chain: ChainOptions

  func validate() throws {
    if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    if chains < 1 { throw ValidationError("--chains must be 1 or more") }
  }

  func run() throws {
    try OutputFolder.prepare(for: output)
    let network = try input.load().network
    try LanguageOption.check(lang, in: network, also: ["ja"])
    do {
      try filters.check(against: network)
    } catch let error as ValidationError {
      throw usageFailure(error.message)
    }
    var options = ReportOptions(
      language: lang, filter: try filters.filter(), depth: depth, title: title, chainsPerActor: chains,
      chainRules: chain.rules)
    if let focus { options.focus = try EntityLookup.resolve(focus, in: network).id }
    let report: Report
    do {
      report = try ReportBuilder(options: options).build(network)
    } catch {
      Console.error("report: \(error)")
      throw ExitCode(Exit.input)
    }
    Console.error(report.layoutReason)
    for warning in report.warnings { Console.error("warning: \(warning)") }
    do {
      try AtomicFile.write(Array(report.html.utf8), to: output)
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
    Console.error(
      "wrote \(output) (\(report.byteCount) bytes: \(report.entityCount) actors, \(report.relationCount) relations, "
        + "\(report.storyCount) stories)")
  }
}
