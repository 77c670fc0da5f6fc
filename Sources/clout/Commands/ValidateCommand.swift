import ArgumentParser
import Clout
import CloutAnswers
import CloutIO
import CloutMCP

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check network files and report every problem with file:line:column.",
    discussion: """
      Reports unknown entity, topic, source or kind references, duplicate ids, malformed or \
      impossible dates, end before start, strength or confidence outside 0…1, relations \
      without a citation, and unknown fields (warnings). When a source names its archived text \
      (`file:`, relative to the network file), every quote from it must occur there verbatim: a \
      quote that does not is reported at its line with the closest passage of the text, and a \
      missing file at its `file:` field. With no FILE, checks the bundled network and the texts \
      compiled in with it. \
      Proposals waiting in NAME.review.yaml beside a network file (from `clout mcp --allow-edits`) \
      are counted, and each whose quote is not in its source's archived text is an error. \
      An edge list (.txt, .edges, .tsv, .csv) is checked line by line: the first bad line is \
      reported with its line and column. \
      Exit 0 when clean, 1 when there are findings, 2 when a file cannot be read at all.
      """)

  @Argument(help: ArgumentHelp("Network files (.yaml, .yml, .json) or edge lists.", valueName: "file"))
  var files: [String] = []

  @Flag(help: "Count warnings as findings (exit 1).")
  var strict = false

  /// The output forms of `clout validate`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    /// Findings on standard error as `file:line:column: error: …`, a summary line per file.
    case text
    /// One JSON document on standard output: every file with its counts and findings, for editors and CI.
    case json
  }

  @Option(help: "Output format: text (findings on stderr, compiler style) or json (everything on stdout).")
  var format: Format = .text

  func run() throws {
    var findings = false
    var unreadable = false
    var reports: [OutputValue] = []
    for file in files.isEmpty ? [nil] : files.map(Optional.some) {
      if let file, NetworkInput.kind(of: file) == .edgeList {
        do {
          guard case .edgeList(let list) = try NetworkArgument.open(file, directed: true) else { continue }
          let g = list.graph
          print("\(file): edge list, \(g.vertexCount) vertices, \(g.edgeCount) arcs — no errors")
        } catch {
          unreadable = true
        }
        continue
      }
      let loaded: LoadedNetwork
      do {
        loaded = try NetworkArgument.read(file)
      } catch {
        unreadable = true
        continue
      }
      let errors = loaded.diagnostics.filter { $0.severity == .error }.count
      let warnings = loaded.diagnostics.count - errors
      let n = loaded.network
      if errors > 0 || (strict && warnings > 0) { findings = true }
      // Proposals an assistant made through `clout mcp --allow-edits`, waiting in NAME.review.yaml.
      let review = file.flatMap { ReviewReport.check(networkFile: $0, network: n) }
      if let review, !review.diagnostics.isEmpty { findings = true }
      if format == .json {
        reports.append(ValidationView.tree(loaded, extra: review.map { [("review", $0.tree)] } ?? []))
        continue
      }
      for d in loaded.diagnostics { Console.error(d.description) }
      print(
        "\(loaded.origin): \(n.entities.count) entities, \(n.relations.count) relations, "
          + "\(n.topics.count) topics, \(n.sources.count) sources — \(errors) error(s), \(warnings) warning(s)"
          + "; \(quoteSummary(loaded))")
      if let review {
        for d in review.diagnostics { Console.error(d.description) }
        print(review.summary)
      }
    }
    if format == .json { print(OutputValue.object([("files", .array(reports))]).json(), terminator: "") }
    if unreadable { throw ExitCode(Exit.input) }
    if findings { throw ExitCode(Exit.findings) }
  }

  static func tree(_ d: Diagnostic) -> OutputValue { ValidationView.tree(d) }

  /// What was checked against archived texts, said plainly.
  private func quoteSummary(_ loaded: LoadedNetwork) -> String {
    let n = loaded.network
    let total = n.relations.reduce(0) { $0 + $1.citations.count }
    let archived = n.sources.filter { $0.file != nil }.count
    guard let report = loaded.archive, archived > 0 else {
      return "quotes not checked (no source names an archived text with 'file:')"
    }
    return "\(report.quotesChecked) of \(total) quotes checked against the archived texts of "
      + "\(report.sourcesArchived) of \(n.sources.count) sources"
  }
}
