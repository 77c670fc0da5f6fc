import Clout
import Foundation

/// The one way Clout reads a text file — network files, exchange formats, score tables, archived
/// sources, edge lists' siblings — with a located error for every way that can fail: no such file,
/// a folder, too large, UTF-16, invalid UTF-8 (at the line and column of the first bad byte, via
/// `TextPositions`). Cost: O(bytes).
package enum TextFile {
  /// The bytes of the file at `path`, read straight into the array returned (no second copy).
  /// The size limit applies before reading: a larger regular file is refused from its size
  /// (stat), and the read itself stops after `maxBytes + 1` bytes, so a file that grows meanwhile
  /// or a special file (a pipe, /dev/zero) is refused after at most that much.
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
    func tooLarge(_ size: Int?) -> InputError {
      InputError(
        "\(path) is \(size.map { InteropLimits.size($0) + ", " } ?? "")larger than the "
          + "\(InteropLimits.size(maxBytes)) \(what) may be")
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw InputError(
        "cannot read \(path): \(String(cString: strerror(errno)))", hint: "check its permissions")
    }
    defer { close(descriptor) }
    var status = stat()
    let statSize = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
    if statSize > maxBytes { throw tooLarge(statSize) }
    // A regular file is read at its size (one more byte tells whether it grew); anything else in
    // chunks, up to the limit.
    var capacity = min(max(statSize + 1, 1 << 16), maxBytes + 1)
    var buffer = [UInt8](repeating: 0, count: capacity)
    var count = 0
    while true {
      if count == capacity {
        if capacity > maxBytes { throw tooLarge(nil) }
        capacity = min(capacity * 2, maxBytes + 1)
        buffer.append(contentsOf: repeatElement(0, count: capacity - buffer.count))
      }
      let got = buffer.withUnsafeMutableBytes { raw in
        raw.baseAddress.map { read(descriptor, $0 + count, capacity - count) } ?? 0
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw InputError(
          "cannot read \(path): \(String(cString: strerror(errno)))", hint: "check its permissions")
      }
      if got == 0 { break }
      count += got
    }
    if count > maxBytes { throw tooLarge(nil) }
    buffer.removeSubrange(count...)
    return buffer
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

  /// The file at `path` as text (see `bytes` and `string`).
  package static func text(_ path: String, maxBytes: Int, what: String, missingHint: String = "check the path")
    throws(InputError) -> String
  {
    try string(bytes(path, maxBytes: maxBytes, what: what, missingHint: missingHint), file: path)
  }

  /// The bytes as a string, checked as `utf8` does, without an intermediate copy of the bytes:
  /// the string is the only copy made (a file's bytes and its text are the peak, twice its size).
  package static func string(_ read: [UInt8], file: String) throws(InputError) -> String {
    let body = read.starts(with: [0xEF, 0xBB, 0xBF]) ? read[3...] : read[...]
    if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
      throw InputError(
        "\(file) is UTF-16 encoded", at: SourceLocation(file: file, line: 1, column: 1), hint: "save it as UTF-8")
    }
    if let text = String(validating: body, as: UTF8.self) { return text }
    _ = try validUTF8(Array(body), file: file)  // throws at the first bad byte
    return String(decoding: body, as: UTF8.self)
  }
}
