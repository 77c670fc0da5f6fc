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

  @Test func blocFollowsAffiliationUpToACountry() throws {
    func bloc(_ id: String) throws -> String {
      style.blocs.bloc(of: try #require(network.entity(id)), in: network).id
    }
    #expect(try bloc("jensen-huang") == "united-states")
    #expect(try bloc("us-commerce") == "united-states")
    #expect(try bloc("mofcom") == "china")
    #expect(try bloc("japan") == "allies")
    #expect(try bloc("odd") == "unaffiliated")
    var other = network
    other.add(Entity(id: "malaysia", kind: .country, name: "Malaysia"))
    let malaysia = try #require(other.entity("malaysia"))
    #expect(style.blocs.bloc(of: malaysia, in: other).id == "third-countries")
  }

  @Test func blocResolutionStopsOnCycles() throws {
    var cyclic = Network()
    cyclic.add(Entity(id: "a", kind: .agency, name: "A", affiliation: "b"))
    cyclic.add(Entity(id: "b", kind: .agency, name: "B", affiliation: "a"))
    let a = try #require(cyclic.entity("a"))
    #expect(style.blocs.bloc(of: a, in: cyclic) == .unaffiliated)
    #expect(BlocMap.root(of: a, in: cyclic).id == "b")
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
