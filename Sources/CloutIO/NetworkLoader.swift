import Clout
import Foundation

/// A network read from a file, with the warnings and validation findings about it.
public struct LoadedNetwork: Sendable {
  public var network: Network
  /// Everything found, errors and warnings, in file order.
  public var diagnostics: [Diagnostic]
  /// Where it came from (a path, or a name for built-in data).
  public var origin: String
  /// The check of the quotes against the sources' archived texts; nil when no texts were looked
  /// for (network text read without a file path).
  public var archive: SourceArchive.Report? = nil
}

/// Reads networks from YAML or JSON files (docs/FORMAT.md) and validates them.
public enum NetworkLoader {
  /// The largest file read: protects against mistaking a huge data dump for a network file.
  public static let maxBytes = 256 << 20

  /// Reads and validates the file at `path`. The format comes from the extension (`.yaml`,
  /// `.yml`, `.json`), else from the first non-blank character. Sources with a `file:` are read
  /// relative to the network file's folder and every quote from them is checked against them.
  ///
  /// - Throws: `InputError` when the file cannot be read or is not well-formed YAML/JSON.
  ///   Validation findings are returned, not thrown.
  public static func load(path: String) throws(InputError) -> LoadedNetwork {
    let text = try readText(path)
    let folder = (path as NSString).deletingLastPathComponent
    return try load(
      text: text, format: NetworkFormat(fileName: path) ?? guessFormat(text), origin: path,
      archivedTexts: .folder(folder.isEmpty ? "." : folder))
  }

  /// Reads and validates network text within `limits`; quotes are checked against `archivedTexts`
  /// when given.
  public static func load(
    text: String, format: NetworkFormat, origin: String, archivedTexts: ArchivedTexts = .none,
    limits: NetworkLimits = .standard
  ) throws(InputError) -> LoadedNetwork {
    let tree: LocatedValue
    switch format {
    case .yaml: tree = try YAMLTreeReader.read(text, file: origin, limits: limits)
    case .json:
      tree = try JSONTreeReader.read(text, file: origin, maxDepth: limits.maxDepth, maxValues: limits.maxValues)
    }
    try limits.check(tree)
    let (network, found) = NetworkDecoder.decode(tree)
    let (archive, unread) = SourceArchiveReader.read(network, from: archivedTexts)
    let report = archive?.check(network)
    let all = (found + NetworkValidator.validate(network) + unread + (report?.diagnostics ?? [])).sorted(by: fileOrder)
    return LoadedNetwork(network: network, diagnostics: all, origin: origin, archive: report)
  }

  /// Reads a whole file as UTF-8 text, with a located error for every way that can fail
  /// (`TextFile`).
  public static func readText(_ path: String) throws(InputError) -> String {
    try TextFile.text(
      path, maxBytes: maxBytes, what: "a network file",
      missingHint: "check the path, or omit it to use the bundled seed network")
  }

  /// The bytes of a network file as text: UTF-8, a byte-order mark dropped; UTF-16 and invalid
  /// UTF-8 are located errors.
  public static func text(_ read: [UInt8], path: String) throws(InputError) -> String {
    try TextFile.string(read, file: path)
  }

  private static func guessFormat(_ text: String) -> NetworkFormat {
    text.first(where: { !$0.isWhitespace }) == "{" ? .json : .yaml
  }

  private static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    let la = a.location.map { ($0.line, $0.column) } ?? (0, 0)
    let lb = b.location.map { ($0.line, $0.column) } ?? (0, 0)
    return la < lb
  }
}
