import Testing

@testable import CloutIO

@Suite("YAML scalars: the ASCII fast path decides exactly as the Unicode rules")
struct YAMLScalarTests {
  static let tricky = [
    "alice", "Alice Smith", "true", "Yes", "~", "null", "2025", "2025-01", "2025-01-02", "2025-1-2x", "12a", "a b",
    "a ", " a", "-x", "nan", "inf", "Infinity", "1e5", "e5", "a:b", "a: b", "a#b", "a #b", "x'y", "(p)", "Ab.c/d_e-f",
    "a\tb", "a\nb", "\"q\"", "back\\slash", "0x1F", "+1", ".5", "a,b", "[x]", "{x}", "a!", "@a", "a%",
  ]

  @Test(arguments: tricky)
  func trickyStrings(_ s: String) {
    #expect(YAMLWriter.asciiIsPlain(s) == YAMLWriter.isPlain(s), "\(s.debugDescription)")
  }

  @Test func randomASCIIStrings() {
    var state: UInt64 = 12345
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    for _ in 0..<20_000 {
      let length = Int(next() % 8) + 1
      let bytes = (0..<length).map { _ in UInt8(0x20 + next() % 95) }
      let s = String(decoding: bytes, as: UTF8.self)
      #expect(YAMLWriter.asciiIsPlain(s) == YAMLWriter.isPlain(s), "\(s.debugDescription)")
    }
  }

  @Test func emptyAndNonASCIIUseTheUnicodeRules() {
    #expect(YAMLWriter.asciiIsPlain("") == nil)
    #expect(YAMLWriter.asciiIsPlain("ベセント") == nil)
    #expect(YAMLWriter.scalar("") == "\"\"")
    #expect(YAMLWriter.scalar("ベセント") == "ベセント")
  }
}
