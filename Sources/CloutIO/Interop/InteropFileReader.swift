import Clout
import Foundation

/// Reads the bytes of a file to import, with a located error for every way that can fail.
enum InteropFileReader {
  static func bytes(_ path: String, limits: InteropLimits) throws(InputError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError("no such file: \(path)", hint: "check the path")
    }
    if isDirectory.boolValue { throw InputError("\(path) is a folder, not a file to import") }
    let data: Data
    do {
      // An empty file is not read: Foundation leaks a 4 KiB buffer reading one (AddressSanitizer).
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
      data = size == 0 ? Data() : try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
    } catch {
      throw InputError("cannot read \(path): \(error.localizedDescription)", hint: "check its permissions")
    }
    if data.count > limits.maxFileBytes {
      throw InputError(
        "\(path) is \(InteropLimits.size(data.count)), larger than the \(InteropLimits.size(limits.maxFileBytes)) "
          + "a file to import may be")
    }
    return [UInt8](data)
  }

  /// The file as UTF-8 text (a byte-order mark is dropped); anything else is a located error.
  static func text(_ path: String, limits: InteropLimits) throws(InputError) -> [UInt8] {
    try utf8(self.bytes(path, limits: limits), file: path)
  }

  /// The bytes of a file as UTF-8 text (a byte-order mark is dropped); anything else is a located
  /// error.
  static func utf8(_ read: [UInt8], file path: String) throws(InputError) -> [UInt8] {
    var bytes = read
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw InputError(
        "\(path) is UTF-16 encoded", at: SourceLocation(file: path, line: 1, column: 1), hint: "save it as UTF-8")
    }
    if String(validating: bytes, as: UTF8.self) == nil {
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
        "\(path) is not valid UTF-8 (first bad byte at offset \(offset))",
        at: TextPositions(bytes, file: path).location(offset), hint: "save it as UTF-8")
    }
    return bytes
  }
}
