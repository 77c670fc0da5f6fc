import Clout
import Foundation

/// The archived texts of a network's sources, read through their `file:` field (docs/FORMAT.md)
/// as the network loader reads them: relative to the network file's folder, or from the texts
/// compiled in with the bundled network. The one place `clout mcp` reads archived texts; quotes
/// are compared by the project's `QuoteCheck`.
public struct SourceTexts: Sendable {
  /// The folder the network file is in, or nil for a network without a file.
  public let folder: String?
  /// Texts compiled in, by `file:` value (the bundled network).
  public let embedded: [String: String]

  public init(networkFile: String?, embedded: [String: String] = [:]) {
    folder = networkFile.map { (($0 as NSString).deletingLastPathComponent as String) }
    self.embedded = embedded
  }

  /// Where the text of `source` is kept, or nil when it names no file.
  public func path(of source: Source) -> String? {
    guard let file = source.file, !file.isEmpty else { return nil }
    if embedded[file] != nil, folder == nil { return file }
    if file.hasPrefix("/") { return file }
    guard let folder else { return nil }
    return folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
  }

  /// The text of `source`, or nil when it has none or it cannot be read as UTF-8.
  public func text(of source: Source) -> String? {
    guard let file = source.file, !file.isEmpty else { return nil }
    if folder == nil, let text = embedded[file] { return text }
    guard let path = path(of: source), let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(data: data, encoding: .utf8)
  }

  /// Why `source` has no text to check a quote against, in words.
  public func missing(_ source: Source) -> String {
    guard source.file != nil else {
      return "source '\(source.id)' has no archived text (no `file:` field), so no quote can be checked against it"
    }
    guard let path = path(of: source) else {
      return "source '\(source.id)' names the file '\(source.file ?? "")', which is not available here"
    }
    return "the archived text of source '\(source.id)' cannot be read at \(path)"
  }
}
