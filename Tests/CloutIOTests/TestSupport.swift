import Clout
import CloutIO
import Foundation
import Testing

/// Where the package's files are, found from this file's path.
enum PackagePaths {
  /// The package root: three levels above this file (Tests/CloutIOTests/TestSupport.swift).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  /// The seed network file.
  static let seedNetwork = root.appendingPathComponent("graphs/us-china-tech.yaml")
  /// The folder the seed network's `file:` paths are relative to (its archived sources are in
  /// `graphs/sources`).
  static let seedFolder = root.appendingPathComponent("graphs")
}

/// Loads network text in a format, failing the test on an input error.
func loadText(_ text: String, _ format: NetworkFormat = .yaml, origin: String = "test.yaml") throws -> LoadedNetwork {
  try NetworkLoader.load(text: text, format: format, origin: origin)
}

/// The input error that reading `text` throws, or nil (and a recorded issue) when it reads fine.
func inputError(
  _ text: String, _ format: NetworkFormat, origin: String = "bad",
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> InputError? {
  do {
    _ = try NetworkLoader.load(text: text, format: format, origin: origin)
    Issue.record("expected an input error, but the text was read", sourceLocation: sourceLocation)
    return nil
  } catch {
    return error
  }
}

/// The input error that reading the file at `path` throws, or nil (and a recorded issue).
func inputError(path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> InputError? {
  do {
    _ = try NetworkLoader.load(path: path)
    Issue.record("expected an input error, but \(path) was read", sourceLocation: sourceLocation)
    return nil
  } catch {
    return error
  }
}

/// The 1-based line and column (in Unicode scalars) where the `occurrence`-th copy of `needle`
/// starts in `text`, or nil if it is not there.
func position(of needle: String, in text: String, occurrence: Int = 1) -> (line: Int, column: Int)? {
  let hay = Array(text.unicodeScalars)
  let pin = Array(needle.unicodeScalars)
  guard !pin.isEmpty, hay.count >= pin.count else { return nil }
  var seen = 0
  var line = 1
  var column = 1
  for start in 0...(hay.count - pin.count) {
    if Array(hay[start..<start + pin.count]) == pin {
      seen += 1
      if seen == occurrence { return (line, column) }
    }
    if hay[start] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }
  return nil
}

/// Expects exactly one diagnostic whose message contains every fragment, with this severity and
/// at the place where `needle` starts in `text`; returns it.
@discardableResult
func expectDiagnostic(
  _ diagnostics: [Diagnostic], _ severity: Diagnostic.Severity, containing fragments: [String], at needle: String,
  in text: String, occurrence: Int = 1, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
  let matches = diagnostics.filter { d in fragments.allSatisfy { d.message.contains($0) } }
  guard matches.count == 1, let d = matches.first else {
    let all = diagnostics.map(\.description).joined(separator: "\n")
    Issue.record(
      "expected one diagnostic containing \(fragments), found \(matches.count) among:\n\(all)",
      sourceLocation: sourceLocation)
    return nil
  }
  #expect(d.severity == severity, "\(d)", sourceLocation: sourceLocation)
  let expected = position(of: needle, in: text, occurrence: occurrence)
  #expect(expected != nil, "'\(needle)' is not in the text", sourceLocation: sourceLocation)
  if let expected {
    #expect(d.location?.line == expected.line, "\(d)", sourceLocation: sourceLocation)
    #expect(d.location?.column == expected.column, "\(d)", sourceLocation: sourceLocation)
  }
  return d
}

extension Entity {
  /// The entity without its file location, to compare what was read from two files.
  var unlocated: Entity {
    var copy = self
    copy.location = nil
    return copy
  }
}

extension Topic {
  var unlocated: Topic {
    var copy = self
    copy.location = nil
    return copy
  }
}

extension Source {
  var unlocated: Source {
    var copy = self
    copy.location = nil
    return copy
  }
}

extension Relation {
  var unlocated: Relation {
    var copy = self
    copy.location = nil
    return copy
  }
}

extension RelationKind {
  var unlocated: RelationKind {
    var copy = self
    copy.location = nil
    return copy
  }
}

/// Expects two lists to be equal, naming the first element that differs (not printing both lists).
func expectSameList<T: Equatable>(
  _ a: [T], _ b: [T], _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(a.count == b.count, "\(what): \(a.count) vs \(b.count)", sourceLocation: sourceLocation)
  if let i = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) {
    Issue.record("\(what) #\(i) differs:\n\(a[i])\n\(b[i])", sourceLocation: sourceLocation)
  }
}

/// Expects two networks to say the same things (every field, in the same order), ignoring where
/// they were read from.
func expectSameNetwork(_ a: Network, _ b: Network, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  #expect(a.title == b.title, sourceLocation: sourceLocation)
  #expect(a.description == b.description, sourceLocation: sourceLocation)
  expectSameList(a.entities.map(\.unlocated), b.entities.map(\.unlocated), "entity", sourceLocation: sourceLocation)
  expectSameList(a.topics.map(\.unlocated), b.topics.map(\.unlocated), "topic", sourceLocation: sourceLocation)
  expectSameList(a.sources.map(\.unlocated), b.sources.map(\.unlocated), "source", sourceLocation: sourceLocation)
  expectSameList(
    a.relationKinds.kinds.map(\.unlocated), b.relationKinds.kinds.map(\.unlocated), "relation kind",
    sourceLocation: sourceLocation)
  #expect(a.entityKinds == b.entityKinds, sourceLocation: sourceLocation)
  expectSameList(
    a.relations.map(\.unlocated), b.relations.map(\.unlocated), "relation", sourceLocation: sourceLocation)
}

/// A fresh temporary folder, removed when the value is dropped.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-io-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `bytes` to a file of this folder and returns its path.
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    return file.path
  }

  /// Writes UTF-8 text to a file of this folder and returns its path.
  func file(_ name: String, text: String) throws -> String { try file(name, Array(text.utf8)) }
}
