import ArgumentParser
import Foundation

/// Runs the command and maps every failure to Clout's exit codes: usage errors, which
/// swift-argument-parser reports as 64, become 2 like every other input error.
@main
enum Main {
  static func main() {
    let commands = CommandRegistry.all.compactMap { $0.configuration.commandName }
    if let problem = ArgumentPrecheck.problem(in: Array(CommandLine.arguments.dropFirst()), commands: commands) {
      Console.error("Error: \(problem)")
      exit(Exit.input)
    }
    do {
      var command = try CloutCommand.parseAsRoot()
      try command.run()
    } catch {
      let code = CloutCommand.exitCode(for: error)
      let message = CloutCommand.fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
      }
      if !message.isEmpty { Console.error(message) }
      exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}
