import Foundation
import Testing

/// What one run of the built `clout` printed and how it exited.
struct CLIRun: CustomStringConvertible {
  let status: Int32
  let stdout: String
  let stderr: String

  var description: String { "exit \(status)\n--- stdout:\n\(stdout)--- stderr:\n\(stderr)" }
}

/// Runs the `clout` executable that `swift build` / `swift test` put beside the test bundle.
enum CLI {
  struct NotFound: Error, CustomStringConvertible {
    let looked: [String]
    var description: String { "the clout executable is not built; looked at:\n" + looked.joined(separator: "\n") }
  }

  /// The package root, from this file's path (Tests/CLITests/CLITests.swift).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Where the products are: on Linux the test bundle is an executable in the products folder
  /// (so `Bundle.main` is that folder); on macOS it is a `.xctest` bundle inside it.
  static let candidates: [URL] = {
    var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map {
      $0.bundleURL.deletingLastPathComponent()
    }
    if let first = CommandLine.arguments.first {
      folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    return folders.map { $0.appendingPathComponent("clout") }
  }()

  static let binary: URL? = candidates.first { url in
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
      && FileManager.default.isExecutableFile(atPath: url.path)
  }

  /// Runs `clout arguments…` in `directory` (a fresh empty folder by default), capturing both streams.
  /// The environment is the test's own without `CLOUT_NETWORK`, plus `environment`.
  static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
    -> CLIRun
  {
    guard let binary else { throw NotFound(looked: candidates.map(\.path)) }
    let scratch = try Scratch()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var inherited = ProcessInfo.processInfo.environment
    inherited["CLOUT_NETWORK"] = nil
    process.environment = inherited.merging(environment) { $1 }
    process.currentDirectoryURL = directory ?? scratch.url
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    // An empty file is not read: Foundation leaks a 4 KiB buffer reading one (AddressSanitizer).
    func text(_ url: URL) throws -> String {
      let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
      return size == 0 ? "" : try String(contentsOf: url, encoding: .utf8)
    }
    return CLIRun(status: process.terminationStatus, stdout: try text(outURL), stderr: try text(errURL))
  }
}

/// A fresh temporary folder, removed when dropped.
final class Scratch {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes a file into the folder and returns its path.
  func write(_ name: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
  }
}

/// A small valid network.
let goodNetwork = """
  clout: 1
  sources:
    - id: s1
      title: Article
  entities:
    - id: alice
      kind: person
      name: Alice Smith
      names: {en: Alice Smith, ja: アリス・スミス}
    - id: acme
      kind: company
      name: Acme
  relations:
    - id: r1
      from: alice
      to: acme
      kind: advises
      sources:
        - source: s1
          quote: Alice advises Acme.
  """

/// "N of M quotes checked" in `validate`'s summary line.
private func quoteCounts(_ text: String) -> (checked: Int, total: Int)? {
  let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
  guard let q = words.firstIndex(of: "quotes"), q >= 3, words[q - 2] == "of",
    let checked = Int(words[q - 3]), let total = Int(words[q - 1])
  else { return nil }
  return (checked, total)
}

/// The entity and relation counts in `validate`'s summary line.
private func summaryCounts(_ text: String) -> (entities: Int, relations: Int)? {
  guard let line = text.split(separator: "\n").first(where: { $0.contains(" entities, ") }) else { return nil }
  let words = line.split(separator: " ")
  guard let e = words.firstIndex(where: { $0.hasPrefix("entities") }), e > 0,
    let r = words.firstIndex(where: { $0.hasPrefix("relations") }), r > 0,
    let entities = Int(words[e - 1]), let relations = Int(words[r - 1])
  else { return nil }
  return (entities, relations)
}

@Suite("clout validate, info and show, run as a user would")
struct CLITests {
  @Test func binaryIsFound() {
    #expect(CLI.binary != nil, "looked at \(CLI.candidates.map(\.path))")
  }

