import Testing

@testable import CloutGraphviz

@Suite struct GraphvizParseTests {
  let graphviz = Graphviz.shared

  @Test func syntaxErrorBecomesParseErrorWithLine() {
    let dot = "digraph {\n  a -> b;\n  b -> -> c;\n}"
    #expect {
      try graphviz.parse(dot: dot)
    } throws: { error in
      guard let error = error as? GraphvizError else { return false }
      return error.kind == .parse && error.line == 3 && error.message.contains("syntax error")
    }
  }

  @Test func syntaxErrorLineIsRightOnRepeatedCalls() throws {
    for line in [2, 5, 3] {
      let dot = "digraph {\n" + String(repeating: "a;\n", count: line - 2) + "x -> -> y;\n}"
      do {
        _ = try graphviz.parse(dot: dot)
        Issue.record("no error for a syntax error")
      } catch {
        #expect(error.kind == .parse)
        #expect(error.line == line)
      }
      #expect(try graphviz.parse(dot: "digraph { ok }").graph.nodes.map(\.id) == ["ok"])
    }
  }

  /// Graphviz 2.43 recovering from this error (a subgraph, a node given one attribute twice, an
  /// edge, and the text ending inside the next edge) handed memory of the graph's arena to free():
  /// the process aborted with "double free or corruption" (found by the fuzzer).
  @Test func errorRecoveryInsideASubgraphIsAnErrorNotAnAbort() throws {
    let dot = "digraph {\n  {\n    h [x=5, x=6]\n    a -> b\n    d ->"
    for _ in 0..<3 {
      #expect {
        try graphviz.parse(dot: dot)
      } throws: { error in
        (error as? GraphvizError).map { $0.kind == .parse && $0.line == 5 } ?? false
      }
    }
    #expect(
      try graphviz.parse(dot: "digraph { { h [x=5, x=6] a -> b } d }").graph.nodes.map(\.id) == ["h", "a", "b", "d"])
  }

  @Test func unterminatedStringIsParseError() {
    #expect(throws: GraphvizError.self) { try graphviz.parse(dot: "digraph {\n a [label=\"open];\n}") }
  }

  @Test(arguments: ["", "   \n\t", "/* only a comment */", "// line comment\n"])
  func emptyInputIsNoGraph(_ input: String) {
    #expect {
      try graphviz.parse(dot: input)
    } throws: { error in
      (error as? GraphvizError)?.kind == .noGraph
    }
    #expect {
      try graphviz.render(dot: input, formats: [.svg])
    } throws: { error in
      (error as? GraphvizError)?.kind == .noGraph
    }
  }

  @Test func secondGraphIsRejectedAndDoesNotLeakIntoNextParse() throws {
    #expect {
      try graphviz.parse(dot: "digraph A { x } digraph B { y }")
    } throws: { error in
      (error as? GraphvizError)?.kind == .extraInput
    }
    let next = try graphviz.parse(dot: "digraph C { z }")
    #expect(next.graph.name == "C")
    #expect(next.graph.nodes.map(\.id) == ["z"])
  }

  @Test(arguments: [
    ("digraph A { x }\n garbage ;; {", 2), ("digraph A { x } garbage", 1), ("digraph A { x } ;", 1),
    ("digraph A { x }\n\n/* c */ digraph B { y }", 3), ("digraph A { x } }", 1),
  ])
  func trailingTextIsRejectedWithItsLineAndDoesNotLeak(_ input: String, _ line: Int) throws {
    #expect {
      try graphviz.parse(dot: input)
    } throws: { error in
      guard let error = error as? GraphvizError else { return false }
      return error.kind == .extraInput && error.line == line
    }
    #expect(try graphviz.parse(dot: "graph D { w }").graph.name == "D")
  }

  @Test func commentsAndStringsAfterOrInsideTheGraphAreNotTrailingText() throws {
    let dot = """
      # a preprocessor line
      digraph "a}b" { a [label="}{"]; b [label=<<b>}</b>>]; a -> b } // done
      /* nothing more { */
      """
    let graph = try graphviz.parse(dot: dot).graph
    #expect(graph.name == "a}b")
    #expect(graph.nodes.map(\.id) == ["a", "b"])
  }

  @Test func inputAfterSyntaxErrorDoesNotLeak() throws {
    #expect(throws: GraphvizError.self) { try graphviz.parse(dot: "digraph { a -> } digraph E { e }") }
    let next = try graphviz.parse(dot: "digraph F { f }")
    #expect(next.graph.name == "F")
    #expect(next.graph.nodes.map(\.id) == ["f"])
  }

  @Test func nulCharacterIsInvalidInput() {
    #expect {
      try graphviz.parse(dot: "digraph { a }\u{0}digraph { b }")
    } throws: { error in
      (error as? GraphvizError)?.kind == .invalidInput
    }
  }

  @Test func unknownLayoutAndFormatNamesAreErrors() throws {
    #expect(
      throws: GraphvizError(.unknownLayout, "unknown layout 'spring'; use one of dot, neato, fdp, sfdp, circo, twopi")
    ) {
      try GraphvizLayout(parsing: "spring")
    }
    #expect {
      try GraphvizFormat(parsing: "gif")
    } throws: { error in
      (error as? GraphvizError)?.kind == .unknownFormat
    }
    #expect(try GraphvizLayout(parsing: "SFDP") == .sfdp)
    #expect(try GraphvizFormat(parsing: "Svg") == .svg)
  }

  @Test func graphvizRejectsUnknownEngineAndRenderer() {
    #expect {
      try graphviz.renderUnchecked(dot: Fixtures.small, engine: "nosuch", format: "svg")
    } throws: { error in
      guard let error = error as? GraphvizError else { return false }
      return error.kind == .layout && error.message.contains("not recognized")
    }
    #expect {
      try graphviz.renderUnchecked(dot: Fixtures.small, engine: "dot", format: "nosuch")
    } throws: { error in
      (error as? GraphvizError)?.kind == .render
    }
    #expect(throws: Never.self) { try graphviz.renderUnchecked(dot: Fixtures.small, engine: "dot", format: "svg") }
  }

  @Test func messageParsingSplitsPiecesAndReadsLine() {
    let log = "Warning: using box for unknown shape blob\nError: syntax error in line 12 near '->'\n"
    let messages = GraphvizMessage.parse(log)
    #expect(messages.map(\.severity) == [.warning, .error])
    #expect(messages[0].text == "using box for unknown shape blob")
    #expect(messages[1].line == 12)
  }
}
