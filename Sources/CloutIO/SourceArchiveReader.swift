import Clout
import Foundation

/// Where the archived texts of a network's sources (their `file:` fields) are read from.
public enum ArchivedTexts: Sendable {
  /// Nowhere: quotes are not checked (network text given without a file path).
  case none
  /// Files relative to this folder, the one that holds the network file.
  case folder(String)
  /// Texts supplied by the caller, by `file:` value (a network compiled into a program).
  case embedded([String: String])
}

/// Reads the archived text of every source that names a `file:`, reporting a file that does not
/// exist or is not UTF-8 text at the `file:` field.
enum SourceArchiveReader {
  static func read(_ network: Network, from texts: ArchivedTexts) -> (SourceArchive?, [Diagnostic]) {
    if case .none = texts { return (nil, []) }
    var found: [String: String] = [:]
    var problems: [Diagnostic] = []
    for source in network.sources {
      guard let file = source.file else { continue }
      let at = source.fileLocation ?? source.location
      switch texts {
      case .none: break
      case .embedded(let table):
        if let text = table[file] {
          found[source.id] = text
        } else {
          problems.append(
            .error(
              "source '\(source.id)': archived file '\(file)' is not among the texts built in", at: at,
              hint: "check the path, or build the program again with the file"))
        }
      case .folder(let folder):
        let path = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
        switch readText(path) {
        case .success(let text): found[source.id] = text
        case .failure(let problem):
          problems.append(
            .error("source '\(source.id)': archived file '\(file)' \(problem.what)", at: at, hint: problem.hint))
        }
      }
    }
    return (SourceArchive(texts: found), problems)
  }

  struct Problem: Error {
    let what: String
    let hint: String
  }

  private static func readText(_ path: String) -> Result<String, Problem> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(
        Problem(
          what: "does not exist",
          hint: "looked for \(path); archive the text there or correct 'file:' (a path relative to the network file)"))
    }
    if isDirectory.boolValue { return .failure(Problem(what: "is a folder", hint: "name the text file itself")) }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(Problem(what: "cannot be read", hint: "check its permissions"))
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(Problem(what: "is not UTF-8 text", hint: "save it as UTF-8"))
    }
    return .success(text)
  }
}
