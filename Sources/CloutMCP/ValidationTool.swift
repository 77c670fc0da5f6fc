import Clout
import CloutAnswers
import CloutIO

/// The `validate` tool: the network's findings as `clout validate` prints them (each
/// `file:line:column: severity: message`), and its review file's proposals.
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
    var fields: [(String, OutputValue)] = [
      ("file", .string(loaded.origin)), ("entities", .int(n.entities.count)), ("relations", .int(n.relations.count)),
      ("topics", .int(n.topics.count)), ("sources", .int(n.sources.count)), ("errors", .int(errors)),
      ("warnings", .int(warnings)), ("diagnostics", .array(loaded.diagnostics.map(Self.tree))),
    ]
    fields.append(
      (
        "review",
        review.map { r in
          .object([
            ("file", .string(r.path)), ("entities", .int(r.entities)), ("relations", .int(r.relations)),
            ("errors", .int(r.diagnostics.count)), ("diagnostics", .array(r.diagnostics.map(Self.tree))),
          ])
        } ?? .null
      ))
    return ToolAnswer(structured: .object(fields), text: text)
  }

  static func tree(_ d: Diagnostic) -> OutputValue {
    .object([
      ("severity", .string(d.severity.rawValue)), ("file", .text(d.location?.file)),
      ("line", d.location.map { .int($0.line) } ?? .null), ("column", d.location.map { .int($0.column) } ?? .null),
      ("message", .string(d.message)), ("hint", .text(d.hint)), ("text", .string(d.description)),
    ])
  }
}
