import Clout
import CloutIO
import Foundation
import Testing

/// The 1-based line and column (in Unicode scalars) where `needle` starts in `text`.
func interopPosition(of needle: String, in text: String) -> (line: Int, column: Int)? {
  guard let range = text.range(of: needle) else { return nil }
  let before = text[..<range.lowerBound]
  let line = before.filter { $0 == "\n" }.count + 1
  let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
  return (line, before[lineStart...].unicodeScalars.count + 1)
}

@Suite("Interop import: foreign files onto Clout's model")
struct InteropImportTests {
  /// An undirected GraphML file as networkx writes it: no kinds, integer ids, a node attribute.
  static let networkxGraphML = """
    <?xml version='1.0' encoding='utf-8'?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="d0" for="node" attr.name="club" attr.type="string" />
      <key id="d1" for="edge" attr.name="weight" attr.type="double" />
      <graph edgedefault="undirected">
        <node id="0"><data key="d0">Mr. Hi</data></node>
        <node id="1"><data key="d0">Officer</data></node>
        <node id="2" />
        <edge source="0" target="1"><data key="d1">0.25</data></edge>
        <edge source="1" target="2"><data key="d1">1</data></edge>
      </graph>
    </graphml>
    """

  @Test("a networkx GraphML file becomes a valid network whose relations quote their own element")
  func networkxGraphML() throws {
    let text = Self.networkxGraphML
    let graph = try GraphMLReader.read(bytes: Array(text.utf8), file: "karate.graphml")
    #expect(!graph.isNetwork)
    #expect(!graph.directed)
    let loaded = ImportMapper.network(from: graph)
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
    let n = loaded.network
    #expect(n.entities.map(\.id) == ["0", "1", "2"])
    #expect(n.entities.allSatisfy { $0.kind == EntityKind("actor") })
    #expect(n.entities[0].attributes == ["club": "Mr. Hi"])
    #expect(n.relations.map(\.kind) == ["linked-with", "linked-with"])
    #expect(n.relationKinds["linked-with"]?.influence == .mutual)
    #expect(n.relationKinds["linked-with"]?.symmetric == true)
    // Weights are all in 0…1, so they are strengths.
    #expect(n.relations.map(\.strength) == [0.25, 1])
    let citation = try #require(n.relations.first?.citations.first)
    #expect(citation.source == "imported-karate")
    #expect(citation.quote == "<edge source=\"0\" target=\"1\"><data key=\"d1\">0.25</data></edge>")
    #expect(text.contains(citation.quote))
    #expect(n.source("imported-karate")?.file == "karate.graphml")
    let position = try #require(interopPosition(of: "<edge source=\"0\"", in: text))
    #expect(n.relations[0].location?.line == position.line)
    #expect(n.relations[0].location?.column == position.column)
  }

  @Test("a plain graph keeps its weights and direction for analysis")
  func plainGraph() throws {
    let graph = try GraphMLReader.read(bytes: Array(Self.networkxGraphML.utf8), file: "k.graphml")
    let (g, ids) = try graph.plainGraph()
    #expect(ids == ["0", "1", "2"])
    #expect(!g.isDirected)
    #expect(g.edgeCount == 2)
    #expect(g.edgeWeights == [0.25, 1])
    #expect(g.outDegree(1) == 2)
  }

  @Test("weights beyond 0…1 are not strengths, and the warning says so")
  func weightsOutOfRange() throws {
    let text = Self.networkxGraphML.replacingOccurrences(of: ">0.25<", with: ">4<")
    let loaded = ImportMapper.network(from: try GraphMLReader.read(bytes: Array(text.utf8), file: "w.graphml"))
    #expect(loaded.network.relations.allSatisfy { $0.strength == nil })
    #expect(loaded.diagnostics.contains { $0.severity == .warning && $0.message.contains("not all in 0…1") })
  }

