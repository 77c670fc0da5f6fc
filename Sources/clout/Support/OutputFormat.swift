import ArgumentParser

/// `--format` of commands whose answers are rows (rankings, metrics, lists): `--help` lists the values.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table
  case json
  case csv
}

/// `--format` of commands whose answers are not rows (cards, chains with evidence, summaries):
/// they have no CSV form, so `--format csv` is a usage error (exit 2), never a table.
enum AnswerFormat: String, ExpressibleByArgument, CaseIterable {
  case table
  case json
}
