import ArgumentParser
import Clout
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
  var format: OutputFormat = .table

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
    if format == .csv { throw ValidationError("--format: use table or json") }
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
    let network = try NetworkArgument.checked(NetworkArgument.read(file, resolved: true)).network
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
    case .table, .csv: print(view.text(), terminator: "")
    }
  }
}

/// Prints a `NetworkDiff`, every relation with its quotes.
struct DiffView {
  let network: Network
  let diff: NetworkDiff
  let filters: String
  let rules: ChainRules

  private static let headings: [(NetworkDiff.Change, String, String)] = [
    (.started, "+", "started (in force on the second date, not on the first)"),
    (.ended, "−", "ended (in force on the first date, not on the second)"),
    (.passed, "~", "came and went (in force only between the dates)"),
  ]

  func text() -> String {
    var out = "Changes between \(diff.from) and \(diff.to)\n"
    out += "  relations: \(filters)\n"
    out +=
      "  unchanged: \(diff.unchangedDated) dated relations in force on both dates, \(diff.undated) undated ones\n"
    for (change, mark, heading) in Self.headings {
      let items = diff.changes.filter { $0.change == change }
      out += "\n\(heading): \(items.count)\n"
      for c in items { out += line(c.relation, mark: mark) }
    }
    out += "\nstatus changes (the same tie recorded with a new status): \(diff.statusChanges.count)\n"
    for s in diff.statusChanges {
      let r = network.relations[s.after]
      out += "  \(r.from) \(r.kind) \(r.to): \(s.from) → \(s.to)\n"
      out += line(network.relations[s.before], mark: " ", indent: "    ")
      out += line(r, mark: " ", indent: "    ")
    }
    out += "\nranking by \(diff.measure.rawValue): \(RankCommand.meaning(diff.measure, rules: rules))\n"
    var table = Table(["\(diff.from)", "\(diff.to)", "move", "actor", "score before", "score after"])
    for m in diff.movements {
      let before = m.rankBefore.map(String.init) ?? "–"
      let after = m.rankAfter.map(String.init) ?? "–"
      let move: String
      switch (m.rankBefore, m.rankAfter) {
      case (let b?, let a?): move = a < b ? "↑\(b - a)" : (a > b ? "↓\(a - b)" : "=")
      case (nil, .some): move = "new"
      case (.some, nil): move = "gone"
      case (nil, nil): move = ""
      }
      let e = network.entities[m.vertex]
      table.add([
        before, after, move, "\(e.name) [\(e.id)]", formatNumber(m.scoreBefore), formatNumber(m.scoreAfter),
      ])
    }
    for row in table.text().split(separator: "\n") { out += "  \(row)\n" }
    return out
  }

  private func line(_ r: Relation, mark: String, indent: String = "  ") -> String {
    var facts = [r.when ?? "undated", r.status.rawValue]
    if !r.about.isEmpty { facts.append("about " + r.about.joined(separator: ", ")) }
    var out = "\(indent)\(mark) \(r.from) \(r.kind) \(r.to)  (" + facts.joined(separator: " · ") + ")\n"
    for c in r.citations { out += "\(indent)    “\(c.quote)” — \(InfluenceText.citation(c.source, in: network))\n" }
    return out
  }

  func tree() -> OutputValue {
    .object([
      ("from", .string(diff.from.description)), ("to", .string(diff.to.description)), ("filters", .string(filters)),
      ("unchanged_dated", .int(diff.unchangedDated)), ("undated", .int(diff.undated)),
      (
        "changes",
        .array(
          diff.changes.map { c in
            var fields: [(String, OutputValue)] = [("change", .string(c.change.rawValue))]
            if case .object(let relation) = RelationJSON.tree(c.relation) { fields += relation }
            return .object(fields)
          })
      ),
      (
        "status_changes",
        .array(
          diff.statusChanges.map { s in
            .object([
              ("before", RelationJSON.tree(network.relations[s.before])),
              ("after", RelationJSON.tree(network.relations[s.after])),
              ("from_status", .string(s.from.rawValue)), ("to_status", .string(s.to.rawValue)),
            ])
          })
      ),
      ("measure", .string(diff.measure.rawValue)),
      (
        "ranking",
        .array(
          diff.movements.map { m in
            .object([
              ("id", .string(network.entities[m.vertex].id)), ("rank_before", m.rankBefore.map { .int($0) } ?? .null),
              ("rank_after", m.rankAfter.map { .int($0) } ?? .null), ("score_before", .number(m.scoreBefore)),
              ("score_after", .number(m.scoreAfter)),
            ])
          })
      ),
    ])
  }
}
