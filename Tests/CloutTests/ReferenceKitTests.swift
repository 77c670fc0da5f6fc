import CloutReferenceKit
import Testing

@Test func referenceKitLoads() throws {
  for name in ReferenceKit.names {
    let kit = try ReferenceKit(name)
    #expect(kit.input.graph.vertexCount == kit.input.ids.count)
    #expect(kit.results["n_edges"] as? Int == kit.input.graph.edgeCount)
  }
}
