import Testing

@testable import CloutIO

/// The escapers of the languages Clout writes share one loop (`Escaper`); each keeps its table.
@Suite struct EscapingTests {
  @Test func jsonEscapesQuotesLineEndsAndControls() {
    #expect(
      OutputValue.quoted("a\"b\\c\nd\te\u{1}\u{7F}\u{85}\u{2028}é") == #""a\"b\\c\nd\te\u0001\u007f\u0085\u2028é""#)
    #expect(OutputValue.string("</script>").compactJSON() == #""</script>""#)
    #expect(OutputValue.string("</script>").compactJSON(inScript: true) == #""\u003c/script>""#)
    #expect(
      OutputValue.object([("k<", .array([.number(1), .number(0.5), .null, .bool(true)]))]).compactJSON(inScript: true)
        == #"{"k\u003c":[1,0.5,null,true]}"#)
  }

  @Test func cypherEscapesSingleQuotes() {
    #expect(CypherWriter.string("it's a\\b\n\u{2}") == #"'it\'s a\\b\n\u0002'"#)
  }

  @Test func csvDoublesQuotesInQuotedCells() {
    #expect(CSVTable.cell("plain") == "plain")
    #expect(CSVTable.cell("say \"hi\", then") == "\"say \"\"hi\"\", then\"")
  }

  @Test func xmlReplacesWhatItCannotCarryAndCountsIt() {
    var xml = XMLEscaping()
    #expect(xml.text("a<b & c>\r\n\t\u{1}") == "a&lt;b &amp; c&gt;&#13;\n\t\u{FFFD}")
    #expect(xml.attribute("\"x\"\n\t\u{FFFE}") == "&quot;x&quot;&#10;&#9;\u{FFFD}")
    #expect(xml.replaced == 2)
  }
}
