import Clout
import CloutGraphviz
import CloutIO
import Testing

@testable import CloutAnswers

/// DOT goes through the same `ImportedGraph` → `ImportMapper` pipeline as every exchange format.
@Suite struct DOTImportMappingTests {
  private func load(_ dot: String, options: ImportOptions = ImportOptions()) throws -> LoadedNetwork {
    ImportMapper.network(from: try DOTImport.read(text: dot, origin: "t.dot"), options: options)
  }

  private func errors(_ loaded: LoadedNetwork) -> [Diagnostic] { loaded.diagnostics.filter { $0.severity == .error } }

  @Test func diagramDOTReadsBackWithKindsStatusesAndDates() throws {
    let network = SampleNetwork.make()
    var options = DiagramOptions(language: "ja", clustering: .group)
    options.mergesParallel = false
    let dot = try DiagramBuilder(options: options).dot(for: network)
    let loaded = try load(dot)
    #expect(errors(loaded).isEmpty, "\(errors(loaded))")
    let back = loaded.network
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
      let quote = try #require(read.citations.first?.quote)
      #expect(dot.contains(quote), "an uncited relation quotes its own line of the file")
    }
  }

  @Test func plainDOTUsesDefaults() throws {
    let dot = "digraph { a [label=\"Agency A\"]; b; a -> b [kind=regulates, date=\"2024-05\"]; b -> a }"
    let loaded = try load(dot, options: ImportOptions(entityKind: "agency", relationKind: "advises"))
    #expect(errors(loaded).isEmpty, "\(errors(loaded))")
    let network = loaded.network
    #expect(network.entity("a")?.name == "Agency A")
    #expect(network.entity("b")?.name == "b")
    #expect(network.entity("a")?.kind == .agency)
    #expect(network.relations.map(\.kind) == ["regulates", "advises"])
    #expect(network.relations.map(\.id) == ["e1", "e2"])
    #expect(network.relations[0].date == PartialDate("2024-05"))
  }

  @Test func unmappableValuesAreAllReportedAtTheirLines() throws {
    let dot = """
      digraph {
        a [kind=ngo, affiliation=nowhere];
        a -> b;
        b -> a [kind=lobbies, status=rumoured, date="2025-13", strength=2];
      }
      """
    let found = errors(try load(dot))
    let messages = found.map(\.message)
    #expect(messages.contains { $0.contains("rumoured") }, "\(messages)")
    #expect(messages.contains { $0.contains("2025-13") }, "\(messages)")
    #expect(messages.contains { $0.contains("strength") }, "\(messages)")
    #expect(messages.contains { $0.contains("nowhere") }, "\(messages)")
    for error in found where !error.message.contains("nowhere") {
      #expect(error.location?.line == 4 && error.location?.column == 3, "\(error)")
    }
    #expect(found.first { $0.message.contains("nowhere") }?.location?.line == 2)
  }

  @Test func customKindsAreDeclared() throws {
    let loaded = try load("digraph { a [kind=ngo]; b; a -> b [kind=befriends] }")
    #expect(errors(loaded).isEmpty, "\(errors(loaded))")
    #expect(loaded.network.entity("a")?.kind == "ngo")
    #expect(loaded.network.entityKinds["ngo"] != nil)
    #expect(loaded.network.entity("b")?.kind == EntityKind(ImportOptions.defaultEntityKind))
    #expect(loaded.network.relationKinds.contains("befriends"))
    #expect(loaded.diagnostics.contains { $0.severity == .warning && $0.message.contains("'befriends'") })
  }

  @Test func syntaxErrorsAreLocatedAtGraphvizLine() {
    #expect {
      try DOTImport.read(text: "digraph {\n a -> \n}", origin: "t.dot")
    } throws: { error in
      guard let error = error as? InputError else { return false }
      return error.diagnostics.first?.location?.line == 3 && error.diagnostics.first?.location?.file == "t.dot"
    }
  }

  @Test func plainGraphKeepsWeightsAndLeavesTheLegendOut() throws {
    let dot = """
      digraph {
        legend [clout=legend, label="key"];
        a -> b [weight=2];
        b -> c;
      }
      """
    let imported = try DOTImport.read(text: dot, origin: "t.dot")
    #expect(!imported.isNetwork)
    let (graph, ids) = try imported.plainGraph()
    #expect(ids == ["a", "b", "c"])
    #expect(graph.edgeCount == 2)
    #expect(graph.isWeighted)
  }

  @Test func badWeightIsLocated() throws {
    let imported = try DOTImport.read(text: "digraph {\n  a -> b [weight=heavy];\n}", origin: "t.dot")
    #expect {
      try imported.plainGraph()
    } throws: { error in
      (error as? InputError)?.diagnostics.first?.location?.line == 2
    }
  }
}
