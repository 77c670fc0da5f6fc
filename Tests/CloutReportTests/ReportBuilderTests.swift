import Clout
import CloutIO
import CloutReport
import Foundation
import Testing

/// A small network with a story: three actors, dated relations, a chain A → B → C.
private let storyNetwork = """
  clout: 1
  title: Small <report> & "test"
  sources:
    - id: s1
      title: Wire story
      outlet: Wire
      date: 2025-06
      url: https://example.org/story
  topics:
    - id: chips
      name: Chips
      names: {ja: 半導体}
  entities:
    - {id: a, kind: person, name: Ada, names: {ja: エイダ}, aliases: [ＡＤＡ]}
    - {id: b, kind: agency, name: Bureau}
    - {id: c, kind: company, name: Chipco, affiliation: b}
    - {id: d, kind: person, name: Dora}
  relations:
    - id: r1
      from: a
      to: b
      kind: lobbies
      about: [chips]
      date: 2025-06
      sources: [{source: s1, quote: "Ada lobbied the </script> bureau"}]
    - id: r2
      from: b
      to: c
      kind: permits
      about: [chips]
      date: 2025-08
      sources: [{source: s1, quote: "the bureau allowed it"}]
    - id: r3
      from: d
      to: a
      kind: criticizes
      start: 2024-01
      end: 2024-12
      sources: [{source: s1, quote: "Dora criticised Ada"}]
  stories:
    - id: how
      title: {en: How Chipco got its permit, ja: 許可の経緯}
      steps:
        - caption: {en: Ada lobbies., ja: エイダが働きかける。}
          actors: [a]
          relations: [{from: a, to: b, kind: lobbies}]
        - caption: The chain.
          chain: {from: a, to: c, about: [chips]}
  """

private func load(_ text: String) throws -> LoadedNetwork {
  try NetworkLoader.load(text: text, format: .yaml, origin: "test.yaml")
}

/// The JSON the page embeds.
private func embeddedData(_ html: String) throws -> [String: Any] {
  let start = try #require(html.range(of: "<script type=\"application/json\" id=\"clout-data\">"))
  let end = try #require(html[start.upperBound...].range(of: "</script>"))
  let json = Data(html[start.upperBound..<end.lowerBound].utf8)
  return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
}

@Suite("Stories in the format")
struct StoryFormatTests {
  @Test("stories are read, validated clean and written back the same")
  func roundTrip() throws {
    let loaded = try load(storyNetwork)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let stories = loaded.network.stories
    #expect(stories.count == 1)
    #expect(stories[0].title(in: "ja") == "許可の経緯")
    #expect(stories[0].steps[1].caption == ["en": "The chain."])
    #expect(stories[0].steps[0].relations == [RelationSelector(from: "a", to: "b", kind: "lobbies")])
    #expect(stories[0].steps[1].chain == StoryChain(from: "a", to: "c", about: ["chips"]))
    for format in [NetworkFormat.yaml, .json] {
      let text = NetworkEncoder.encode(loaded.network, as: format)
      let again = try NetworkLoader.load(text: text, format: format, origin: "again")
      let read = again.network.stories
      #expect(read.map(\.id) == stories.map(\.id) && read.map(\.title) == stories.map(\.title))
      #expect(read.flatMap(\.steps).map(\.caption) == stories.flatMap(\.steps).map(\.caption))
      #expect(read.flatMap(\.steps).map(\.actors) == stories.flatMap(\.steps).map(\.actors))
      #expect(read.flatMap(\.steps).map(\.chain) == stories.flatMap(\.steps).map(\.chain))
      #expect(again.network.stories.map(\.steps.count) == [2])
      #expect(again.network.stories[0].steps[0].relations == stories[0].steps[0].relations)
    }
  }

  @Test("unknown actors, unmatched relations and missing captions are errors at their line")
  func validation() throws {
    let bad =
      storyNetwork + "\n" + """
          - id: broken
            steps:
              - actors: [zed]
                relations: [{from: a, to: c, kind: lobbies}]
        """
    let loaded = try load(bad)
    let errors = loaded.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(errors.contains { $0.contains("'caption' is missing") })
    #expect(errors.contains { $0.contains("unknown entity 'zed'") })
    #expect(errors.contains { $0.contains("no relation matches a → c (lobbies)") })
    #expect(errors.allSatisfy { $0.contains("test.yaml:") })
  }
}

