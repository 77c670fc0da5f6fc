import Clout
import Testing

@testable import CloutGraphviz

@Suite struct DiagramBuilderTests {
  let network = SampleNetwork.make()

  func render(_ options: DiagramOptions = DiagramOptions(), formats: [GraphvizFormat] = [.svg]) throws
    -> (graph: DOTGraph, rendering: GraphvizRendering, svg: SVGInspector)
  {
    let graph = try DiagramBuilder(options: options).graph(for: network)
    let rendering = try Graphviz.shared.render(graph, formats: formats)
    let bytes = try #require(rendering.bytes(.svg))
    let svg = try SVGInspector.parse(bytes)
    return (graph, rendering, svg)
  }

  @Test func svgHoldsEveryEntityAndRelationByID() throws {
    let (_, rendering, svg) = try render()
    #expect(svg.ids.isSuperset(of: network.entities.map(\.id)))
    #expect(svg.ids.isSuperset(of: ["r1+r2", "r3", "r4", "r5", "r6", "r7", "r8"]))
    #expect(svg.ids.contains(DiagramBuilder.legendID))
    #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
  }

  @Test func parallelRelationsMergeIntoOneEdge() throws {
    let graph = try DiagramBuilder().graph(for: network)
    let merged = graph.edges.filter { $0.tail == "nvidia" && $0.head == "us-commerce" }
    #expect(merged.map(\.key) == ["r1+r2"])
    // 0.9 and the default 0.5 of lobbies combine to 1 − 0.1 · 0.5 = 0.95.
    let width = DiagramStyle.standard.penWidth(forStrength: 0.95)
    #expect(merged.first?.attributes["penwidth"] == .text(DiagramBuilder.number(width)))
    #expect(merged.first?.attributes["relations"] == "r1,r2")
    #expect(merged.first?.attributes["tooltip"]?.string.contains("二度目の働きかけ") == true)
    var options = DiagramOptions()
    options.mergesParallel = false
    let separate = try DiagramBuilder(options: options).graph(for: network)
    let parallel = separate.edges.filter { $0.tail == "nvidia" && $0.head == "us-commerce" }
    #expect(parallel.map(\.key) == ["r1", "r2"])
    #expect(parallel[1].attributes["xlabel"] == "lobbies (ended)")
  }

  @Test func tooltipsCarryTheEvidenceAndLinksTheSource() throws {
    let (_, _, svg) = try render()
    let r1 = try #require(svg.linkTitles.first { $0.hasPrefix("lobbies: Nvidia → Commerce Department") })
    #expect(r1.contains("2025-06"))
    #expect(r1.contains("active"))
    #expect(r1.contains("“lobbied \"hard\" \\ on <H20>”"))
    #expect(r1.contains("Article \"one\" <A&B>"))
    #expect(svg.links.contains("https://example.org/a?x=1&y=2"))
    let r3 = try #require(svg.linkTitles.first { $0.hasPrefix("restricts:") })
    #expect(r3.contains("paused"))
    #expect(r3.contains("0.8"))
    let r6 = try #require(svg.linkTitles.first { $0.hasPrefix("sanctions:") })
    #expect(r6.contains("line one\nline two"))
  }

  @Test func awkwardNamesAreShownAsWritten() throws {
    let (_, _, svg) = try render()
    #expect(svg.texts.contains(SampleNetwork.awkwardName))
  }

