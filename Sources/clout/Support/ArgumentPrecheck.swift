import ArgumentParser
import Clout

/// Mistakes swift-argument-parser reports poorly, caught before parsing: a misspelt command
/// (`clout shwo` → "did you mean 'show'?" instead of "2 unexpected arguments"), `clout help` of a
/// command that does not exist (exit 2, not the general help), and a negative count
/// (`--top -1` is read as an option, so the parser says "Missing value").
enum ArgumentPrecheck {
  /// The message for the first such mistake in `arguments` (without the program name), or nil.
  static func problem(in arguments: [String], commands: [String]) -> String? {
    if let first = arguments.first, !first.hasPrefix("-") {
      if first == "help" {
        if let name = arguments.dropFirst().first, !name.hasPrefix("-"), !commands.contains(name) {
          return "'\(name)' is not a clout command" + suggestion(name, commands)
        }
      } else if !commands.contains(first) {
        return "'\(first)' is not a clout command" + suggestion(first, commands)
      }
    }
    for (i, argument) in arguments.enumerated() {
      let value: String?
      if argument == "--top" || argument == "-k" || argument == "--k" {
        value = i + 1 < arguments.count ? arguments[i + 1] : nil
      } else if argument.hasPrefix("--top=") {
        value = String(argument.dropFirst("--top=".count))
      } else {
        value = nil
      }
      if let value, value.hasPrefix("-"), Int(value) != nil {
        return "\(argument.split(separator: "=")[0]): \(value) is negative; give how many to show (0 for all)"
      }
    }
    return nil
  }

  private static func suggestion(_ word: String, _ commands: [String]) -> String {
    let close = closeMatches(to: word, in: commands, limit: 3)
    let tail = "`clout --help` lists the commands"
    return close.isEmpty
      ? "; " + tail : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "? " + tail
  }
}
