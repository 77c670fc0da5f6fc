import Testing

@testable import CloutGraphviz

@Suite struct GraphvizRenderTests {
  let graphviz = Graphviz.shared

  @Test(arguments: GraphvizLayout.allCases)
  func everyLayoutRendersValidSVGWithAllIDs(_ layout: GraphvizLayout) throws {
    let rendering = try graphviz.render(
      dot: Fixtures.small, options: GraphvizRenderOptions(layout: layout), formats: [.svg])
    #expect(rendering.layout == layout)
    let svg = try #require(rendering.bytes(.svg))
    let inspector = try SVGInspector.parse(svg)
    #expect(inspector.ids.isSuperset(of: ["a", "b", "c", "ab", "bc", "ac"]))
    #expect(inspector.texts.contains("Alpha"))
  }

  @Test func severalFormatsFromOneLayoutInAskedOrder() throws {
    let formats: [GraphvizFormat] = [.json, .png, .svg, .pdf, .dot, .plain]
    let rendering = try graphviz.render(dot: Fixtures.small, formats: formats)
    #expect(rendering.outputs.map(\.format) == formats)
    let png = try #require(rendering.bytes(.png))
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(png.contains(0), "PNG bytes must be copied by length, NULs included")
    let pdf = try #require(rendering.bytes(.pdf))
    #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    let dot = try #require(rendering.text(.dot))
    #expect(dot.contains("pos="))
    #expect(!dot.contains("_draw_"), "dot is rendered before json, which attaches _draw_")
    #expect(try #require(rendering.text(.json)).contains("\"objects\""))
    #expect(try #require(rendering.text(.plain)).hasPrefix("graph "))
  }

  @Test func warningsComeBackAsValues() throws {
    let rendering = try graphviz.render(dot: "digraph { a [shape=blob] }", formats: [.svg])
    #expect(rendering.warnings.contains { $0.severity == .warning && $0.text.contains("unknown shape blob") })
    let clean = try graphviz.render(dot: "digraph { a [shape=box] }", formats: [.svg])
    #expect(clean.warnings.isEmpty)
  }

  @Test func badHTMLLabelIsAWarningOfASuccessfulRender() throws {
    let rendering = try graphviz.render(dot: "digraph { a [label=<<b>x</i>>] }", formats: [.svg])
    #expect(rendering.bytes(.svg) != nil)
    #expect(!rendering.warnings.isEmpty)
  }

  @Test func fileReadingAttributesAreStrippedUnlessAllowed() throws {
    let dot = "digraph { a [image=\"/etc/hostname\"]; b }"
    let rendering = try graphviz.render(dot: dot, formats: [.svg])
    #expect(rendering.warnings.contains { $0.text.contains("'image'") })
    #expect {
      try graphviz.render(
        dot: "digraph { a [label=<<table><tr><td><img src=\"/x.png\"/></td></tr></table>>] }", formats: [.svg])
    } throws: { error in
      (error as? GraphvizError)?.kind == .fileAccess
    }
  }

  @Test func limitsRejectLargeGraphsBeforeLayout() {
    let limits = GraphvizLimits(maxNodes: 10)
    #expect {
      try graphviz.render(
        dot: Fixtures.layeredDAG(layers: 4, width: 4), options: GraphvizRenderOptions(limits: limits), formats: [.svg])
    } throws: { error in
      (error as? GraphvizError)?.kind == .tooLarge
    }
    let cyclic = "digraph { " + (0..<20).map { "n\($0) -> n\(($0 + 1) % 20);" }.joined() + " }"
    let dotLimit = GraphvizLimits(maxDotNodesCyclic: 10)
    #expect {
      try graphviz.render(
        dot: cyclic, options: GraphvizRenderOptions(layout: .dot, limits: dotLimit), formats: [.svg])
    } throws: { error in
      (error as? GraphvizError)?.kind == .tooLarge
    }
    #expect(throws: Never.self) {
      try graphviz.render(dot: cyclic, options: GraphvizRenderOptions(layout: .sfdp, limits: dotLimit), formats: [.svg])
    }
  }

  @Test func automaticLayoutSaysWhich() throws {
    let rendering = try graphviz.render(dot: Fixtures.small, formats: [.svg])
    #expect(rendering.layout == .dot)
    #expect(rendering.layoutReason.contains("dot"))
  }

  @Test func japaneseLabelRendersInSVGAndPNG() throws {
    let dot = """
      digraph { node [fontname="Noto Sans CJK JP"]; moc [id="moc", label="商務省"]; nv [label="エヌビディア"]; moc -> nv }
      """
    let rendering = try graphviz.render(dot: dot, formats: [.svg, .png])
    let svg = try #require(rendering.bytes(.svg))
    let inspector = try SVGInspector.parse(svg)
    #expect(inspector.texts.contains("商務省"))
    #expect(inspector.texts.contains("エヌビディア"))
    let png = try #require(rendering.bytes(.png))
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(Array(png[12..<16]) == Array("IHDR".utf8))
  }
}
