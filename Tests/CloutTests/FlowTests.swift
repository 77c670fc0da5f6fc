import Clout
import CloutReferenceKit
import Foundation
import Testing

@Suite struct FlowTests {
  @Test func referenceMaxFlow() throws {
    for name in ReferenceKit.names {
      let kit = try ReferenceKit(name)
      for (metric, g, weighted) in [("max_flow", kit.input.plain, false), ("max_flow_weighted", kit.input.graph, true)]
      {
        guard let queries = kit.results[metric] as? [[String: Any]] else { continue }
        for q in queries {
          let s = try kit.input.vertex(q["source"])
          let t = try kit.input.vertex(q["target"])
          let expected = try #require(q["value"] as? Double)
          let flow = try g.maxFlow(from: s, to: t, weighted: weighted)
          #expect(flow.value == expected, "\(name)/\(metric) \(s)→\(t)")
          expectCertified(flow, g, s, t, weighted: weighted)
        }
      }
    }
  }

  /// The cut separates s from t and its capacity equals the flow value (max-flow = min-cut).
  func expectCertified(
    _ flow: MaxFlowResult, _ g: CSRGraph, _ s: Int, _ t: Int, weighted: Bool,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(flow.sourceSide[s] && !flow.sourceSide[t], sourceLocation: sourceLocation)
    let capacity = flow.cutEdges.reduce(0.0) { $0 + (weighted ? g.weight(ofEdge: $1) : 1) }
    #expect(abs(capacity - flow.value) <= 1e-9 * max(1, flow.value), sourceLocation: sourceLocation)
  }

  @Test func textbookNetwork() throws {
    // Cormen et al., Introduction to Algorithms, fig. 26.1: maximum flow 23; the minimum cut
    // {s, v1, v2, v4} | {v3, t} crosses v1→v3 (12), v4→v3 (7) and v4→t (4). Arcs are listed by
    // tail, so their edge ids are their positions here.
    let arcs: [(Int32, Int32)] = [(0, 1), (0, 2), (1, 3), (2, 1), (2, 4), (3, 2), (3, 5), (4, 3), (4, 5)]
    let capacities: [Double] = [16, 13, 12, 4, 14, 9, 20, 7, 4]
    let g = try StructureFixtures.graph(6, arcs, weights: capacities, directed: true)
    let flow = try g.maxFlow(from: 0, to: 5, weighted: true)
    #expect(flow.value == 23)
    #expect(flow.sourceSide == [true, true, true, false, true, false])
    #expect(flow.cutEdges == [2, 7, 8])
    expectCertified(flow, g, 0, 5, weighted: true)
    // Conservation: what leaves s arrives at t, every arc within its capacity.
    #expect(flow.edgeFlow[0] + flow.edgeFlow[1] == 23)
    #expect(flow.edgeFlow[6] + flow.edgeFlow[8] == 23)
    for e in 0..<arcs.count { #expect(flow.edgeFlow[e] >= 0 && flow.edgeFlow[e] <= capacities[e]) }
    // Unit capacities: s has out-degree 2, and s→v1→v3→t, s→v2→v4→t are arc-disjoint.
    #expect(try g.maxFlow(from: 0, to: 5, weighted: false).value == 2)
    // Nothing flows against the arcs.
    #expect(try g.maxFlow(from: 5, to: 0, weighted: true).value == 0)
  }

  @Test func undirectedEdgesCarryEitherWay() throws {
    // Two triangles and a bridge: one unit crosses the bridge whichever side is the source.
    let g = try StructureFixtures.graph(6, StructureFixtures.twoTriangles, directed: false)
    for (s, t) in [(0, 5), (5, 0)] {
      let flow = try g.maxFlow(from: s, to: t, weighted: false)
      #expect(flow.value == 1)
      #expect(flow.cutEdges == [3])
    }
    let flow = try g.maxFlow(from: 5, to: 0, weighted: false)
    // Stored as 2 → 3, the edge carries flow from 3 to 2: negative.
    #expect(flow.edgeFlow[3] == -1)
    #expect(try g.maxFlow(from: 0, to: 1, weighted: false).value == 2)
  }

  @Test func parallelEdgesAddCapacity() throws {
    let g = try StructureFixtures.graph(3, [(0, 1), (0, 1), (1, 2), (1, 2), (1, 2), (1, 1)], directed: true)
    let flow = try g.maxFlow(from: 0, to: 2, weighted: false)
    #expect(flow.value == 2)
    #expect(flow.cutEdges == [0, 1])
    let weighted = try g.withWeights([1.5, 2, 1, 1, 1, 100])
    #expect(try weighted.maxFlow(from: 0, to: 2, weighted: true).value == 3)
  }

  @Test func badRequestsThrow() throws {
    let g = try StructureFixtures.graph(2, [(0, 1)], weights: [-1], directed: true)
    #expect(throws: GraphError.self) { try g.maxFlow(from: 0, to: 0, weighted: false) }
    #expect(throws: GraphError.self) { try g.maxFlow(from: 0, to: 2, weighted: false) }
    #expect(throws: GraphError.self) { try g.maxFlow(from: 0, to: 1, weighted: true) }
    #expect(try g.maxFlow(from: 0, to: 1, weighted: false).value == 1)
  }
}