  @Test func helpExitsZero() throws {
    let run = try CLI.run(["--help"])
    #expect(run.status == 0, "\(run)")
    for command in ["validate", "info", "show"] { #expect(run.stdout.contains(command), "\(run)") }
    #expect(run.stdout.contains("Exit codes"))
    let sub = try CLI.run(["show", "--help"])
    #expect(sub.status == 0, "\(sub)")
    #expect(sub.stdout.contains("<entity>"))
  }

  @Test func unknownOptionIsAUsageError() throws {
    let run = try CLI.run(["validate", "--no-such-option"])
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("--no-such-option"))
    #expect(run.stdout.isEmpty)
    let top = try CLI.run(["--bogus"])
    #expect(top.status == 2, "\(top)")
  }

  @Test func unknownSubcommandAndMissingArgumentAreUsageErrors() throws {
    #expect(try CLI.run(["frobnicate"]).status == 2)
    let run = try CLI.run(["show"])
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("<entity>"))
  }

  @Test func validateBundledNetworkFromAnotherFolder() throws {
    let run = try CLI.run(["validate"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("us-china-tech.yaml (bundled)"))
    #expect(run.stdout.contains("0 error(s), 0 warning(s)"), "\(run)")
    #expect(onlyNetworkNote(run.stderr), "\(run)")
    // The archived texts are compiled in: every quote of the bundled network is checked.
    let checked = try #require(quoteCounts(run.stdout), "\(run)")
    #expect(checked.checked == checked.total && checked.total > 100, "\(run)")
    #expect(run.stdout.contains("archived texts of 7 of 7 sources"), "\(run)")
  }

  @Test func validateTheSeedFile() throws {
    let path = CLI.packageRoot.appendingPathComponent("graphs/us-china-tech.yaml").path
    let run = try CLI.run(["validate", path])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix(path + ": "))
    #expect(onlyNetworkNote(run.stderr))
    // The bundled copy is the same network.
    let bundled = try CLI.run(["validate"])
    let a = summaryCounts(run.stdout)
    let b = summaryCounts(bundled.stdout)
    #expect(a != nil)
    #expect(a?.entities == b?.entities)
    #expect(a?.relations == b?.relations)
    #expect(quoteCounts(run.stdout).map { $0.checked == $0.total } == true, "\(run)")
  }

