import Clout

/// Turns byte offsets of UTF-8 text into 1-based lines and columns (columns count Unicode scalars,
/// as the YAML and JSON readers do). Built once per file: O(bytes); each lookup is O(log lines +
/// line length).
struct TextPositions: Sendable {
  let file: String
  private let lineStarts: [Int]

  init(_ bytes: [UInt8], file: String) {
    self.file = file
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
    lineStarts = starts
    self.bytes = bytes
  }

  private let bytes: [UInt8]

  /// The location of the byte at `offset` (offsets past the end give the end of the text).
  func location(_ offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    var column = 1
    var k = lineStarts[low]
    while k < clamped {
      if bytes[k] & 0xC0 != 0x80 { column += 1 }
      k += 1
    }
    return SourceLocation(file: file, line: low + 1, column: column)
  }

  /// The byte offset of a 1-based line and column, or nil when the text has no such place.
  func offset(line: Int, column: Int) -> Int? {
    guard line >= 1, line <= lineStarts.count else { return nil }
    var k = lineStarts[line - 1]
    var c = 1
    while c < column {
      guard k < bytes.count, bytes[k] != 0x0A else { return nil }
      k += 1
      while k < bytes.count, bytes[k] & 0xC0 == 0x80 { k += 1 }
      c += 1
    }
    return k
  }

  /// The text of a byte range, as written.
  func text(_ range: Range<Int>) -> String {
    let r = max(0, range.lowerBound)..<min(bytes.count, range.upperBound)
    return String(decoding: bytes[r], as: UTF8.self)
  }
}
