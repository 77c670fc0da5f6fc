import Clout
import Testing

@testable import CloutGraphviz

@Suite struct DOTNetworkImporterTests {
  @Test func diagramDOTReadsBackWithKindsStatusesAndDates() throws {
    let network = SampleNetwork.make()
    var options = DiagramOptions(language: "ja", clustering: .group)
    options.mergesParallel = false
    let dot = try DiagramBuilder(options: options).dot(for: network)
    let back = try DOTNetworkImporter().network(fromDOT: dot)
    #expect(back.entities.map(\.id) == network.entities.map(\.id), "the legend is not an entity")
    for entity in network.entities {
      let read = try #require(back.entity(entity.id))
      #expect(read.kind == entity.kind)
      #expect(read.name == entity.name)
      #expect(read.names == entity.names)
      #expect(read.affiliation == entity.affiliation)
      #expect(read.role == entity.role)
    }
    #expect(back.relations.count == network.relations.count)
    for relation in network.relations {
      let read = try #require(back.relations.first { $0.id == relation.id })
      #expect(read.kind == relation.kind)
      #expect(read.from == relation.from && read.to == relation.to)
      #expect(read.status == relation.status)
      #expect(read.date == relation.date && read.start == relation.start && read.end == relation.end)
      #expect(read.strength == relation.strength && read.confidence == relation.confidence)
      #expect(read.about == relation.about)
      #expect(read.note == relation.note)
    }
  }

  @Test func plainDOTUsesDefaults() throws {
    let dot = "digraph { a [label=\"Agency A\"]; b; a -> b [kind=regulates, date=\"2024-05\"]; b -> a }"
    let importer = DOTNetworkImporter(defaultEntityKind: .agency, defaultRelationKind: "advises")
    let network = try importer.network(fromDOT: dot)
    #expect(network.entity("a")?.name == "Agency A")
    #expect(network.entity("b")?.name == "b")
    #expect(network.entity("a")?.kind == .agency)
    #expect(network.relations.map(\.kind) == ["regulates", "advises"])
    #expect(network.relations.map(\.id) == ["e1", "e2"])
    #expect(network.relations[0].date == PartialDate("2024-05"))
  }

  @Test func unmappableValuesAreAllReported() {
    let dot = """
      digraph {
        a [kind=ngo, affiliation=nowhere];
        a -> b;
        a -> b [kind=befriends];
        b -> a [kind=lobbies, status=rumoured, date="2025-13", strength=2];
      }
      """
    #expect {
      try DOTNetworkImporter().network(fromDOT: dot)
    } throws: { error in
      guard case .unmappable(let problems)? = error as? DOTImportError else { return false }
      let messages = problems.map(\.message)
      return problems.count == 6 && messages.contains("no kind attribute")
        && messages.contains("unknown relation kind 'befriends'") && messages.contains("unknown status 'rumoured'")
        && messages.contains { $0.contains("2025-13") } && messages.contains { $0.contains("strength '2'") }
        && messages.contains { $0.contains("nowhere") }
    }
  }

  @Test func customEntityKindsAreDeclared() throws {
    let network = try DOTNetworkImporter().network(fromDOT: "digraph { a [kind=ngo]; b; a -> b [kind=supports] }")
    #expect(network.entity("a")?.kind == "ngo")
    #expect(network.entityKinds["ngo"] != nil)
    #expect(network.entity("b")?.kind == .organization)
  }

  @Test func syntaxErrorsComeFromGraphviz() {
    #expect {
      try DOTNetworkImporter().network(fromDOT: "digraph {\n a -> \n}")
    } throws: { error in
      guard case .graphviz(let inner)? = error as? DOTImportError else { return false }
      return inner.kind == .parse && inner.line == 3
    }
  }
}
