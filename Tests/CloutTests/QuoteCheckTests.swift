import Clout
import Testing

@Suite("QuoteCheck: verbatim quotes and the closest passage")
struct QuoteCheckTests {
  let article = """
    トランプ政権は、北京を標的とした数々の重要な技術セキュリティ対策を棚上げした。
    米国はそのほとんどを中国に依存している。
    The third line is English.
    """

  @Test func verbatimQuoteIsFoundWithItsLineAndColumn() {
    guard case .verbatim(let at) = QuoteCheck(text: article).find("そのほとんどを中国に依存") else {
      Issue.record("not found")
      return
    }
    #expect(at.line == 2 && at.column == 4 && at.similarity == 1)
    #expect(at.text == "そのほとんどを中国に依存")
  }

  @Test func aChangedWordIsMissingAndTheClosestPassageIsTheWholeSentence() {
    let outcome = QuoteCheck(text: article).find("米国はその大部分を中国に依存している")
    guard case .missing(let closest?) = outcome else {
      Issue.record("expected a closest passage, got \(outcome)")
      return
    }
    #expect(closest.line == 2 && closest.column == 1)
    #expect(closest.text == "米国はそのほとんどを中国に依存している")
    #expect(closest.similarity > 0.5 && closest.similarity < 1)
  }

  @Test func verbatimIsExact() {
    let check = QuoteCheck(text: article)
    #expect(!check.find("the third line").isVerbatim, "case differs")
    #expect(!check.find("米国は  その").isVerbatim, "spacing differs")
    #expect(!check.find("").isVerbatim)
    #expect(check.find("English.").isVerbatim)
  }

  @Test func nothingAlikeHasNoClosestPassage() {
    #expect(QuoteCheck(text: article).find("ЖЖЖЖ") == .missing(closest: nil))
    #expect(QuoteCheck(text: "").find("abc") == .missing(closest: nil))
  }

  @Test func archiveReportsEachMissingQuoteAtItsLocation() {
    let here = SourceLocation(file: "n.yaml", line: 7, column: 12)
    let network = Network(
      entities: [Entity(id: "a", kind: .person, name: "A"), Entity(id: "b", kind: .person, name: "B")],
      sources: [Source(id: "s", title: "S", file: "s.txt"), Source(id: "t", title: "T")],
      relations: [
        Relation(
          id: "r1", from: "a", to: "b", kind: "advises",
          citations: [
            Citation(source: "s", quote: "依存している"), Citation(source: "s", quote: "依存していない", location: here),
            Citation(source: "t", quote: "not archived"),
          ])
      ])
    let report = SourceArchive(texts: ["s": article]).check(network)
    #expect(report.quotesChecked == 2 && report.sourcesArchived == 1)
    #expect(report.diagnostics.count == 1)
    #expect(report.diagnostics.first?.location == here)
    #expect(report.diagnostics.first?.hint?.contains("依存している") == true, "\(report.diagnostics)")
  }
}
