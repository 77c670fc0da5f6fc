import Clout
import CloutAnswers
import CloutIO

/// The `validate` tool: what `clout validate FILE --format json` prints (the network's counts and
/// findings with file, line and column, and its review file's proposals), with the text report.
struct ValidationTool: Sendable {
  let loaded: LoadedNetwork
  let file: String?

  func run(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let n = loaded.network
    let errors = loaded.diagnostics.filter { $0.severity == .error }.count
    let warnings = loaded.diagnostics.count - errors
    var text =
      "\(loaded.origin): \(n.entities.count) entities, \(n.relations.count) relations, "
      + "\(n.topics.count) topics, \(n.sources.count) sources — \(errors) error(s), \(warnings) warning(s)\n"
    for d in loaded.diagnostics { text += d.description + "\n" }
    let review = file.flatMap { ReviewReport.check(networkFile: $0, network: n) }
    if let review {
      text += review.summary + "\n"
      for d in review.diagnostics { text += d.description + "\n" }
    }
    let report = ValidationView.tree(loaded, extra: review.map { [("review", $0.tree)] } ?? [])
    return ToolAnswer(structured: .object([("files", .array([report]))]), text: text)
  }
}
