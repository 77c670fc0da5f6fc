import ArgumentParser

/// `clout`: the command-line face of the Clout toolkit.
struct CloutCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clout",
    abstract: "Map, analyse and draw actor-influence networks: who can move whom, and why.",
    discussion: """
      Networks are YAML or JSON files of actors (entities) and typed, dated, cited relations \
      (docs/FORMAT.md). When FILE is omitted, a command reads the file named by CLOUT_NETWORK, \
      else by a `network: FILE` line in .clout.yaml in the working folder or above it, else the \
      bundled US–China technology-control network — and says on standard error which.

      Exit codes: 0 success, 1 validation findings, 2 usage or input error. \
      Results go to standard output, errors and progress to standard error.

      Examples:
        clout validate graphs/us-china-tech.yaml
        clout list --kind person
        clout info --format json
        clout show lutnick
        clout show ベセント
      """,
    version: "0.1.0",
    subcommands: CommandRegistry.all
  )
}
