import Clout
import Foundation

/// The archived texts of a network's sources: the one place that reads a source's `file:` field
/// (docs/FORMAT.md). A relative `file:` is read from the folder of the network file, so
/// `graphs/us-china-tech.yaml` with `file: sources/reuters-2025-12-08.txt` reads
/// `graphs/sources/reuters-2025-12-08.txt`. The bundled network (no file) has no archived texts.
public struct ArchivedTexts: Sendable {
  /// The folder the network file is in, or nil for the bundled network.
  public let folder: String?

  public init(networkFile: String?) {
    folder = networkFile.map { (($0 as NSString).deletingLastPathComponent as String) }
  }

  /// Where the text of `source` is kept, or nil when it names no file.
  public func path(of source: Source) -> String? {
    guard let file = source.file, !file.isEmpty else { return nil }
    if file.hasPrefix("/") { return file }
    guard let folder else { return nil }
    return folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
  }

  /// The text of `source`, or nil when it has none or it cannot be read as UTF-8.
  public func text(of source: Source) -> String? {
    guard let path = path(of: source), let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(data: data, encoding: .utf8)
  }

  /// Why `source` has no text to check a quote against, in words.
  public func missing(_ source: Source) -> String {
    guard source.file != nil else {
      return "source '\(source.id)' has no archived text (no `file:` field), so no quote can be checked against it"
    }
    guard let path = path(of: source) else {
      return "source '\(source.id)' names the file '\(source.file ?? "")', but the network has no folder "
        + "(the bundled network); start `clout mcp FILE` with the network file"
    }
    return "the archived text of source '\(source.id)' cannot be read at \(path)"
  }
}