  @Test("yEd labels are read from its graphics, the rest of the graphics is not")
  func yEd() throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
        <key for="node" id="d6" yfiles.type="nodegraphics"/>
        <graph edgedefault="directed" id="G">
          <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry x="1" y="2"/><y:NodeLabel>Ministry of Trade</y:NodeLabel></y:ShapeNode></data></node>
          <node id="n1"/>
          <edge id="e0" source="n0" target="n1"/>
        </graph>
      </graphml>
      """
    let loaded = ImportMapper.network(from: try GraphMLReader.read(bytes: Array(text.utf8), file: "y.graphml"))
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
    #expect(loaded.network.entities.map(\.name) == ["Ministry of Trade", "n1"])
    #expect(loaded.network.relations.map(\.kind) == ["links-to"])
    #expect(loaded.network.relations.map(\.id) == ["e0"])
  }

  @Test("a foreign GEXF: edge kinds become relation kinds, edge types directions, date intervals dates")
  func foreignGEXF() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" version="1.3">
        <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
          <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
          <nodes>
            <node id="us" label="United States"><attvalues><attvalue for="0" value="country"/></attvalues></node>
            <node id="cn" label="China"><attvalues><attvalue for="0" value="Country"/></attvalues></node>
          </nodes>
          <edges>
            <edge id="0" source="us" target="cn" kind="sanctions" start="2025-01-15" end="2025-03-01T00:00:00"/>
            <edge id="1" source="us" target="cn" kind="negotiates" type="undirected" weight="0.4"/>
          </edges>
        </graph>
      </gexf>
      """
    let graph = try GEXFReader.read(bytes: Array(text.utf8), file: "g.gexf")
    #expect(graph.isNetwork)
    #expect(graph.edges.map(\.directed) == [nil, false])
    let loaded = ImportMapper.network(from: graph)
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
    let n = loaded.network
    #expect(n.entities.map(\.kind) == [.country, .country])
    #expect(n.relations.map(\.kind) == ["sanctions", "negotiates"])
    #expect(n.relations[0].start == PartialDate("2025-01-15"))
    #expect(n.relations[0].end == PartialDate("2025-03-01"))
    #expect(n.relations[1].strength == 0.4)
  }

  @Test("Gephi and Kumu sheets: From/To, a relation Type, nodes keyed by Label")
  func kumuSheets() throws {
    let folder = try interopFolder()
    try "Label,Type,Description\nAlice,Person,\"Leads, a lot\"\nBob,person,\n".write(
      toFile: folder + "/k.nodes.csv", atomically: true, encoding: .utf8)
    try "From,To,Type,Direction\nAlice,Bob,advises,directed\nBob,Alice,meets,mutual\n".write(
      toFile: folder + "/k.edges.csv", atomically: true, encoding: .utf8)
    let loaded = try InteropReader.load(path: folder + "/k.edges.csv")
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
    let n = loaded.network
    #expect(n.entities.map(\.id) == ["Alice", "Bob"])
    #expect(n.entities.map(\.kind) == [.person, .person])
    // Description is the note, as Kumu users mean it.
    #expect(n.entities[0].note == "Leads, a lot")
    #expect(n.entities[0].attributes.isEmpty)
    #expect(n.relations.map(\.kind) == ["advises", "meets"])
    #expect(n.relations[0].citations.first?.quote == "Alice,Bob,advises,directed")
  }

  @Test("a Gephi edges table alone: semicolons, quoted cells, Type as direction")
  func gephiEdgesAlone() throws {
    let folder = try interopFolder()
    try "Source;Target;Type;Weight\na;b;Undirected;0,5\n\"c;d\";a;Undirected;2\n".write(
      toFile: folder + "/edges.csv", atomically: true, encoding: .utf8)
    let graph = try CSVSheets.read(path: folder + "/edges.csv")
    #expect(graph.nodes.map(\.id) == ["a", "b", "c;d"])
    #expect(!graph.directed)
    #expect(!graph.isNetwork)
  }

  @Test("node-link JSON in d3's style: links by node position, names as ids")
  func d3Links() throws {
    let text = """
      {"nodes": [{"name": "Myriel", "group": 1}, {"name": "Napoleon", "group": 1}],
       "links": [{"source": 1, "target": 0, "value": 1}]}
      """
    let graph = try NodeLinkReader.read(bytes: Array(text.utf8), file: "miserables.json")
    #expect(graph.nodes.map(\.id) == ["Myriel", "Napoleon"])
    #expect(graph.edges.map { [$0.source, $0.target] } == [["Napoleon", "Myriel"]])
    let loaded = ImportMapper.network(from: graph)
    #expect(loaded.network.relations.first?.citations.first?.quote == #"{"source": 1, "target": 0, "value": 1}"#)
    #expect(loaded.diagnostics.contains { $0.message.contains("'value'") && $0.severity == .warning })
  }

  @Test("node-link JSON on one long line: values keep their columns, edges their text")
  func oneLongLine() throws {
    let edges = (0..<400).map { #"{"source": "n\#($0)", "target": "n\#($0 + 1)", "weight": 0.5}"# }
    let nodes = (0...400).map { #"{"id": "n\#($0)", "label": "ノード\#($0)"}"# }
    let text =
      #"{"directed": true, "nodes": ["# + nodes.joined(separator: ", ") + #"], "edges": ["#
      + edges.joined(separator: ", ") + "]}"
    #expect(!text.contains("\n") && text.utf8.count > 4096)
    let graph = try NodeLinkReader.read(bytes: Array(text.utf8), file: "line.json")
    let last = try #require(graph.edges.last)
    #expect(last.text == edges[399])
    let position = try #require(interopPosition(of: edges[399], in: text))
    #expect(last.location.line == 1 && last.location.column == position.column)
    let broken = text.replacingOccurrences(of: #"{"source": "n399", "#, with: "{")
    interopExpectError(interopReadError(broken, .json), ["without 'source'"], at: #"{"target": "n400""#, in: broken)
  }

  @Test("format detection by extension and, for JSON and XML, by content")
  func detection() throws {
    let folder = try interopFolder()
    let files = [
      ("a.json", #"{"directed": true, "nodes": [], "edges": []}"#),
      ("b.json", #"{"clout": 1, "entities": []}"#),
      ("c.json", #"{"data": {}, "elements": {"nodes": []}}"#),
      ("d.xml", "<?xml version=\"1.0\"?><gexf/>"),
      ("e.nodes.csv", "Id\n"),
      ("f.csv", "a,b\n"),
    ]
    for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
    let found = files.map { InteropFormat.detect(path: folder + "/" + $0.0) }
    #expect(found == [.json, nil, .cytoscape, .gexf, .csv, nil])
    #expect(InteropFormat(fileName: "x.GraphML") == .graphml)
    #expect(InteropFormat(fileName: "x.gv") == .dot)
  }
}
