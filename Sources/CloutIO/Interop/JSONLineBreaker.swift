import Clout

/// Keeps located JSON reading linear on files written on one line (networkx's `json.dump` of
/// `node_link_data` writes megabytes without a line break): `JSONTreeReader` counts a value's
/// column from the start of its line, so on one long line every value costs the whole line.
///
/// Lines longer than `threshold` are broken after every comma and opening bracket outside strings
/// (white space JSON allows there), the text is read, and every location is mapped back to the
/// original line and column. Cost: O(bytes + values · log breaks).
struct JSONLineBreaker {
  let original: TextPositions
  let broken: TextPositions
  /// Offsets, in the broken text, of the inserted line breaks (ascending).
  let inserted: [Int]
  let bytes: [UInt8]

  static let threshold = 4096

  init(_ bytes: [UInt8], file: String) {
    original = TextPositions(bytes, file: file)
    var longest = 0
    var run = 0
    for b in bytes {
      run = b == 0x0A ? 0 : run + 1
      longest = max(longest, run)
    }
    guard longest > Self.threshold else {
      self.bytes = bytes
      broken = original
      inserted = []
      return
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 16)
    var breaks: [Int] = []
    var inString = false
    var escaped = false
    for b in bytes {
      out.append(b)
      if inString {
        if escaped {
          escaped = false
        } else if b == UInt8(ascii: "\\") {
          escaped = true
        } else if b == UInt8(ascii: "\"") {
          inString = false
        }
      } else if b == UInt8(ascii: "\"") {
        inString = true
      } else if b == UInt8(ascii: ",") || b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
        breaks.append(out.count)
        out.append(0x0A)
      }
    }
    self.bytes = out
    broken = TextPositions(out, file: file)
    inserted = breaks
  }

  /// The text to read.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// A location in the broken text as a location in the original.
  func map(_ location: SourceLocation) -> SourceLocation {
    guard !inserted.isEmpty, let offset = broken.offset(line: location.line, column: location.column) else {
      return location
    }
    var low = 0
    var high = inserted.count
    while low < high {
      let mid = (low + high) / 2
      if inserted[mid] < offset { low = mid + 1 } else { high = mid }
    }
    return original.location(offset - low)
  }

  /// The tree with every location mapped back.
  func map(_ value: LocatedValue) -> LocatedValue {
    guard !inserted.isEmpty else { return value }
    switch value.content {
    case .scalar: return LocatedValue(value.content, at: map(value.location))
    case .array(let items): return LocatedValue(.array(items.map(map)), at: map(value.location))
    case .object(let fields):
      return LocatedValue(
        .object(fields.map { (key: $0.key, keyLocation: map($0.keyLocation), value: map($0.value)) }),
        at: map(value.location))
    }
  }

  /// An error with its locations mapped back.
  func map(_ error: InputError) -> InputError {
    InputError(
      error.diagnostics.map { d in
        var mapped = d
        mapped.location = d.location.map(map)
        return mapped
      })
  }
}
