import Clout

/// Turns byte offsets of UTF-8 text into 1-based lines and columns (columns count Unicode scalars,
/// as the YAML and JSON readers do), and back.
///
/// Built once per file in O(bytes): the start of every line, and the number of scalars before every
/// 64-byte block (an eighth of the file's size in memory), so that a lookup costs O(log lines + 64)
/// even in a file written on one line (minified JSON or XML), where counting from the line start
/// would make reading quadratic.
struct TextPositions: Sendable {
  let file: String
  private let bytes: [UInt8]
  private let lineStarts: [Int]
  /// `blockScalars[b]`: scalars that start before byte `b * blockSize`.
  private let blockScalars: [Int]
  private static let blockSize = 64

  init(_ bytes: [UInt8], file: String) {
    self.file = file
    self.bytes = bytes
    var starts = [0]
    var blocks = [0]
    var scalars = 0
    bytes.withUnsafeBufferPointer { buffer in
      for i in 0..<buffer.count {
        if i > 0, i % Self.blockSize == 0 { blocks.append(scalars) }
        let b = buffer[i]
        if b & 0xC0 != 0x80 { scalars += 1 }
        if b == 0x0A { starts.append(i + 1) }
      }
    }
    if bytes.count > 0, bytes.count % Self.blockSize == 0 { blocks.append(scalars) }
    lineStarts = starts
    blockScalars = blocks
  }

  /// Scalars that start before byte `offset`.
  private func scalars(before offset: Int) -> Int {
    let block = offset / Self.blockSize
    let b = min(block, blockScalars.count - 1)
    var count = blockScalars[b]
    bytes.withUnsafeBufferPointer { buffer in
      for k in (b * Self.blockSize)..<min(offset, buffer.count) where buffer[k] & 0xC0 != 0x80 { count += 1 }
    }
    return count
  }

  /// The location of the byte at `offset` (offsets past the end give the end of the text).
  func location(_ offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    let column = scalars(before: clamped) - scalars(before: lineStarts[low]) + 1
    return SourceLocation(file: file, line: low + 1, column: column)
  }

  /// The byte offset of a 1-based line and column, or nil when the text has no such place.
  func offset(line: Int, column: Int) -> Int? {
    guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
    let start = lineStarts[line - 1]
    let end = line < lineStarts.count ? lineStarts[line] : bytes.count
    let target = scalars(before: start) + column - 1
    // The last block that starts at or before the target scalar, then a walk within it.
    var low = start / Self.blockSize
    var high = min(end / Self.blockSize, blockScalars.count - 1)
    while low < high {
      let mid = (low + high + 1) / 2
      if blockScalars[mid] <= target { low = mid } else { high = mid - 1 }
    }
    var k = max(start, low * Self.blockSize)
    var count = scalars(before: k)
    while k < end {
      if bytes[k] & 0xC0 != 0x80 {
        if count == target { return k }
        count += 1
      }
      k += 1
    }
    return count == target && k <= end ? k : nil
  }

  /// The text of a byte range, as written.
  func text(_ range: Range<Int>) -> String {
    let r = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
    return String(decoding: bytes[r], as: UTF8.self)
  }
}
