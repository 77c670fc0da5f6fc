import ArgumentParser

/// Every subcommand, in the order `clout --help` lists them.
enum CommandRegistry {
  static let all: [any ParsableCommand.Type] = [
    ValidateCommand.self, InfoCommand.self, ShowCommand.self,
  ]
}
