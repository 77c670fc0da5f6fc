import Clout
import Testing

@testable import CloutGraphviz

@Suite struct DiagramLayoutSearchTests {
  let network = SampleNetwork.make()

  @Test func keepsTheFewestCrossingsPinsEveryNodeAndReadsGroupsLeftToRight() throws {
    let graph = try DiagramBuilder().graph(for: network)
    #expect(graph.attributes["layout"] == "neato")
    let choice = try #require(try DiagramLayoutSearch.choose(graph, options: GraphvizRenderOptions()))
    #expect(choice.crossings <= choice.hintedCrossings)
    #expect(choice.graph.nodes.allSatisfy { $0.attributes["pos"]?.string.hasSuffix("!") == true })
    let rendering = try Graphviz.shared.render(choice.graph, formats: [.json])
    let drawn = try DrawingMeasurement(json: try #require(rendering.bytes(.json)))
    let centres = drawn.nodeCentres
    #expect(!DiagramLayoutSearch.firstGroupIsRight(of: choice.graph, centres: centres))
    // The legend and its shape samples stand right of every entity.
    let entities = network.entities.compactMap { centres[$0.id]?.x }
    let legend = try #require(centres[DiagramBuilder.legendID]?.x)
    #expect(legend > (entities.max() ?? .infinity))
    // Pinned: the final rendering keeps the chosen positions, so the measured crossings do not depend
    // on label placement rounds.
    let again = try Graphviz.shared.render(choice.graph, formats: [.json])
    let redrawn = try DrawingMeasurement(json: try #require(again.bytes(.json)))
    #expect(redrawn.edgeCrossings() == drawn.edgeCrossings())
  }

  @Test func appliesOnlyToSmallNeatoDrawings() throws {
    var graph = try DiagramBuilder().graph(for: network)
    #expect(DiagramLayoutSearch.applies(to: graph, options: GraphvizRenderOptions()))
    #expect(!DiagramLayoutSearch.applies(to: graph, options: GraphvizRenderOptions(layout: .dot)))
    graph.attributes["layout"] = "sfdp"
    #expect(try DiagramLayoutSearch.choose(graph, options: GraphvizRenderOptions()) == nil)
  }
}
