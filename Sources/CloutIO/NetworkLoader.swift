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

  /// Reads a whole file as UTF-8 text, with a located error for every way that can fail.
  public static func readText(_ path: String) throws(InputError) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError("no such file: \(path)", hint: "check the path, or omit it to use the bundled seed network")
    }
    if isDirectory.boolValue { throw InputError("\(path) is a folder, not a network file") }
    let data: Data
    do {
      // An empty file is not read: Foundation leaks a 4 KiB buffer reading one (AddressSanitizer).
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
      data = size == 0 ? Data() : try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
    } catch {
      throw InputError("cannot read \(path): \(error.localizedDescription)", hint: "check its permissions")
    }
    if data.count > maxBytes {
      throw InputError(
        "\(path) is \(data.count >> 20) MiB, larger than the \(maxBytes >> 20) MiB a network file may be")
    }
    return try text([UInt8](data), path: path)
  }

  /// The bytes of a network file as text: UTF-8, a byte-order mark dropped; UTF-16 and invalid
  /// UTF-8 are located errors.
  public static func text(_ read: [UInt8], path: String) throws(InputError) -> String {
    let start = SourceLocation(file: path, line: 1, column: 1)
    var bytes = read
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw InputError("\(path) is UTF-16 encoded", at: start, hint: "save it as UTF-8")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = firstInvalidUTF8(bytes)
      throw InputError(
        "\(path) is not valid UTF-8 (first bad byte at offset \(offset))",
        at: location(ofByte: offset, in: bytes, path),
        hint: "save it as UTF-8")
    }
    return text
  }

  private static func guessFormat(_ text: String) -> NetworkFormat {
    text.first(where: { !$0.isWhitespace }) == "{" ? .json : .yaml
  }

  private static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    let la = a.location.map { ($0.line, $0.column) } ?? (0, 0)
    let lb = b.location.map { ($0.line, $0.column) } ?? (0, 0)
    return la < lb
  }

  private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .error: return offset
      case .emptyInput: return offset
      }
    }
  }

  private static func location(ofByte offset: Int, in bytes: [UInt8], _ path: String) -> SourceLocation {
    var line = 1
    var column = 1
    for b in bytes[0..<min(offset, bytes.count)] {
      if b == 0x0A {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(file: path, line: line, column: column)
  }
}