  @Test func validateReportsFindingsWithFileLineColumn() throws {
    let scratch = try Scratch()
    let bad = try scratch.write(
      "bad.yaml",
      goodNetwork.replacingOccurrences(of: "from: alice", with: "from: alicia")
        .replacingOccurrences(of: "kind: advises", with: "kind: advices"))
    let run = try CLI.run(["validate", bad])
    #expect(run.status == 1, "\(run)")
    #expect(
      run.stderr.contains("\(bad):14:5: error: relation 'r1' (alicia advices acme): unknown entity 'alicia'"), "\(run)")
    #expect(
      run.stderr.contains("\(bad):14:5: error: relation 'r1' (alicia advices acme): unknown relation kind 'advices'"))
    #expect(run.stderr.contains("did you mean 'advises'?"))
    #expect(run.stdout.contains("2 error(s), 0 warning(s)"), "\(run)")
    #expect(!run.stdout.contains("error:"))
  }

  @Test func warningsPassUnlessStrict() throws {
    let scratch = try Scratch()
    let file = try scratch.write(
      "warn.yaml", goodNetwork.replacingOccurrences(of: "name: Acme", with: "name: Acme\n    colour: red"))
    let run = try CLI.run(["validate", file])
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.contains("\(file):13:5: warning: unknown field 'colour'"), "\(run)")
    let strict = try CLI.run(["validate", "--strict", file])
    #expect(strict.status == 1, "\(strict)")
  }

  @Test func validateMalformedFileExitsTwo() throws {
    let scratch = try Scratch()
    let file = try scratch.write("broken.yaml", "clout: 1\ntitle: \"unterminated\n")
    let run = try CLI.run(["validate", file])
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("\(file):3:1: error: malformed YAML"), "\(run)")
    #expect(run.stdout.isEmpty)
    let json = try scratch.write("broken.json", "{\"clout\": 1,}")
    let jsonRun = try CLI.run(["validate", json])
    #expect(jsonRun.status == 2, "\(jsonRun)")
    #expect(jsonRun.stderr.contains("\(json):1:13: error: malformed JSON"), "\(jsonRun)")
  }

  @Test func validateMissingFileOrFolderExitsTwo() throws {
    let scratch = try Scratch()
    let missing = try CLI.run(["validate", "no-such-file.yaml"], in: scratch.url)
    #expect(missing.status == 2, "\(missing)")
    #expect(missing.stderr.contains("no such file: no-such-file.yaml"))
    let folder = try CLI.run(["validate", scratch.url.path])
    #expect(folder.status == 2, "\(folder)")
    #expect(folder.stderr.contains("is a folder"))
  }

  @Test func validateSeveralFilesReportsTheWorst() throws {
    let scratch = try Scratch()
    let good = try scratch.write("good.yaml", goodNetwork)
    let bad = try scratch.write("bad.yaml", goodNetwork.replacingOccurrences(of: "to: acme", with: "to: acne"))
    let both = try CLI.run(["validate", good, bad])
    #expect(both.status == 1, "\(both)")
    #expect(both.stdout.split(separator: "\n").count == 2)
    let withMissing = try CLI.run(["validate", good, bad, scratch.url.appendingPathComponent("gone.yaml").path])
    #expect(withMissing.status == 2, "\(withMissing)")
    #expect(withMissing.stdout.split(separator: "\n").count == 2, "the readable files are still checked")
  }

  @Test func infoTable() throws {
    let run = try CLI.run(["info"])
    #expect(run.status == 0, "\(run)")
    #expect(onlyNetworkNote(run.stderr))
    let validate = try CLI.run(["validate"])
    let counts = try #require(summaryCounts(validate.stdout))
    #expect(run.stdout.contains("\nentities: \(counts.entities)\n"), "\(run)")
    #expect(run.stdout.contains("\nrelations: \(counts.relations)\n"), "\(run)")
    #expect(run.stdout.contains("sources: 7"), "five articles and two reference records")
  }

  @Test func infoJSON() throws {
    let run = try CLI.run(["info", "--format", "json"])
    #expect(run.status == 0, "\(run)")
    #expect(onlyNetworkNote(run.stderr))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let entities = try #require(object["entities"] as? Int)
    let relations = try #require(object["relations"] as? Int)
    #expect(entities >= 60)
    #expect(relations >= 60)
    let byKind = try #require(object["entities_by_kind"] as? [String: Int])
    #expect(byKind.values.reduce(0, +) == entities)
    #expect(Set(byKind.keys).isSubset(of: ["person", "agency", "company", "country", "organization"]))
    let relationsByKind = try #require(object["relations_by_kind"] as? [String: Int])
    #expect(relationsByKind.values.reduce(0, +) == relations)
    let byStatus = try #require(object["relations_by_status"] as? [String: Int])
    #expect(byStatus.values.reduce(0, +) == relations)
    let sources = try #require(object["sources"] as? [[String: Any]])
    #expect(sources.filter { $0["kind"] as? String == "article" }.count == 5)
    #expect(sources.filter { $0["kind"] as? String == "reference" }.count == 2)
    #expect(object["file"] as? String == "us-china-tech.yaml (bundled)")
    let sizes = try #require(object["component_sizes"] as? [Int])
    #expect(sizes.count == object["connected_components"] as? Int)
    #expect(sizes.reduce(0, +) == entities)
    let validate = try CLI.run(["validate"])
    let counts = try #require(summaryCounts(validate.stdout))
    #expect(counts.entities == entities)
    #expect(counts.relations == relations)
  }

  @Test func infoOfAJSONFile() throws {
    let scratch = try Scratch()
    let file = try scratch.write(
      "net.json",
      #"{"clout": 1, "sources": [{"id": "s", "title": "S"}], "entities": [{"id": "a", "kind": "person", "name": "A"}]}"#
    )
    let run = try CLI.run(["info", file, "--format", "json"])
    #expect(run.status == 0, "\(run)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(object?["entities"] as? Int == 1)
    #expect(object?["relations"] as? Int == 0)
    #expect(object?["entities_without_relations"] as? Int == 1)
  }

  @Test func infoRefusesAFileWithErrors() throws {
    let scratch = try Scratch()
    let file = try scratch.write("bad.yaml", goodNetwork.replacingOccurrences(of: "to: acme", with: "to: acne"))
    let run = try CLI.run(["info", file])
    #expect(run.status == 2, "\(run)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("unknown entity 'acne'"))
  }

  @Test(arguments: ["lutnick", "ＬＵＴＮＩＣＫ", "ラトニック", "ルートニック", "howard-lutnick", "Howard Lutnick"])
  func showLutnick(_ query: String) throws {
    let run = try CLI.run(["show", query])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("Howard Lutnick  [howard-lutnick]  person\n"), "\(run)")
    #expect(run.stdout.contains("role: US Secretary of Commerce"))
    #expect(onlyNetworkNote(run.stderr), "\(run)")
  }

  @Test(arguments: ["ベセント", "ベイセント", "ベッセント", "bessent"])
  func showBessent(_ query: String) throws {
    let run = try CLI.run(["show", query])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("Scott Bessent  [scott-bessent]  person\n"), "\(run)")
    #expect(onlyNetworkNote(run.stderr))
  }

  @Test func showPrintsEvidence() throws {
    let run = try CLI.run(["show", "lutnick"])
    #expect(run.stdout.contains("\nout ("))
    #expect(run.stdout.contains("\nin ("))
    #expect(run.stdout.contains("“"), "relations carry their quotes")
  }

  @Test func showLabelsReferenceRecords() throws {
    // Raimondo's tenure comes from a reference record, her title from the 2023 article.
    let run = try CLI.run(["show", "raimondo"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("— reference: US departments' official pages"), "\(run)")
    #expect(run.stdout.contains("“レモンド米商務長官” — not named in the text"), "\(run)")
  }

  @Test func showJSON() throws {
    let run = try CLI.run(["show", "ベセント", "--format", "json"])
    #expect(run.status == 0, "\(run)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["id"] as? String == "scott-bessent")
    #expect((object["names"] as? [String: String])?["ja"] == "ベセント")
    let relations = (object["outgoing"] as? [[String: Any]] ?? []) + (object["incoming"] as? [[String: Any]] ?? [])
    #expect(!relations.isEmpty)
    for r in relations { #expect((r["sources"] as? [[String: Any]])?.isEmpty == false) }
  }

  @Test func ambiguousNameListsCandidates() throws {
    let run = try CLI.run(["show", "trump"])
    #expect(run.status == 2, "\(run)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("'trump' matches"), "\(run)")
    #expect(run.stderr.contains("donald-trump"))
    #expect(run.stderr.contains("trump-administration"))
  }

  @Test func unknownNameSuggests() throws {
    let run = try CLI.run(["show", "Howard Lutnik"])
    #expect(run.status == 2, "\(run)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("no entity matches 'Howard Lutnik'"))
    #expect(run.stderr.contains("did you mean 'howard-lutnick'"), "\(run)")
    let nothing = try CLI.run(["show", "qqqqzzzz"])
    #expect(nothing.status == 2, "\(nothing)")
    #expect(nothing.stderr.contains("no entity matches 'qqqqzzzz'"))
    #expect(!nothing.stderr.contains("did you mean"))
  }

  @Test func showInAGivenFile() throws {
    let scratch = try Scratch()
    let file = try scratch.write("net.yaml", goodNetwork)
    let run = try CLI.run(["show", "アリス", "net.yaml"], in: scratch.url)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("Alice Smith  [alice]  person\n"), "\(run)")
    #expect(run.stdout.contains("→ advises Acme [acme]"))
    #expect(run.stdout.contains("“Alice advises Acme.”"))
    #expect(FileManager.default.fileExists(atPath: file))
  }

  @Test func versionExitsZero() throws {
    let run = try CLI.run(["--version"])
    #expect(run.status == 0, "\(run)")
    #expect(!run.stdout.isEmpty)
  }
}

/// Whether standard error holds nothing but the line that names the network an unnamed FILE stood
/// for (`clout: network … (bundled): no FILE given …`).
func onlyNetworkNote(_ stderr: String) -> Bool {
  stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("clout: network ") }
}
