import Clout
import Testing

@testable import CloutGraphviz

@Suite struct DiagramStyleTests {
  let style = DiagramStyle.standard
  let network = SampleNetwork.make()

  @Test func entityKindsHaveDistinctShapes() {
    let shapes = EntityKind.builtIn.map { style.shape(for: $0) }
    #expect(Set(shapes).count == EntityKind.builtIn.count)
    #expect(style.shape(for: .person).name == "ellipse")
    #expect(style.shape(for: .company).rounded)
    #expect(style.shape(for: "ngo") == style.defaultShape)
  }

  @Test func groupFollowsAffiliationUpToAMember() throws {
    let grouping = DiagramGrouping(network: network)
    func group(_ id: String) -> String? { grouping.groupOf[id]?.id }
    #expect(group("jensen-huang") == "united-states")
    #expect(group("us-commerce") == "united-states")
    #expect(group("mofcom") == "china")
    #expect(group("japan") == "allies")
    #expect(group("odd") == "clout-other")
    #expect(grouping.groupOf["united-states"]?.border == "#0072B2")
    #expect(
      grouping.groupOf["china"]?.border == DiagramPalette.groupColors[0], "undeclared colours come from the palette")
    #expect(grouping.drawn.map(\.id) == ["united-states", "china", "allies", "clout-other"])
    #expect(DiagramGrouping(network: network, language: "ja").groupOf["japan"]?.label == "同盟国")
  }

  @Test func withoutDeclaredGroupsAffiliationTopsGroup() throws {
    var plain = network
    plain.groups = []
    let grouping = DiagramGrouping(network: plain)
    #expect(grouping.groupOf["jensen-huang"]?.id == "united-states")
    #expect(grouping.groupOf["mofcom"]?.id == "china")
    #expect(grouping.groupOf["japan"]?.id == "clout-other", "a top heading nobody else is not a group")
    #expect(grouping.drawn.map(\.label) == ["United States", "China", "Other"])
  }

  @Test func affiliationChainsStopOnCycles() throws {
    var cyclic = Network()
    cyclic.add(Entity(id: "a", kind: .agency, name: "A", affiliation: "b"))
    cyclic.add(Entity(id: "b", kind: .agency, name: "B", affiliation: "a"))
    #expect(cyclic.affiliationChain(of: "a").map(\.id) == ["a", "b"])
    #expect(cyclic.affiliationRoot(of: "a")?.id == "b")
    #expect(cyclic.group(of: "a") == nil)
  }

  @Test func polarityGivesColourAndArrow() throws {
    let kinds = RelationKindRegistry()
    let hostile = style.appearance(
      of: Relation(id: "x", from: "a", to: "b", kind: "sanctions"), kind: kinds["sanctions"])
    #expect(hostile.color == DiagramPalette.vermillion)
    #expect(hostile.arrowhead == "tee")
    let friendly = style.appearance(
      of: Relation(id: "x", from: "a", to: "b", kind: "supports"), kind: kinds["supports"])
    #expect(friendly.color == DiagramPalette.blue)
    #expect(friendly.arrowhead == "normal")
    let mutual = style.appearance(
      of: Relation(id: "x", from: "a", to: "b", kind: "negotiates"), kind: kinds["negotiates"])
    #expect(mutual.direction == "both")
    #expect(mutual.color == DiagramPalette.grey)
    let reverse = style.appearance(
      of: Relation(id: "x", from: "a", to: "b", kind: "member-of"), kind: kinds["member-of"])
    #expect(reverse.arrowhead == "onormal")
    let symmetricNone = style.appearance(
      of: Relation(id: "x", from: "a", to: "b", kind: "competes-with"), kind: kinds["competes-with"])
    #expect(symmetricNone.direction == "none")
  }

  @Test func strengthAndStatusShapeTheLine() {
    #expect(style.penWidth(forStrength: 0) == style.minPenWidth)
    #expect(style.penWidth(forStrength: 1) == style.maxPenWidth)
    #expect(style.penWidth(forStrength: 7) == style.maxPenWidth)
    #expect(style.penWidth(forStrength: .nan) == style.minPenWidth)
    #expect(DiagramStyle.lineStyle(for: .ended) == "dashed")
    #expect(DiagramStyle.lineStyle(for: .paused) == "dashed")
    #expect(DiagramStyle.lineStyle(for: .alleged) == "dotted")
    #expect(DiagramStyle.lineStyle(for: .active) == "solid")
    let strong = style.appearance(
      of: Relation(id: "x", from: "a", to: "b", kind: "lobbies", strength: 0.9), kind: RelationKindRegistry()["lobbies"]
    )
    let weak = style.appearance(
      of: Relation(id: "x", from: "a", to: "b", kind: "lobbies", strength: 0.1), kind: RelationKindRegistry()["lobbies"]
    )
    #expect(strong.penwidth > weak.penwidth)
  }

  @Test func vocabularyFallsBackToEnglish() {
    let ja = DiagramVocabulary(language: "ja")
    #expect(ja.relationKind("sanctions") == "制裁")
    #expect(ja.relationKind("custom-kind") == "custom kind")
    #expect(DiagramVocabulary(language: "fr").statusName(.paused) == "paused")
    #expect(DiagramPalette.withAlpha("#D55E00", 0x55) == "#D55E0055")
  }
}
