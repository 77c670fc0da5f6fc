import Clout
import Testing

@testable import CloutGraphviz

/// Styling comes from the data: a network with no declared groups and no US–China actors is drawn
/// with its own groups, and nothing of the seed network shows.
@Suite struct GroupsFromDataTests {
  /// A small European network: two countries with agencies and officials, and a third with one
  /// agency only.
  static func european() -> Network {
    var network = Network(title: "European energy cooperation")
    let entities: [Entity] = [
      Entity(id: "france", kind: .country, name: "France"),
      Entity(id: "germany", kind: .country, name: "Germany"),
      Entity(id: "norway", kind: .country, name: "Norway"),
      Entity(id: "elysee", kind: .agency, name: "Élysée Palace", affiliation: "france"),
      Entity(id: "macron", kind: .person, name: "Emmanuel Macron", affiliation: "elysee"),
      Entity(id: "bmwk", kind: .agency, name: "Federal Ministry for Economic Affairs", affiliation: "germany"),
      Entity(id: "habeck", kind: .person, name: "Robert Habeck", affiliation: "bmwk"),
      Entity(id: "equinor", kind: .company, name: "Equinor", affiliation: "norway"),
      Entity(id: "eu-commission", kind: .organization, name: "European Commission"),
    ]
    for e in entities { network.add(e) }
    let relations: [Relation] = [
      Relation(id: "e1", from: "macron", to: "habeck", kind: "negotiates"),
      Relation(id: "e2", from: "bmwk", to: "equinor", kind: "invests-in"),
      Relation(id: "e3", from: "eu-commission", to: "bmwk", kind: "regulates"),
      Relation(id: "e4", from: "elysee", to: "eu-commission", kind: "lobbies"),
      Relation(id: "e5", from: "habeck", to: "equinor", kind: "negotiates"),
    ]
    for r in relations { network.add(r) }
    return network
  }

  @Test func undeclaredGroupsComeFromAffiliationTops() throws {
    let network = Self.european()
    let grouping = DiagramGrouping(network: network)
    #expect(grouping.drawn.map(\.label) == ["France", "Germany", "Norway", "Other"])
    #expect(grouping.groupOf["habeck"]?.id == "germany")
    #expect(grouping.groupOf["eu-commission"]?.label == "Other")
    #expect(Set(grouping.drawn.map(\.border)).count == 4, "each group has its own colour")
  }

  @Test func europeanDiagramShowsNoTraceOfTheSeed() throws {
    let network = Self.european()
    let graph = try DiagramBuilder().graph(for: network)
    let dot = DOTWriter.write(graph)
    let legend = try #require(graph.nodes.first { $0.id == DiagramBuilder.legendID }?.attributes["label"]).string
    for group in ["France", "Germany", "Norway"] { #expect(legend.contains(group), "\(group)") }
    for seed in ["United States", "China", "US allies", "Third countries", "米国", "中国", "No country"] {
      #expect(!dot.contains(seed), "\(seed)")
    }
    let rendering = try Graphviz.shared.render(graph, formats: [.svg])
    let svg = try #require(rendering.text(.svg))
    for seed in ["United States", "US allies", "Third countries"] { #expect(!svg.contains(seed), "\(seed)") }
  }

  @Test func declaredGroupsWinAndNameExactlyWhatIsDrawn() throws {
    var network = Self.european()
    network.groups = [
      EntityGroup(id: "eu", name: "EU members", names: ["fr": "Membres de l'UE"], members: ["france", "germany"]),
      EntityGroup(id: "efta", name: "EFTA", members: ["norway"], color: "#56B4E9"),
      EntityGroup(id: "unused", name: "Nobody drawn", members: []),
    ]
    let grouping = DiagramGrouping(network: network, language: "fr")
    #expect(grouping.groupOf["habeck"]?.label == "Membres de l'UE")
    #expect(grouping.groupOf["equinor"]?.border == "#56B4E9")
    #expect(grouping.drawn.map(\.id) == ["eu", "efta", "clout-other"])
    #expect(!NetworkValidator.validate(network).contains { $0.message.contains("group") })
    network.groups.append(EntityGroup(id: "bad", name: "Bad", members: ["atlantis", "france"], color: "blue"))
    let problems = NetworkValidator.validate(network).map(\.message)
    #expect(problems.contains { $0.contains("unknown entity 'atlantis'") })
    #expect(problems.contains { $0.contains("listed in group 'eu' and in group 'bad'") })
    #expect(problems.contains { $0.contains("colour 'blue'") })
  }
}
