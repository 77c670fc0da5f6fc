/// One line of an edge list, split in place: byte ranges of up to three fields, no copies.
///
/// Fields are separated by spaces, tabs, commas or carriage returns; a field starting with `#`
/// starts a comment that runs to the end of the line. Cost: O(line length).
struct EdgeLine {
  /// What a line holds.
  enum Shape {
    /// Nothing but separators or a comment.
    case blank
    /// `source target` or `source target weight`.
    case edge
    /// One field only; the column of that field.
    case oneField(column: Int)
    /// A fourth field; its column.
    case tooManyFields(column: Int)
  }

  var shape = Shape.blank
  /// Field byte ranges (start, end) within the buffer; `weightStart == weightEnd` when absent.
  var sourceStart = 0
  var sourceEnd = 0
  var targetStart = 0
  var targetEnd = 0
  var weightStart = 0
  var weightEnd = 0

  var hasWeight: Bool { weightEnd > weightStart }

  @inline(__always)
  static func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x2C || b == 0x0D }

  /// Splits `bytes[start..<end]` (one line without its newline).
  @inline(__always)
  init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
    var k = start
    @inline(__always) func skipSeparators() {
      while k < end && Self.isSeparator(bytes[k]) { k += 1 }
    }
    @inline(__always) func atFieldEnd() -> Bool { k >= end || bytes[k] == UInt8(ascii: "#") }
    @inline(__always) func field() -> (Int, Int) {
      let s = k
      while k < end && !Self.isSeparator(bytes[k]) { k += 1 }
      return (s, k)
    }
    skipSeparators()
    if atFieldEnd() { return }
    (sourceStart, sourceEnd) = field()
    skipSeparators()
    if atFieldEnd() {
      shape = .oneField(column: sourceStart - start + 1)
      return
    }
    (targetStart, targetEnd) = field()
    shape = .edge
    skipSeparators()
    if atFieldEnd() { return }
    (weightStart, weightEnd) = field()
    skipSeparators()
    if !atFieldEnd() { shape = .tooManyFields(column: k - start + 1) }
  }

  /// A canonical non-negative integer below 2^31 − 1 (no sign, no leading zero unless "0"), or -1.
  @inline(__always)
  static func plainInteger(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
    let length = e - s
    guard length > 0, length <= 10, !(length > 1 && b[s] == UInt8(ascii: "0")) else { return -1 }
    var v = 0
    for k in s..<e {
      let d = b[k] &- UInt8(ascii: "0")
      guard d < 10 else { return -1 }
      v = v &* 10 &+ Int(d)
    }
    return v < Int(Int32.max) ? v : -1
  }

  /// Powers of ten that are exact in `Double`.
  private static let exactPowersOfTen: [Double] = (0...22).map { k in
    var p = 1.0
    for _ in 0..<k { p *= 10 }
    return p
  }

  /// The number a weight field spells, or nil. Short decimals (`[-]digits[.digits]`, at most 15
  /// significant digits) are converted directly: the digits form an exact integer and the power of
  /// ten is exact, so one division gives the correctly rounded value (Clinger's fast path); anything
  /// else goes through the standard library's parser.
  static func number(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
    var k = s
    var negative = false
    if k < e, b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "+") {
      negative = b[k] == UInt8(ascii: "-")
      k += 1
    }
    var mantissa = 0
    var digits = 0
    var fraction = 0
    var seenPoint = false
    var sawDigit = false
    var fast = true
    while k < e {
      let c = b[k]
      if c == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else if c &- UInt8(ascii: "0") < 10 {
        mantissa = mantissa &* 10 &+ Int(c &- UInt8(ascii: "0"))
        sawDigit = true
        if mantissa > 0 { digits += 1 }
        if seenPoint { fraction += 1 }
      } else {
        fast = false
        break
      }
      k += 1
    }
    if fast, sawDigit, digits <= 15, fraction <= 22 {
      let value = fraction == 0 ? Double(mantissa) : Double(mantissa) / exactPowersOfTen[fraction]
      return negative ? -value : value
    }
    return Double(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
  }

  /// Whether the fields are a CSV header such as `source,target[,weight]`.
  static func isHeader(_ b: UnsafeBufferPointer<UInt8>, _ line: EdgeLine) -> Bool {
    let known: Set<String> = ["source", "target", "src", "dst", "from", "to", "weight", "u", "v", "node1", "node2"]
    func word(_ s: Int, _ e: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self).lowercased()
    }
    return known.contains(word(line.sourceStart, line.sourceEnd))
      && known.contains(word(line.targetStart, line.targetEnd))
  }
}
