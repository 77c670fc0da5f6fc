extension String {
  /// Pads with spaces to `width` terminal columns (East Asian wide characters count 2).
  public func padding(_ width: Int) -> String {
    let w = terminalWidth
    return w >= width ? self + " " : self + String(repeating: " ", count: width - w)
  }

  /// Columns this text takes in a terminal: 2 for East Asian wide and full-width characters.
  public var terminalWidth: Int {
    var total = 0
    for c in unicodeScalars {
      let category = c.properties.generalCategory
      if category == .nonspacingMark || category == .enclosingMark { continue }
      total += String.wideRanges.contains { $0.contains(c.value) } ? 2 : 1
    }
    return total
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x20000...0x3FFFD,
  ]
}
