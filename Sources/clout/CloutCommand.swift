import ArgumentParser

/// `clout`: the command-line face of the Clout toolkit.
struct CloutCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clout",
    abstract: "Map, analyse and draw actor-influence networks: who can move whom, and why.",
    discussion: """
      Networks are YAML or JSON files of actors (entities) and typed, dated, cited relations
      (docs/FORMAT.md). Every command that takes a FILE uses the bundled US–China technology-
      control network when FILE is omitted, so `clout info` works from any directory.

      Exit codes: 0 success, 1 validation findings, 2 usage or input error.
      Results go to standard output, errors and progress to standard error.

      Examples:
        clout validate graphs/us-china-tech.yaml
        clout info --format json
        clout show lutnick
        clout show ベセント
      """,
    version: "0.1.0",
    subcommands: CommandRegistry.all
  )
}
