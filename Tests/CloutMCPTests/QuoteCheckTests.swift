import Testing

@testable import CloutMCP

@Suite struct QuoteCheckTests {
  let text = """
    The Commerce Department said on Monday that it would allow
    Nvidia to ship its H200 chips to approved customers in China,
    taking a 25% cut of the sales.
    """

  @Test func aQuoteAcrossWrappedLinesIsFound() {
    #expect(QuoteCheck.check("allow Nvidia to ship its H200 chips", in: text) == .found)
  }

  @Test func aChangedWordIsRefusedWithTheClosestPassage() {
    let outcome = QuoteCheck.check("allow Nvidia to sell its H200 chips", in: text)
    #expect(outcome == .notFound(closest: "allow Nvidia to ship its H200 chips"))
  }

  @Test func aJapaneseQuoteIsComparedByCharacters() {
    let ja = "商務省はエヌビディアにH200の輸出を認めた。"
    #expect(QuoteCheck.check("エヌビディアにH200", in: ja) == .found)
    #expect(QuoteCheck.check("エヌビディアにH100", in: ja) == .notFound(closest: "エヌビディアにH200"))
  }

  @Test func anEmptyTextHasNoClosestPassage() {
    #expect(QuoteCheck.check("anything", in: "  ") == .notFound(closest: nil))
  }
}
