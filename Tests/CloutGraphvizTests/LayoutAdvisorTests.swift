import Testing

@testable import CloutGraphviz

@Suite struct LayoutAdvisorTests {
  @Test func smallAcyclicGraphsGetDot() {
    let choice = LayoutAdvisor.choose(for: GraphShape(nodeCount: 60, edgeCount: 120, hasCycles: false))
    #expect(choice.layout == .dot)
    #expect(choice.graphAttributes.isEmpty)
  }

  @Test func smallCyclicGraphsGetBoundedDot() {
    let choice = LayoutAdvisor.choose(for: GraphShape(nodeCount: 100, edgeCount: 294, hasCycles: true))
    #expect(choice.layout == .dot)
    #expect(choice.graphAttributes["nslimit"] != nil)
    #expect(choice.graphAttributes["mclimit"] != nil)
    #expect(choice.reason.contains("cycles"))
  }

  @Test func largeOrCyclicGraphsGetSfdp() {
    #expect(LayoutAdvisor.choose(for: GraphShape(nodeCount: 300, edgeCount: 900, hasCycles: true)).layout == .sfdp)
    #expect(LayoutAdvisor.choose(for: GraphShape(nodeCount: 5000, edgeCount: 14_000, hasCycles: false)).layout == .sfdp)
    #expect(LayoutAdvisor.choose(for: GraphShape(nodeCount: 1000, edgeCount: 2900, hasCycles: false)).layout == .dot)
  }

  @Test func cycleTestIgnoresSelfLoopsAndFindsCycles() {
    #expect(!GraphShape(nodeCount: 3, tails: [0, 1, 2], heads: [1, 2, 2]).hasCycles)
    #expect(GraphShape(nodeCount: 3, tails: [0, 1, 2], heads: [1, 2, 0]).hasCycles)
    #expect(GraphShape(nodeCount: 2, tails: [0, 1], heads: [1, 0]).hasCycles)
    #expect(!GraphShape(nodeCount: 0, tails: [], heads: []).hasCycles)
  }

  @Test func parsedGraphShapeMatches() throws {
    let shape = try Graphviz.shared.shape(ofDOT: "digraph { a -> b -> c -> a; d }")
    #expect(shape == GraphShape(nodeCount: 4, edgeCount: 3, hasCycles: true))
    let dag = try Graphviz.shared.shape(ofDOT: Fixtures.small)
    #expect(dag == GraphShape(nodeCount: 3, edgeCount: 3, hasCycles: false))
  }
}
