import Testing

@testable import CloutGraphviz

@Suite struct LayoutAdvisorTests {
  @Test func hierarchiesGetDot() {
    let choice = LayoutAdvisor.choose(for: GraphShape(nodeCount: 60, edgeCount: 120, hasCycles: false))
    #expect(choice.layout == .dot)
    #expect(choice.graphAttributes.isEmpty)
    #expect(choice.reason.contains("60 nodes, 120 edges, 0 % mutual, 0 % against the hierarchy"), "\(choice.reason)")
  }

  @Test func nearlyHierarchicalCyclicGraphsGetBoundedDot() {
    let shape = GraphShape(nodeCount: 100, edgeCount: 294, hasCycles: true, feedbackEdges: 10)
    let choice = LayoutAdvisor.choose(for: shape)
    #expect(choice.layout == .dot)
    #expect(choice.graphAttributes["nslimit"] != nil)
    #expect(choice.graphAttributes["mclimit"] != nil)
  }

  @Test func undirectedMutualOrUnhierarchicalGraphsAreForceDirected() {
    let undirected = GraphShape(nodeCount: 77, edgeCount: 254, hasCycles: true, isDirected: false)
    #expect(LayoutAdvisor.choose(for: undirected).layout == .neato)
    #expect(LayoutAdvisor.choose(for: undirected).reason.contains("undirected"))
    let mutual = GraphShape(nodeCount: 80, edgeCount: 200, hasCycles: true, mutualEdges: 150, feedbackEdges: 75)
    #expect(LayoutAdvisor.choose(for: mutual).layout == .neato)
    #expect(LayoutAdvisor.choose(for: mutual).reason.contains("75 % mutual"))
    let tangled = GraphShape(nodeCount: 300, edgeCount: 900, hasCycles: true, feedbackEdges: 300)
    #expect(LayoutAdvisor.choose(for: tangled).layout == .neato)
    #expect(LayoutAdvisor.choose(for: tangled).reason.contains("no direction hierarchy"))
    let large = GraphShape(nodeCount: 10_000, edgeCount: 50_000, hasCycles: true, isDirected: false)
    #expect(LayoutAdvisor.choose(for: large).layout == .sfdp)
  }

  @Test func overBudgetLayoutsFallBackAndSaySo() {
    // A 1,000-node DAG with long edges: dot would add 200,000 virtual nodes.
    let long = GraphShape(nodeCount: 1000, edgeCount: 3000, hasCycles: false, virtualNodes: 200_000)
    let choice = LayoutAdvisor.choose(for: long, budget: 30)
    #expect(choice.layout == .sfdp)
    #expect(
      choice.reason.contains("dot predicted") && choice.reason.contains("over the 30 s budget"), "\(choice.reason)")
    #expect(LayoutAdvisor.choose(for: long, budget: 100_000).layout == .dot)
  }

  @Test func cycleTestIgnoresSelfLoopsAndFindsCycles() {
    #expect(!GraphShape(nodeCount: 3, tails: [0, 1, 2], heads: [1, 2, 2]).hasCycles)
    #expect(GraphShape(nodeCount: 3, tails: [0, 1, 2], heads: [1, 2, 0]).hasCycles)
    #expect(GraphShape(nodeCount: 2, tails: [0, 1], heads: [1, 0]).hasCycles)
    #expect(!GraphShape(nodeCount: 0, tails: [], heads: []).hasCycles)
  }

  @Test func shapeMeasuresMutualFeedbackAndSpan() {
    let shape = GraphShape(nodeCount: 4, tails: [0, 1, 1, 0], heads: [1, 0, 2, 2])
    #expect(shape.mutualEdges == 2)
    #expect(shape.feedbackEdges == 1)
    // Ranks 0, 1, 2 (the back edge 1 → 0 counted reversed): 0 → 2 spans two ranks, one virtual node.
    #expect(shape.virtualNodes == 1)
  }

  @Test func parsedGraphShapeMatches() throws {
    let shape = try Graphviz.shared.shape(ofDOT: "digraph { a -> b -> c -> a; d }")
    #expect(shape.nodeCount == 4 && shape.edgeCount == 3 && shape.hasCycles && shape.feedbackEdges == 1)
    let dag = try Graphviz.shared.shape(ofDOT: Fixtures.small)
    #expect(dag.nodeCount == 3 && dag.edgeCount == 3 && !dag.hasCycles)
    #expect(!(try Graphviz.shared.shape(ofDOT: "graph { a -- b }")).isDirected)
  }
}
