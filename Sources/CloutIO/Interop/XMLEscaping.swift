import CloutText

/// Escapes text for XML 1.0 output. Line ends and tabs inside attribute values become character
/// references so that readers, which normalise white space in attributes, give them back.
/// Characters XML 1.0 cannot carry at all (most C0 controls) become U+FFFD and are counted, so that
/// the writer can warn.
struct XMLEscaping {
  /// How many characters were replaced because XML 1.0 cannot hold them.
  private(set) var replaced = 0

  /// Text content: `&`, `<`, `>` and CR escaped.
  mutating func text(_ s: String) -> String {
    count(s)
    return Escaper.xmlText(s)
  }

  /// An attribute value for double quotes: also `"`, LF and TAB escaped.
  mutating func attribute(_ s: String) -> String {
    count(s)
    return Escaper.xmlAttribute(s)
  }

  /// Counts the characters XML 1.0 cannot carry, which the escapers replace with U+FFFD.
  private mutating func count(_ s: String) {
    for c in s.unicodeScalars
    where (c.value < 0x20 && c != "\n" && c != "\t" && c != "\r") || c.value == 0xFFFE || c.value == 0xFFFF {
      replaced += 1
    }
  }
}
