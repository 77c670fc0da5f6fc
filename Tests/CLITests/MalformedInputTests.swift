import Foundation
import Testing

/// One row of Tests/malformed/cases.tsv: a hostile or broken file, the command run on it, and
/// what the command must answer.
struct MalformedCase: CustomTestStringConvertible, Sendable {
  let file: String
  let status: Int32
  /// The first error (or, for a file that loads, warning) line of standard error, up to its hint.
  let message: String
  /// The arguments, with FILE standing for the file.
  let arguments: [String]

  var testDescription: String { "\(arguments.first ?? "") \(file)" }

  static let folder = CLI.packageRoot.appendingPathComponent("Tests/malformed")

  static let all: [MalformedCase] = {
    guard let table = try? String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8) else {
      return []
    }
    return table.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { row in
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == 4, let status = Int32(cells[1]) else { return nil }
      return MalformedCase(
        file: cells[0], status: status, message: cells[2],
        arguments: cells[3].split(separator: " ").map { $0 == "FILE" ? cells[0] : String($0) })
    }
  }()
}

@Suite("Malformed input: every hostile file gets a located message, its exit code, and no output")
struct MalformedInputTests {
  @Test("the table covers at least 50 files of every format")
  func coverage() {
    let files = Set(MalformedCase.all.map(\.file))
    #expect(files.count >= 50)
    for suffix in [".yaml", ".json", ".graphml", ".gexf", ".csv", ".nl.json", ".cyjs", ".dot", ".txt"] {
      #expect(files.contains { $0.hasSuffix(suffix) }, "no malformed \(suffix) file")
    }
  }

  @Test("the command answers as the table says and leaves only its input behind", arguments: MalformedCase.all)
  func answer(_ c: MalformedCase) throws {
    let scratch = try Scratch()
    let target = scratch.url.appendingPathComponent(c.file)
    try FileManager.default.copyItem(at: MalformedCase.folder.appendingPathComponent(c.file), to: target)
    let started = Date()
    let run = try CLI.run(c.arguments, in: scratch.url)
    let seconds = Date().timeIntervalSince(started)
    #expect(run.status == c.status, "\(run)")
    let lines = run.stderr.split(separator: "\n").map { $0.components(separatedBy: " — ")[0] }
    #expect(lines.contains(c.message), "expected \(c.message)\n\(run)")
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0 != c.file }
    #expect(left.isEmpty, "left behind: \(left)")
    // Hostile files are refused quickly (a debug build, on a loaded machine, has headroom).
    #expect(seconds < 10, "took \(seconds) s")
  }
}
