import Foundation
import Testing

/// The text outputs in `output/` are the answers people read first (the README links them). Each
/// is written by one line of `scripts/make-output`; these tests run the same command with the
/// built binary and compare, so a change in what a command prints shows up as a failing test
/// (rerun `scripts/make-output` when the change is intended). `scripts/make-output` is the single
/// list of commands: a line `"$CLOUT" ARGS > "$OUT/NAME"` is one golden file.
@Suite struct GoldenOutputTests {
  /// One `"$CLOUT" … > "$OUT/…"` line of the script.
  struct Golden: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let file: String
    var testDescription: String { file }
  }

  static let root = CLI.packageRoot

  /// The redirected lines of `scripts/make-output`, with `$SEED` and `$OUT` filled in (run from
  /// the package root, as the script is, so the paths printed are the same).
  static let goldens: [Golden] = {
    let script = (try? String(contentsOf: root.appendingPathComponent("scripts/make-output"), encoding: .utf8)) ?? ""
    return script.split(separator: "\n").compactMap { line -> Golden? in
      let text = line.trimmingCharacters(in: .whitespaces)
      guard text.hasPrefix("\"$CLOUT\" "), let redirect = text.range(of: " > ") else { return nil }
      let command = text[text.index(text.startIndex, offsetBy: 9)..<redirect.lowerBound]
      let target = text[redirect.upperBound...].replacingOccurrences(of: "\"", with: "")
      guard target.hasPrefix("$OUT/") else { return nil }
      let arguments = command.split(separator: " ").map { word in
        let plain = word.replacingOccurrences(of: "\"", with: "")
        return plain == "$SEED" ? "graphs/us-china-tech.yaml" : plain
      }
      return Golden(arguments: arguments, file: "output/" + target.dropFirst("$OUT/".count))
    }
  }()

  @Test func theScriptNamesTheGoldenFiles() {
    // Guards the parser above: if the script's shape changes, the list must not silently shrink.
    #expect(Self.goldens.count >= 10, "found \(Self.goldens.map(\.file))")
    #expect(Self.goldens.contains { $0.arguments.first == "cut" })
  }

  @Test(arguments: goldens) func printsWhatOutputHolds(_ golden: Golden) throws {
    let run = try CLI.run(golden.arguments, in: Self.root)
    #expect(run.status == 0, "\(run)")
    let expected = try String(contentsOf: Self.root.appendingPathComponent(golden.file), encoding: .utf8)
    if run.stdout != expected {
      let got = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
      let gotLine = line < got.count ? String(got[line]) : "(end)"
      let wantLine = line < want.count ? String(want[line]) : "(end)"
      Issue.record(
        """
        clout \(golden.arguments.joined(separator: " ")) no longer prints \(golden.file) \
        (rerun scripts/make-output if the change is intended); first difference at line \(line + 1):
          now:      \(gotLine)
          expected: \(wantLine)
        """)
    }
  }
}
