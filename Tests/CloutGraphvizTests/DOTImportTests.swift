import Testing

@testable import CloutGraphviz

@Suite struct DOTImportTests {
  let graphviz = Graphviz.shared

  @Test func readsNodesEdgesKeysDefaultsAndClusters() throws {
    let dot = """
      digraph G {
        label="Title";
        node [shape=box];
        subgraph cluster_a { label="A"; node [kind=agency]; x; y }
        x -> y [key=k1, color=red];
        x -> y [key=k2];
        z -> x;
        { rank=same; z; w }
      }
      """
    let graph = try graphviz.parse(dot: dot).graph
    #expect(graph.name == "G")
    #expect(graph.isDirected)
    #expect(graph.attributes["label"] == "Title")
    #expect(graph.nodeDefaults == ["shape": "box"])
    #expect(graph.nodes.map(\.id) == ["x", "y", "z", "w"])
    #expect(graph.nodes[0].attributes == ["kind": "agency"])
    #expect(graph.nodes[2].attributes.isEmpty)
    #expect(graph.edges.map(\.key) == ["k1", "k2", nil])
    #expect(graph.edges[0].attributes == ["color": "red"])
    #expect(graph.edges[2].tail == "z")
    let cluster = try #require(graph.subgraphs.first { $0.isCluster })
    #expect(cluster.name == "cluster_a")
    #expect(cluster.attributes["label"] == "A")
    #expect(cluster.nodes == ["x", "y"])
    let anonymous = try #require(graph.subgraphs.first { $0.name == nil })
    #expect(anonymous.attributes["rank"] == "same")
    #expect(graph.shape.nodeCount == 4)
  }

  @Test func htmlLabelsStayHTML() throws {
    let graph = try graphviz.parse(dot: "digraph { a [label=<<b>bold</b>>]; b [label=\"<b>\"] }").graph
    #expect(graph.nodes[0].attributes["label"] == .html("<b>bold</b>"))
    #expect(graph.nodes[1].attributes["label"] == .text("<b>"))
  }

  @Test func writerOutputReadsBackToTheSameGraph() throws {
    let original = DOTGraph(
      name: "round trip", isDirected: true, attributes: ["rankdir": "LR", "label": "Top"],
      nodeDefaults: ["fontname": "Noto Sans CJK JP"], edgeDefaults: ["color": "gray"],
      nodes: [
        DOTNode(id: "node", attributes: ["label": "say \"hi\"", "kind": "person"]),
        DOTNode(id: "a b", attributes: ["label": .html("<b>x</b> &amp; y")]),
        DOTNode(id: "商務省", attributes: ["label": "line\\nbreak \\N"]),
        DOTNode(id: "back\\slash", attributes: ["tooltip": "ends with \\\\"]),
      ],
      edges: [
        DOTEdge(tail: "node", head: "a b", key: "r1", attributes: ["label": "one"]),
        DOTEdge(tail: "node", head: "a b", key: "r2"),
        DOTEdge(tail: "a b", head: "商務省"),
      ],
      subgraphs: [DOTSubgraph(name: "cluster_x", attributes: ["label": "X"], nodes: ["a b", "商務省"])])
    let text = DOTWriter.write(original)
    let read = try graphviz.parse(dot: text).graph
    #expect(read == original, "\(text)")
    #expect(DOTWriter.write(read) == text)
  }

  @Test(arguments: [
    "plain", "with space", "quote\"inside", "trailing\\", "odd\\\"mix", "new\nline", "\\N", "--", "graph", "Strict",
    "1.5", "-3", "タグ", "tab\there", "back\\\\", "",
  ])
  func idsSurviveTheScanner(_ value: String) throws {
    let graph = DOTGraph(nodes: [DOTNode(id: "n", attributes: ["note": .text(value)])])
    let read = try graphviz.parse(dot: DOTWriter.write(graph)).graph
    let got = read.nodes.first?.attributes["note"]?.string ?? ""
    // An odd run of backslashes before a quote, newline or the end gains one backslash (see
    // DOTEscaping.id); everything else comes back unchanged.
    let expected = value == "trailing\\" ? "trailing\\\\" : value == "odd\\\"mix" ? "odd\\\\\"mix" : value
    #expect(got == expected)
    let named = try graphviz.parse(dot: DOTWriter.write(DOTGraph(nodes: [DOTNode(id: value.isEmpty ? "e" : value)])))
    if !value.hasSuffix("\\"), !value.contains("\\\"") {
      #expect(named.graph.nodes.map(\.id) == [value.isEmpty ? "e" : value])
    }
  }

  @Test func escStringHelpersRoundTripDisplayText() {
    for text in ["a\\b", "two\nlines", "\\N literal", "tab", "x\\"] {
      #expect(DOTEscaping.displayText(ofEscString: DOTEscaping.escString(text)) == text)
    }
    #expect(DOTEscaping.displayText(ofEscString: "\\N!", objectName: "node1") == "node1!")
    #expect(DOTEscaping.html("<a & 'b'>\n\"c\"") == "&lt;a &amp; &#39;b&#39;&gt;<BR/>&quot;c&quot;")
  }
}