@Suite("Report builder")
struct ReportBuilderTests {
  @Test("one self-contained page: stable ids, the diagram's ids, data, chains and stories")
  func page() throws {
    let network = try load(storyNetwork).network
    let report = try ReportBuilder(options: ReportOptions(language: "ja")).build(network)
    let html = report.html
    for id in ["search", "card", "as-of", "story", "clout-svg"] {
      #expect(html.contains("id=\"\(id)\""), "missing #\(id)")
    }
    for id in ["a", "b", "c", "r1", "r2", "r3"] {
      #expect(html.contains("<g id=\"\(id)\" class="), "diagram element \(id)")
    }
    // Nothing is loaded from elsewhere, and the drawing links nowhere.
    for outside in ["<script src", "<link", "url(", "@import", "xlink:href", "<?xml", "<!DOCTYPE svg"] {
      #expect(!html.contains(outside), "found \(outside)")
    }
    #expect(html.contains("default-src 'none'"))
    // The quote with `</script>` in it cannot end the data early.
    #expect(!html.contains("the </script> bureau"))
    let data = try embeddedData(html)
    #expect(data["lang"] as? String == "ja")
    #expect((data["entities"] as? [Any])?.count == 4)
    #expect((data["relations"] as? [[String: Any]])?.first?["first"] as? Int == 20250601)
    let scores = try #require(data["scores"] as? [String: [Double]])
    #expect(Set(scores.keys) == ["influence", "pagerank", "betweenness"])
    #expect(scores.values.allSatisfy { $0.count == 4 })
    // Who moves Chipco: the bureau (1 hop), Ada through it, Dora through Ada.
    let chains = try #require(data["chains"] as? [String: [String: [[String: Any]]]])
    #expect(chains["c"]?["in"]?.map { $0["a"] as? String } == ["b", "a", "d"])
    #expect(chains["c"]?["in"]?[1]["v"] as? [String] == ["a", "b", "c"])
    let stories = try #require(data["stories"] as? [[String: Any]])
    let steps = try #require(stories.first?["steps"] as? [[String: Any]])
    #expect(stories.first?["title"] as? String == "許可の経緯")
    #expect(steps[0]["caption"] as? String == "エイダが働きかける。")
    #expect(steps[0]["relations"] as? [String] == ["r1"])
    #expect(steps[1]["caption"] as? String == "The chain.")
    #expect((steps[1]["chain"] as? [String: Any])?["v"] as? [String] == ["a", "b", "c"])
    #expect(report.warnings.isEmpty)
    #expect(report.entityCount == 4 && report.relationCount == 3 && report.storyCount == 1)
    let months = try #require(data["months"] as? [String: String])
    #expect(months == ["from": "2024-01", "to": "2025-08"])
  }

  @Test("filters and focus narrow what the page holds")
  func scope() throws {
    let network = try load(storyNetwork).network
    var options = ReportOptions()
    options.filter = RelationFilter(topics: ["chips"])
    let filtered = try ReportBuilder(options: options).build(network)
    #expect(filtered.entityCount == 3 && filtered.relationCount == 2)
    options = ReportOptions(focus: "d", depth: 1)
    let focused = try ReportBuilder(options: options).build(network)
    #expect(focused.entityCount == 2 && focused.relationCount == 1)
    // The story's steps name relations that are no longer there: the author is told.
    #expect(!focused.warnings.isEmpty)
  }

  @Test("the diagram colours and names the groups the network declares, as clout render does")
  func declaredGroups() throws {
    let grouped = storyNetwork.replacingOccurrences(
      of: "\nstories:\n",
      with: "\ngroups:\n  - {id: makers, name: Chip makers, members: [c], color: \"#009E73\"}\nstories:\n")
    #expect(grouped != storyNetwork)
    let report = try ReportBuilder().build(try load(grouped).network)
    #expect(report.html.contains("Chip makers"), "the legend names the declared group")
    #expect(report.html.lowercased().contains("#009e73"), "its members take its colour")
    // No cluster boxes: groups are told by colour, and neato cannot keep boxes apart.
    #expect(!report.html.contains("class=\"cluster\""))
  }

  @Test("a network too big for one page is refused with what to do")
  func tooBig() throws {
    let network = try load(storyNetwork).network
    let options = ReportOptions(limits: ReportLimits(entities: 3, relations: 100))
    #expect {
      _ = try ReportBuilder(options: options).build(network)
    } throws: { error in
      guard let error = error as? ReportError, case .tooBig(4, 3, _) = error else { return false }
      return error.description.contains("--focus") && error.description.contains("--about")
    }
  }
}
