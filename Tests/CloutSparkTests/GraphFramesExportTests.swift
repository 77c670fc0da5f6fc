import Clout
import CloutIO
import Foundation
import Testing

@Suite("GraphFrames tables")
struct GraphFramesExportTests {
  @Test("a network's tables: one vertex row per entity, one edge row per relation, the manifest")
  func networkTables() throws {
    let network = try NetworkLoader.load(path: Paths.seedNetwork).network
    let scratch = try Scratch()
    let folder = scratch.path("tables")
    let summary = try GraphFramesWriter.write(.network(network, filter: nil), to: folder, origin: "seed")
    #expect(summary.vertices == network.entities.count)
    #expect(summary.edges == network.relations.count)
    #expect(summary.arcs == .projection)
    let vertices = try String(contentsOfFile: folder + "/vertices.csv", encoding: .utf8).split(separator: "\n")
    let edges = try String(contentsOfFile: folder + "/edges.csv", encoding: .utf8).split(separator: "\n")
    #expect(vertices.first == "id,key,name,kind,group")
    #expect(edges.first == "src,dst,relationship,weight,strength,confidence,influence,start,end,status,key")
    #expect(vertices.count == network.entities.count + 1)
    #expect(edges.count == network.relations.count + 1)
    // Vertex i is entity i; an edge row names its relation by key and its endpoints by id.
    let r = network.relations[0]
    let a = try #require(network.entityPosition(r.from))
    let b = try #require(network.entityPosition(r.to))
    #expect(vertices[a + 1].hasPrefix("\(a),\(r.from),"))
    #expect(edges[1].hasPrefix("\(a),\(b),\(r.kind),"))
    #expect(edges[1].hasSuffix(",\(r.status.rawValue),\(r.id)"))
    let manifest = try String(contentsOfFile: folder + "/clout-graphframes.json", encoding: .utf8)
    #expect(manifest.contains("\"arcs\": \"projection\""))
    #expect(manifest.contains(GraphFramesSchema.edgesDDL))
  }

  @Test("a graph's tables keep parallel edges and the labels as keys; a rewrite replaces the folder")
  func graphTables() throws {
    let g = try CSRGraph(
      vertexCount: 4, sources: [0, 0, 1, 2], targets: [1, 1, 2, 2], weights: [2, 0.5, 1, 3], directed: true)
    let scratch = try Scratch()
    let folder = scratch.path("g")
    try GraphFramesWriter.write(.graph(g, labels: ["a", "b", "c", "d"]), to: folder, origin: "test")
    try GraphFramesWriter.write(.graph(g, labels: ["a", "b", "c", "d"]), to: folder, origin: "test")
    let edges = try String(contentsOfFile: folder + "/edges.csv", encoding: .utf8)
    #expect(edges.split(separator: "\n").count == 5)
    #expect(edges.contains("0,1,,0.5,0.5,,forward,,,,\n"))
    let vertices = try String(contentsOfFile: folder + "/vertices.csv", encoding: .utf8)
    #expect(vertices.hasSuffix("3,d,d,,\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["g"])
  }

  @Test("a folder holding other files is refused and left as it was")
  func refusesForeignFolder() throws {
    let scratch = try Scratch()
    let folder = scratch.path("mine")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let g = CSRGraph.empty(vertexCount: 2, directed: true)
    #expect(throws: InputError.self) { try GraphFramesWriter.write(.graph(g, labels: []), to: folder, origin: "t") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["mine"])
  }
}
