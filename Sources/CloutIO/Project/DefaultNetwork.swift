import Clout
import Foundation

/// Which network a command works on when no FILE is named.
///
/// In order: the `CLOUT_NETWORK` environment variable (a path); a project settings file
/// `.clout.yaml` in the working folder or the nearest folder above it, whose `network:` line names
/// the file (relative to the settings file); otherwise the network bundled with the tool.
///
/// The settings file is deliberately tiny: `network: PATH`, blank lines and `#` comments; any other
/// line is an error at its line, so a typo never silently falls back to the bundled network.
public enum DefaultNetwork: Equatable, Sendable {
  /// A file, and how it was chosen (for the note on standard error).
  case file(path: String, reason: String)
  /// Nothing named anywhere: the bundled network.
  case bundled

  /// The environment variable that names a default network file.
  public static let environmentVariable = "CLOUT_NETWORK"
  /// The name of the project settings file.
  public static let settingsFileName = ".clout.yaml"

  /// Resolves the default network for a command run in `directory` with `environment`.
  ///
  /// - Throws: `InputError` when the settings file cannot be read or is malformed.
  public static func resolve(environment: [String: String], directory: String) throws(InputError) -> DefaultNetwork {
    if let path = environment[environmentVariable], !path.isEmpty {
      return .file(path: path, reason: "from \(environmentVariable)")
    }
    guard let settings = settingsFile(above: directory) else { return .bundled }
    let path = try networkPath(inSettings: settings)
    return .file(path: path, reason: "from \(displayPath(settings, relativeTo: directory))")
  }

  /// The nearest settings file in `directory` or a folder above it.
  static func settingsFile(above directory: String) -> String? {
    var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    while true {
      let candidate = url.appendingPathComponent(settingsFileName).path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }

  /// Reads `network: PATH` from a settings file; the path is taken relative to the file.
  static func networkPath(inSettings file: String) throws(InputError) -> String {
    guard let data = FileManager.default.contents(atPath: file), data.count <= 64 << 10,
      let text = String(data: data, encoding: .utf8)
    else {
      throw InputError(
        "cannot read the project settings file (UTF-8, at most 64 KiB)",
        at: SourceLocation(file: file, line: 1, column: 1))
    }
    var found: String?
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let at = SourceLocation(file: file, line: index + 1, column: 1)
      guard line.hasPrefix("network:") else {
        throw InputError("unknown setting '\(line.prefix(40))'", at: at, hint: "the file holds one line: network: PATH")
      }
      var value = line.dropFirst("network:".count).trimmingCharacters(in: .whitespaces)
      if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
        value = String(value.dropFirst().dropLast())
      }
      guard !value.isEmpty else {
        throw InputError("'network:' names no file", at: at, hint: "network: graphs/my-network.yaml")
      }
      found = value
    }
    guard let found else {
      throw InputError(
        "no 'network:' line", at: SourceLocation(file: file, line: 1, column: 1),
        hint: "network: graphs/my-network.yaml")
    }
    if found.hasPrefix("/") { return found }
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    return displayPath(
      folder.appendingPathComponent(found).standardizedFileURL.path,
      relativeTo: FileManager.default.currentDirectoryPath)
  }

  /// `path` relative to `directory` when it lies below it, else unchanged.
  static func displayPath(_ path: String, relativeTo directory: String) -> String {
    let base = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