  @Test func legendListsExactlyWhatIsDrawn() throws {
    let merged = try DiagramBuilder().graph(for: network)
    let lines = try #require(merged.nodes.first { $0.id == DiagramBuilder.legendID }?.attributes["label"]).string
    for word in ["cooperative", "hostile", "neutral", "combined strength", "Allies", "Other"] {
      #expect(lines.contains(word), "\(word)")
    }
    #expect(!lines.contains("hostile and cooperative"))
    var separate = DiagramOptions()
    separate.mergesParallel = false
    let graph = try DiagramBuilder(options: separate).graph(for: network)
    let legend = try #require(graph.nodes.first { $0.id == DiagramBuilder.legendID }?.attributes["label"])
    #expect(legend.isHTML)
    let text = legend.string
    for word in ["United States", "China", "Allies"] { #expect(text.contains(word), "\(word)") }
    // Entity kinds are drawn, not named: one sample node per kind drawn, in the kind's shape.
    let samples = graph.nodes.filter { $0.attributes["clout"] == "legend" && $0.id != DiagramBuilder.legendID }
    #expect(
      Set(samples.map { $0.attributes["label"]?.string ?? "" })
        == ["country", "agency", "company", "person", "organization"])
    #expect(samples.first { $0.attributes["label"] == "country" }?.attributes["shape"] == "hexagon")
    #expect(!text.contains(">country<") && !text.contains("hexagon"))
    // Kinds sharing a colour are grouped under their polarity; mutual and reverse kinds get their
    // own arrowheads.
    for kind in ["lobbies", "restricts", "negotiates", "leads", "sanctions", "allied with", "supports"] {
      #expect(text.contains(kind), "\(kind)")
    }
    #expect(text.contains("hostile: ") && text.contains("cooperative: ") && text.contains("cooperative (mutual): "))
    #expect(!text.contains("Third countries"))
    #expect(!text.contains("reports to"))
    #expect(text.contains("paused") && text.contains("ended") && text.contains("alleged"))
    #expect(text.contains("· · · · · ·"), "a visible black sample for dotted (alleged) lines")
    #expect(!text.contains("announced"))

    var options = DiagramOptions()
    options.filter = RelationFilter(kinds: ["lobbies"])
    let filtered = try DiagramBuilder(options: options).graph(for: network)
    #expect(
      Set(filtered.nodes.map(\.id)) == [
        "nvidia", "us-commerce", DiagramBuilder.legendID, DiagramBuilder.legendID + "-company",
        DiagramBuilder.legendID + "-agency",
      ])
    let small = try #require(filtered.nodes.first { $0.id == DiagramBuilder.legendID }?.attributes["label"]).string
    #expect(small.contains("lobbies"))
    #expect(!small.contains("restricts") && !small.contains("hostile"))
    #expect(!small.contains("China"))
  }

  @Test func japaneseLabelsRenderInSVGAndPNGAndFallBackToEnglish() throws {
    let (graph, rendering, svg) = try render(DiagramOptions(language: "ja"), formats: [.svg, .png, .pdf])
    #expect(svg.texts.contains("商務省"))
    #expect(svg.texts.contains("エヌビディア"))
    #expect(svg.texts.contains("Jensen Huang"), "no Japanese name: English fallback")
    #expect(svg.texts.contains { $0.hasPrefix("働きかけ") })
    #expect(graph.attributes["fontname"] == "Noto Sans CJK JP")
    let png = try #require(rendering.bytes(.png))
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try #require(rendering.bytes(.pdf))
    #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    let embedded = String(decoding: pdf, as: UTF8.self)
    #expect(embedded.contains("NotoSansCJKjp"), "the PDF embeds the CJK font, so Japanese is not drawn as boxes")
  }

  @Test func focusKeepsTheEgoNetwork() throws {
    var options = DiagramOptions(focus: "us-commerce", depth: 1)
    options.showsLegend = false
    let graph = try DiagramBuilder(options: options).graph(for: network)
    #expect(Set(graph.nodes.map(\.id)) == ["us-commerce", "nvidia", "china"])
    #expect(Set(graph.edges.compactMap(\.key)) == ["r1+r2", "r3"])
    #expect(graph.nodes.first { $0.id == "us-commerce" }?.attributes["peripheries"] == "2")
    options.depth = 2
    let wider = try DiagramBuilder(options: options).graph(for: network)
    #expect(Set(wider.nodes.map(\.id)).isSuperset(of: ["jensen-huang", "mofcom", "united-states", "odd"]))
    #expect(throws: DiagramError.self) {
      try DiagramBuilder(options: DiagramOptions(focus: "nobody")).graph(for: network)
    }
  }

  @Test func pathIsEmphasisedAndTheRestDimmed() throws {
    let graph = try DiagramBuilder(options: DiagramOptions(path: ["jensen-huang", "nvidia", "us-commerce"]))
      .graph(for: network)
    let edge = { (key: String) in graph.edges.first { $0.key == key } }
    // The chain keeps its polarity colour and is thicker than the same relations undrawn as a chain.
    let plain = try DiagramBuilder().graph(for: network)
    for key in ["r5", "r1+r2"] {
      let before = try #require(plain.edges.first { $0.key == key })
      #expect(edge(key)?.attributes["color"] == before.attributes["color"], "\(key)")
      #expect(edge(key)?.attributes["color"] != .text(DiagramPalette.black))
      #expect(
        Double(edge(key)?.attributes["penwidth"]?.string ?? "") ?? 0
          > Double(before.attributes["penwidth"]?.string ?? "") ?? 0)
    }
    let legend = try #require(graph.nodes.first { $0.id == DiagramBuilder.legendID }?.attributes["label"]).string
    #expect(legend.contains("highlighted chain: Jensen Huang → "), "\(legend)")
    #expect(edge("r3")?.attributes["color"]?.string.count == 9, "dimmed colours carry an alpha")
    #expect(graph.nodes.first { $0.id == "nvidia" }?.attributes["penwidth"] == "3")
    #expect {
      try DiagramBuilder(options: DiagramOptions(path: ["japan", "mofcom"])).graph(for: network)
    } throws: { error in
      (error as? DiagramError)?.message.contains("no drawn relation") ?? false
    }
  }

  @Test func nodeSizeFollowsTheValue() throws {
    let graph = try DiagramBuilder(options: DiagramOptions(nodeSize: ["china": 10, "nvidia": 2, "japan": .nan]))
      .graph(for: network)
    let width = { (id: String) in graph.nodes.first { $0.id == id }?.attributes["width"]?.string }
    #expect(width("china") == "2.5")
    #expect(width("nvidia") == "0.9")
    #expect(width("japan") == nil)
    #expect(width("mofcom") == nil)
    var options = DiagramOptions(nodeSize: ["china": 10, "nvidia": 2])
    options.nodeSizeMeaning = "pagerank"
    let sized = try DiagramBuilder(options: options).graph(for: network)
    let legend = try #require(sized.nodes.first { $0.id == DiagramBuilder.legendID }?.attributes["label"]).string
    #expect(legend.contains("node size = pagerank"))
    #expect(
      !(try #require(graph.nodes.first { $0.id == DiagramBuilder.legendID }?.attributes["label"]).string)
        .contains("node size"))
  }

  @Test(arguments: [
    (DiagramOptions.Clustering.affiliation, ["cluster_united-states", "cluster_china"]),
    (.group, ["cluster_united-states", "cluster_china", "cluster_allies", "cluster_clout-other"]),
    (.kind, ["cluster_country", "cluster_agency", "cluster_company", "cluster_person", "cluster_organization"]),
    (.communities(["nvidia": 1, "us-commerce": 1, "china": 2]), ["cluster_community-2", "cluster_community-1"]),
  ])
  func clustersGroupEntities(_ mode: DiagramOptions.Clustering, _ names: [String]) throws {
    var options = DiagramOptions()
    options.clustering = mode
    let (graph, _, svg) = try render(options)
    #expect(graph.subgraphs.compactMap(\.name) == names)
    #expect(graph.edges.allSatisfy { $0.attributes["label"] == nil && $0.attributes["xlabel"] != nil })
    for subgraph in graph.subgraphs {
      #expect(subgraph.attributes["label"] != nil, "clusters must not inherit the root label")
      #expect(svg.ids.contains(subgraph.attributes["id"]?.string ?? "?"))
    }
  }

  @Test func asOfDateAndTopicFiltersApply() throws {
    var options = DiagramOptions()
    options.filter = RelationFilter(asOf: PartialDate("2023"))
    let early = try DiagramBuilder(options: options).graph(for: network)
    #expect(Set(early.edges.compactMap(\.key)) == ["r3", "r5", "r7", "r8"])
    options.filter = RelationFilter(topics: ["rare-earths"])
    let topical = try DiagramBuilder(options: options).graph(for: network)
    #expect(topical.edges.compactMap(\.key) == ["r2"])
  }

  @Test func everyLayoutRendersTheDiagram() throws {
    var options = DiagramOptions(clustering: .group)
    options.mergesParallel = false
    let graph = try DiagramBuilder(options: options).graph(for: network)
    for layout in GraphvizLayout.allCases {
      let rendering = try Graphviz.shared.render(graph, options: GraphvizRenderOptions(layout: layout), formats: [.svg])
      let bytes = try #require(rendering.bytes(.svg))
      let svg = try SVGInspector.parse(bytes)
      #expect(svg.ids.isSuperset(of: network.relations.map(\.id)), "\(layout)")
    }
  }

  @Test func declaredRelationKindNamesComeFirst() {
    var words = DiagramVocabulary(language: "ja")
    #expect(words.relationKind("targets") == "targets")
    words.declaredKindNames = ["targets": ["ja": "標的化"], "lobbies": ["ja": "ロビー活動"]]
    #expect(words.relationKind("targets") == "標的化")
    #expect(words.relationKind("lobbies") == "ロビー活動")
    #expect(DiagramVocabulary(language: "en").relationKind("strikes-deal-with") == "strikes deal with")
  }
}
