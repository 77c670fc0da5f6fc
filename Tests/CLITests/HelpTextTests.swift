import Foundation
import Testing

/// `--help` prose wraps as the terminal does: a paragraph is one line in the source (joined with
/// line continuations), so ArgumentParser can wrap it to any width. A hard newline inside a
/// sentence shows up on a wide terminal as a short line followed by the rest of the sentence.
@Suite struct HelpTextTests {
  static let commands = [
    "validate", "info", "list", "show", "rank", "metrics", "path", "communities", "cut", "render", "report",
    "influencers", "influenced", "influence", "brokers", "explain", "diff", "import", "export", "template",
    "mcp", "spark",
  ]

  /// Lines of the overview and discussion (before USAGE) that end mid-sentence: a line of plain
  /// prose (not indented, not a list item or table row) that ends in a word or a comma, followed by
  /// a line that goes on in lower case although its first word would have fitted within `width`
  /// (ArgumentParser fills lines to one less than `COLUMNS`).
  static func brokenLines(_ help: String, width: Int = 199) -> [String] {
    let prose = help.components(separatedBy: "\nUSAGE:").first ?? help
    let lines = prose.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var broken: [String] = []
    for (line, next) in zip(lines, lines.dropFirst()) {
      guard let last = line.last, let first = next.first else { continue }
      let plain = [line, next].allSatisfy { !$0.hasPrefix(" ") && !$0.hasPrefix("-") && !$0.contains("  ") }
      let endsInWord = last.isLetter || last == ","
      let nextWord = next.split(separator: " ").first?.count ?? 0
      let fitted = line.count + 1 + nextWord <= width
      if plain && endsInWord && first.isLowercase && fitted { broken.append(line + " ⏎ " + next) }
    }
    return broken
  }

  @Test func theDetectorFindsABrokenSentence() {
    #expect(Self.brokenLines("A sentence that goes\non here.\nUSAGE: x").count == 1)
    #expect(Self.brokenLines("One line.\nAnother line.\n\n  indented list\n  goes on\nUSAGE: x").isEmpty)
    // Wrapped by the terminal: the next word would not have fitted.
    #expect(Self.brokenLines("A sentence that goes\non here.\nUSAGE: x", width: 22).isEmpty)
  }

  @Test(arguments: commands) func helpProseWrapsAtAnyWidth(_ command: String) throws {
    let run = try CLI.run([command, "--help"], environment: ["COLUMNS": "200"])
    #expect(run.status == 0, "\(run)")
    let broken = Self.brokenLines(run.stdout)
    #expect(broken.isEmpty, "clout \(command) --help breaks sentences:\n\(broken.joined(separator: "\n"))")
  }

  /// The examples a command's help gives, one per line (`clout COMMAND …`, comments dropped).
  static func examples(_ help: String, command: String) -> [[String]] {
    help.split(separator: "\n").compactMap { line -> [String]? in
      let text = line.trimmingCharacters(in: .whitespaces)
      guard text.hasPrefix("clout \(command) ") || text == "clout \(command)" else { return nil }
      let code = text.components(separatedBy: "#").first ?? text
      return code.split(separator: " ").dropFirst().map(String.init)
    }
  }

  /// Whether an example reads a file of the user's (an edge list, an export…), which a test
  /// cannot have; examples on the bundled network must work as written.
  static func readsUsersFile(_ arguments: [String]) -> Bool {
    let extensions = [".txt", ".edges", ".csv", ".yaml", ".json", ".graphml", ".gexf", ".dot", ".cyjs"]
    return zip(arguments, [""] + arguments).contains { word, before in
      before != "-o" && extensions.contains { word.hasSuffix($0) }
    }
  }

  @Test(arguments: commands.filter { !["mcp", "spark"].contains($0) })
  func examplesOnTheBundledNetworkWork(_ command: String) throws {
    let help = try CLI.run([command, "--help"], environment: ["COLUMNS": "400"])
    let examples = Self.examples(help.stdout, command: command).filter { !Self.readsUsersFile($0) }
    for example in examples {
      let run = try CLI.run(example)
      #expect(run.status == 0, "clout \(example.joined(separator: " ")) from --help: \(run)")
      #expect(!run.stdout.contains("no chain"), "clout \(example.joined(separator: " ")) finds no chain")
    }
  }
}
