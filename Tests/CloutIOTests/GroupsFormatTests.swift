import Clout
import CloutIO
import Testing

@Suite struct GroupsFormatTests {
  static let text = """
    clout: 1
    entities:
      - {id: france, kind: country, name: France}
      - {id: elysee, kind: agency, name: Élysée, affiliation: france}
    relations: []
    groups:
      - id: eu
        names: {en: EU members, fr: Membres de l'UE}
        members: [france]
        color: "#0072B2"
        note: founding member
    """

  @Test func groupsAreReadAndWrittenBack() throws {
    let loaded = try NetworkLoader.load(text: Self.text, format: .yaml, origin: "groups.yaml")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let group = try #require(loaded.network.groups.first)
    #expect(group.id == "eu" && group.name == "EU members" && group.names["fr"] == "Membres de l'UE")
    #expect(group.members == ["france"] && group.color == "#0072B2" && group.note == "founding member")
    #expect(loaded.network.group(of: "elysee")?.id == "eu")
    for format in [NetworkFormat.yaml, .json] {
      let again = try NetworkLoader.load(
        text: NetworkEncoder.encode(loaded.network, as: format), format: format, origin: "again")
      #expect(
        again.network.groups.map { [$0.id, $0.name, $0.members.joined(), $0.color ?? ""] } == [
          ["eu", "EU members", "france", "#0072B2"]
        ])
      #expect(again.network.groups.first?.names == group.names)
    }
  }

  @Test func badGroupsAreReportedAtTheirLine() throws {
    let bad = Self.text.replacingOccurrences(of: "members: [france]", with: "members: [frnace]\n    colour: red")
    let loaded = try NetworkLoader.load(text: bad, format: .yaml, origin: "groups.yaml")
    let messages = loaded.diagnostics.map(\.description)
    #expect(messages.contains { $0.contains("groups.yaml:7") && $0.contains("unknown entity 'frnace'") }, "\(messages)")
    #expect(messages.contains { $0.contains("colour") }, "unknown keys are named: \(messages)")
  }

  @Test func seedNetworkDeclaresItsFourBlocs() throws {
    let seed = try NetworkLoader.load(path: PackagePaths.seedNetwork.path).network
    #expect(seed.groups.map(\.id) == ["united-states", "china", "us-allies", "third-countries"])
    #expect(seed.group(of: "us-commerce-department")?.id == "united-states")
  }
}
