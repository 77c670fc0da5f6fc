import Clout
import CloutIO
import Foundation
import Testing

/// The count limits of `InteropLimits` apply while an exchange file is read: the first node or
/// edge beyond a bound is an error at its own line, and what follows it is never read (each file
/// below ends in a fault that a reader checking the counts afterwards would report instead).
@Suite("Interop count limits: a file with too many nodes or edges stops at the first one beyond")
struct InteropCountLimitTests {
  static let limits = InteropLimits(maxNodes: 3, maxEdges: 2)

  @Test("GraphML: the fourth node of three allowed, at its line")
  func graphMLNodes() {
    let nodes = (1...6).map { "<node id=\"n\($0)\"/>\n" }.joined()
    let text = InteropErrorTests.head + "<graph edgedefault=\"directed\">\n" + nodes + "<edge source=\"n1"
    interopExpectError(
      interopReadError(text, .graphml, limits: Self.limits), ["more than the 3 nodes allowed"],
      at: "<node id=\"n4\"", in: text)
  }

  @Test("GraphML: the third edge of two allowed, also with a namespace prefix")
  func graphMLEdges() {
    let edges = (1...4).map { "<g:edge source=\"a\" target=\"b\" id=\"e\($0)\"/>\n" }.joined()
    let text =
      "<g:graphml xmlns:g=\"http://graphml.graphdrawing.org/xmlns\">\n<g:graph edgedefault=\"directed\">\n"
      + "<g:node id=\"a\"/><g:node id=\"b\"/>\n" + edges + "<unclosed"
    interopExpectError(
      interopReadError(text, .graphml, limits: Self.limits), ["more than the 2 edges allowed"],
      at: "<g:edge source=\"a\" target=\"b\" id=\"e3\"", in: text)
  }

  @Test("GEXF: the third edge of two allowed, at its line")
  func gexfEdges() {
    let edges = (1...5).map { "<edge id=\"\($0)\" source=\"a\" target=\"b\"/>\n" }.joined()
    let text =
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n<graph defaultedgetype=\"directed\">\n"
      + "<nodes><node id=\"a\"/><node id=\"b\"/></nodes>\n<edges>\n" + edges + "</edges></graph>"
    interopExpectError(
      interopReadError(text, .gexf, limits: Self.limits), ["more than the 2 edges allowed"],
      at: "<edge id=\"3\"", in: text)
  }

  @Test("node-link JSON: the fourth node and the third link, at their place")
  func nodeLink() {
    let nodes = (1...5).map { "  {\"id\": \"n\($0)\"}" }.joined(separator: ",\n")
    let text = "{\"directed\": true,\n\"nodes\": [\n" + nodes + "\n], \"links\": [{\"source\": "
    interopExpectError(
      interopReadError(text, .json, limits: Self.limits), ["more than the 3 nodes allowed"],
      at: "{\"id\": \"n4\"}", in: text)
    let links = (1...4).map { _ in "{\"source\": \"a\", \"target\": \"b\"}" }.joined(separator: ",\n")
    let linked = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"links\": [\n" + links + ",\n"
    interopExpectError(
      interopReadError(linked, .json, limits: Self.limits), ["more than the 2 edges allowed"], line: 5, column: 1)
  }

  @Test("Cytoscape JSON: the third edge of two allowed, in elements.edges")
  func cytoscape() {
    let edges = (1...4).map { _ in "{\"data\": {\"source\": \"a\", \"target\": \"b\"}}" }.joined(separator: ",\n")
    let text =
      "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}, {\"data\": {\"id\": \"b\"}}],\n"
      + "\"edges\": [\n" + edges + "\n]}, \"data\": "
    interopExpectError(
      interopReadError(text, .cytoscape, limits: Self.limits), ["more than the 2 edges allowed"], line: 5, column: 1)
  }

  /// The error reading CSV sheets held in memory.
  static func sheetsError(nodes: String?, edges: String) -> InputError? {
    do {
      _ = try CSVSheets.read(nodes: nodes.map { Array($0.utf8) }, edges: Array(edges.utf8), limits: limits)
      Issue.record("expected an input error, but the sheets were read")
    } catch {
      return error
    }
    return nil
  }

  @Test("CSV sheets: the fourth node row and the third edge row, each at its line in its file")
  func csvSheets() {
    let nodes = "id,label\n" + (1...5).map { "n\($0),N\($0)\n" }.joined() + "\"open"
    let fewNodes = "id,label\nn1,N1\nn2,N2\n"
    let edges = "source,target\n" + (1...4).map { _ in "n1,n2\n" }.joined() + "\"open"
    let fewEdges = "source,target\nn1,n2\n"
    let nodeError = Self.sheetsError(nodes: nodes, edges: fewEdges)
    interopExpectError(nodeError, ["more than the 3 nodes allowed"], line: 5, column: 1)
    #expect(nodeError?.diagnostics.first?.location?.file == "nodes.csv")
    let edgeError = Self.sheetsError(nodes: fewNodes, edges: edges)
    interopExpectError(edgeError, ["more than the 2 edges allowed"], line: 4, column: 1)
    #expect(edgeError?.diagnostics.first?.location?.file == "edges.csv")
  }

  @Test("files within the limits are read")
  func withinLimits() throws {
    let nodes = "id,label\nn1,N1\nn2,N2\nn3,N3\n"
    let edges = "source,target\nn1,n2\nn2,n3\n"
    let graph = try CSVSheets.read(nodes: Array(nodes.utf8), edges: Array(edges.utf8), limits: Self.limits)
    #expect(graph.nodes.count == 3 && graph.edges.count == 2)
  }
}
