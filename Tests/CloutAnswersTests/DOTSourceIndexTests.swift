import Clout
import CloutIO
import CloutModel
import Testing

@testable import CloutAnswers

/// Where a DOT import places nodes and edges, and the counts it checks before Graphviz builds the graph.
@Suite struct DOTSourceIndexTests {
  private func index(_ dot: String, limits: InteropLimits = .standard) throws -> DOTSourceIndex {
    try DOTSourceIndex(text: dot, origin: "t.dot", limits: limits)
  }

  private func at(_ location: CloutModel.SourceLocation) -> [Int] { [location.line, location.column] }

  /// The first error of importing `dot` under `limits`, as message, line and column; nil if it imports.
  private func refusal(_ dot: String, _ limits: InteropLimits) -> (message: String, at: [Int])? {
    do {
      _ = try DOTImport.read(text: dot, origin: "t.dot", limits: limits)
      return nil
    } catch {
      guard let d = error.diagnostics.first, let location = d.location else { return ("", []) }
      return (d.message, at(location))
    }
  }

  @Test func nodesAreAtTheirFirstMentionNotInCommentsOrValues() throws {
    let dot = """
      digraph {
        // a -> b in a comment
        label="a b"
        c [label="a"]
        /* a
           b */ b -> "a" -> "x y"
      }
      """
    let found = try index(dot)
    #expect(at(found.nodeLocation("c")) == [4, 3])
    #expect(at(found.nodeLocation("b")) == [6, 11])
    #expect(at(found.nodeLocation("a")) == [6, 17], "a needlessly quoted ID is placed at its name")
    #expect(at(found.nodeLocation("x y")) == [6, 23], "a quoted ID that needs its quotes is placed at the quote")
    #expect(at(found.nodeLocation("nowhere")) == [1, 1])
  }

  @Test func columnsCountUnicodeScalars() throws {
    let found = try index("digraph {\n  \"米国\" -> 中国\n}")
    #expect(at(found.nodeLocation("米国")) == [2, 3])
    #expect(at(found.nodeLocation("中国")) == [2, 11])
  }

