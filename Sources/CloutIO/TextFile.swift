import Clout
import Foundation

/// The one way Clout reads a text file — network files, exchange formats, score tables, archived
/// sources, edge lists' siblings — with a located error for every way that can fail: no such file,
/// a folder, too large, UTF-16, invalid UTF-8 (at the line and column of the first bad byte, via
/// `TextPositions`). Cost: O(bytes).
package enum TextFile {
  /// The bytes of the file at `path`.
  ///
  /// - Parameters:
  ///   - maxBytes: the largest file read (larger is an error saying so).
  ///   - what: what the file should be, for messages ("a network file").
  ///   - missingHint: what to do when there is no such file.
  package static func bytes(_ path: String, maxBytes: Int, what: String, missingHint: String = "check the path")
    throws(InputError) -> [UInt8]
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError("no such file: \(path)", hint: missingHint)
    }
    if isDirectory.boolValue { throw InputError("\(path) is a folder, not \(what)") }
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
        "\(path) is \(InteropLimits.size(data.count)), larger than the \(InteropLimits.size(maxBytes)) \(what) may be")
    }
    return [UInt8](data)
  }

  /// The bytes as UTF-8 text: a byte-order mark is dropped; UTF-16 and invalid UTF-8 are located
  /// errors.
  package static func utf8(_ read: [UInt8], file: String) throws(InputError) -> [UInt8] {
    var bytes = read
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw InputError(
        "\(file) is UTF-16 encoded", at: SourceLocation(file: file, line: 1, column: 1), hint: "save it as UTF-8")
    }
    return try validUTF8(bytes, file: file)
  }

  /// The bytes, when they are valid UTF-8; else an error at the first bad byte.
  package static func validUTF8(_ bytes: [UInt8], file: String, hint: String = "save it as UTF-8")
    throws(InputError) -> [UInt8]
  {
    if String(validating: bytes, as: UTF8.self) != nil { return bytes }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    scan: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .error, .emptyInput: break scan
      }
    }
    throw InputError(
      "\(file) is not valid UTF-8 (first bad byte at offset \(offset))",
      at: TextPositions(bytes, file: file).location(offset), hint: hint)
  }

  /// The file at `path` as text (see `bytes` and `utf8`).
  package static func text(_ path: String, maxBytes: Int, what: String, missingHint: String = "check the path")
    throws(InputError) -> String
  {
    String(
      decoding: try utf8(bytes(path, maxBytes: maxBytes, what: what, missingHint: missingHint), file: path),
      as: UTF8.self)
  }
}
