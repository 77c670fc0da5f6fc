/// The common shape of an edge-list line, parsed in one scan: `source target [weight]` with plain
/// integer labels, single-character separators (space, tab or comma, repeated or not) and a weight
/// of at most 15 significant digits with an optional decimal point, ending in `\n` or `\r\n`.
///
/// Anything else — a comment, a header, a named label, an exponent, a fourth field — makes
/// `parse` return nil and the caller falls back to the general `EdgeLine`, which accepts the same
/// lines and reports errors. Both give the same numbers for a line they both accept.
struct FastEdgeLine {
  var source = 0
  var target = 0
  var weight = 0.0
  var hasWeight = false
  /// Index just past the line's newline (or the end of the buffer).
  var next = 0

  @inline(__always)
  private static func isSeparator(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x2C }

  /// A canonical label (no leading zero unless "0", below 2^31 − 1) starting at k, and the index
  /// after it; nil otherwise.
  @inline(__always)
  private static func label(_ b: UnsafeBufferPointer<UInt8>, _ k: inout Int) -> Int? {
    let start = k
    var value = 0
    while k < b.count {
      let d = b[k] &- UInt8(ascii: "0")
      if d >= 10 { break }
      value = value &* 10 &+ Int(d)
      k += 1
      if k - start > 10 { return nil }
    }
    let length = k - start
    guard length > 0, !(length > 1 && b[start] == UInt8(ascii: "0")), value < Int(Int32.max) else { return nil }
    return value
  }

  /// Skips one or more separators; false if there is none.
  @inline(__always)
  private static func separators(_ b: UnsafeBufferPointer<UInt8>, _ k: inout Int) -> Bool {
    guard k < b.count, isSeparator(b[k]) else { return false }
    k += 1
    while k < b.count && isSeparator(b[k]) { k += 1 }
    return true
  }

  /// Accepts the end of the line at k (`\n`, `\r\n` or the end of the buffer) and returns the index
  /// after it.
  @inline(__always)
  private static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int? {
    if k >= b.count { return k }
    if b[k] == 0x0A { return k + 1 }
    if b[k] == 0x0D, k + 1 < b.count, b[k + 1] == 0x0A { return k + 2 }
    if b[k] == 0x0D, k + 1 == b.count { return k + 1 }
    return nil
  }

  /// Powers of ten exact in `Double`, 10^0…10^22.
  private static let powers: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }

  /// Parses the line starting at `start`, or returns nil if it is not of the common shape.
  @inline(__always)
  static func parse(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> FastEdgeLine? {
    var k = start
    var line = FastEdgeLine()
    guard let s = label(b, &k), separators(b, &k), let t = label(b, &k) else { return nil }
    line.source = s
    line.target = t
    if let next = lineEnd(b, k) {
      line.next = next
      return line
    }
    guard separators(b, &k) else { return nil }
    if let next = lineEnd(b, k) {
      line.next = next
      return line
    }
    // Weight: [-]digits[.digits], at most 15 significant digits.
    var negative = false
    if k < b.count, b[k] == UInt8(ascii: "-") {
      negative = true
      k += 1
    }
    var mantissa = 0
    var significant = 0
    var fraction = 0
    var digits = 0
    var point = false
    while k < b.count {
      let c = b[k]
      let d = c &- UInt8(ascii: "0")
      if d < 10 {
        mantissa = mantissa &* 10 &+ Int(d)
        if mantissa > 0 { significant += 1 }
        if point { fraction += 1 }
        digits += 1
      } else if c == UInt8(ascii: ".") && !point {
        point = true
      } else {
        break
      }
      k += 1
    }
    guard digits > 0, significant <= 15, fraction <= 22 else { return nil }
    _ = separators(b, &k)
    guard let next = lineEnd(b, k) else { return nil }
    let magnitude = fraction == 0 ? Double(mantissa) : Double(mantissa) / powers[fraction]
    line.weight = negative ? -magnitude : magnitude
    line.hasWeight = true
    line.next = next
    return line
  }
}