  @Test func chainsAndSubgraphOperandsStateTheEdgesGraphvizMakes() throws {
    let dot = """
      digraph {
        a -> b -> c
        {d e} -> subgraph s { f; g -> h }
      }
      """
    let found = try index(dot)
    func edge(_ t: String, _ h: String) -> [Int] {
      at(found.statement(tail: t, head: h, key: nil, occurrence: 0, directed: true).location)
    }
    #expect(edge("a", "b") == [2, 3])
    #expect(edge("b", "c") == [2, 8])
    #expect(edge("d", "f") == [3, 4])
    #expect(edge("e", "h") == [3, 6], "every node of the operand, nested edges included")
    #expect(edge("g", "h") == [3, 28])
    #expect(
      found.statement(tail: "d", head: "g", key: nil, occurrence: 0, directed: true).quote
        == "  {d e} -> subgraph s { f; g -> h }")
    #expect(edge("a", "c") == [2, 3], "not stated: the first edge statement naming either end")
    #expect(edge("x", "y") == [1, 1])
    #expect(found.statement(tail: "x", head: "y", key: nil, occurrence: 0, directed: true).quote == dot)
  }

  @Test func parallelEdgesAreMatchedByKeyThenByOrder() throws {
    let dot = """
      digraph {
        a -> b; a -> b [key=second]
        a -> b [color=red, key="third"]\r
        b -> a
      }
      """
    let found = try index(dot)
    func edge(_ key: String?, _ occurrence: Int) -> [Int] {
      at(found.statement(tail: "a", head: "b", key: key, occurrence: occurrence, directed: true).location)
    }
    #expect(edge(nil, 0) == [2, 3])
    #expect(edge(nil, 1) == [2, 11])
    #expect(edge(nil, 2) == [3, 3])
    #expect(edge(nil, 7) == [3, 3], "beyond the statements: the last")
    #expect(edge("third", 0) == [3, 3])
    #expect(edge("second", 2) == [2, 11])
    #expect(
      found.statement(tail: "a", head: "b", key: "third", occurrence: 0, directed: true).quote
        == "  a -> b [color=red, key=\"third\"]")
    #expect(at(found.statement(tail: "b", head: "a", key: nil, occurrence: 0, directed: true).location) == [4, 3])
    let undirected = try index("graph { a -- b }")
    #expect(
      at(undirected.statement(tail: "b", head: "a", key: nil, occurrence: 0, directed: false).location) == [1, 9])
  }

  @Test func statedEdgesBeyondTheLimitAreRefusedBeforeGraphvizBuildsThem() throws {
    let tails = (1...40).map { "a\($0)" }.joined(separator: " ")
    let heads = (1...40).map { "b\($0)" }.joined(separator: " ")
    var limits = InteropLimits()
    limits.maxEdges = 1_000
    let dot = "digraph {\n  x -> y\n  {\(tails)} -> {\(heads)}\n}"
    let refused = refusal(dot, limits)
    #expect(refused?.message == "the file states more than the 1000 edges allowed")
    #expect(refused?.at == [3, 6 + tails.count])
    #expect(throws: Never.self) { try index(dot) }
  }

  @Test func nodesBeyondTheLimitAreRefusedAtTheFirstOneBeyond() throws {
    var limits = InteropLimits()
    limits.maxNodes = 3
    let refused = refusal("graph {\n  a -- b\n  a -- c\n  \"d\" -- a\n}", limits)
    #expect(refused?.message == "the file names more than the 3 nodes allowed")
    #expect(refused?.at == [4, 4])
  }

  @Test func subgraphsNestedTooDeepAreRefused() throws {
    var limits = InteropLimits()
    limits.maxDepth = 10
    let dot = "digraph {\n" + String(repeating: "{", count: 12) + "a" + String(repeating: "}", count: 12) + "\n}"
    let refused = refusal(dot, limits)
    #expect(refused?.message.contains("nested deeper than the 10 levels allowed") == true)
    #expect(refused?.at == [2, 10])
  }

  /// Graphviz records a node in every subgraph around it, so nesting multiplies what a small file
  /// makes it build (100,000 nodes 200 deep: 20 million records, 1.9 GB).
  @Test func subgraphMembershipsBeyondTheLimitAreRefused() throws {
    var limits = InteropLimits()
    limits.maxSubgraphMemberships = 5
    let refused = refusal("digraph {\n  { { a b c } }\n}", limits)
    #expect(refused?.message.hasPrefix("subgraphs hold more than the 5 node memberships allowed") == true)
    #expect(refused?.at == [2, 11])
    limits.maxSubgraphMemberships = 6
    #expect(refusal("digraph {\n  { { a b c } }\n}", limits) == nil)
  }

  /// A hub joined to every other node, one edge per line: each edge is found from the index, not by
  /// searching the lines that name the hub (which took minutes for 20,000 edges).
  @Test func aStarOfManyEdgesIsPlacedEdgeByEdge() throws {
    let count = 20_000
    let body = (0..<count).map { "  hub -> n\($0)" }.joined(separator: "\n")
    let imported = try DOTImport.read(text: "digraph {\n\(body)\n}", origin: "t.dot")
    #expect(imported.edges.count == count)
    #expect(imported.edges.enumerated().allSatisfy { $0.element.location.line == $0.offset + 2 })
    #expect(imported.edges.last?.text == "  hub -> n\(count - 1)")
  }

  @Test func theLexerNeverFailsOnBrokenText() throws {
    for text in [
      "", "digraph", "digraph {", "digraph { \"open", "digraph { <a <b> -> c", "{{{", "}}} -> ->", "-", "/*", "#",
    ] {
      _ = try index(text)
    }
  }
}
