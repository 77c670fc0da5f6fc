import Clout
import CloutIO

/// What `clout validate --format json` says about one network file: its counts and every
/// finding with `file`, `line`, `column`, `message` and `hint`.
public enum ValidationView {
  /// One file's report; `extra` fields (such as its review file's) follow the findings.
  public static func tree(_ loaded: LoadedNetwork, extra: [(String, OutputValue)] = []) -> OutputValue {
    let n = loaded.network
    let errors = loaded.diagnostics.filter { $0.severity == .error }.count
    return .object(
      [
        ("file", .string(loaded.origin)), ("entities", .int(n.entities.count)),
        ("relations", .int(n.relations.count)), ("topics", .int(n.topics.count)),
        ("sources", .int(n.sources.count)), ("errors", .int(errors)),
        ("warnings", .int(loaded.diagnostics.count - errors)),
        ("diagnostics", .array(loaded.diagnostics.map(tree))),
      ] + extra)
  }

  public static func tree(_ d: Diagnostic) -> OutputValue {
    .object([
      ("severity", .string(d.severity.rawValue)), ("file", .text(d.location?.file)),
      ("line", d.location.map { .int($0.line) } ?? .null), ("column", d.location.map { .int($0.column) } ?? .null),
      ("message", .string(d.message)), ("hint", .text(d.hint)),
    ])
  }
}
