import Clout

/// A small network in the shape of the seed one, with the awkward strings a diagram must escape.
enum SampleNetwork {
  static let awkwardName = "Say \"hi\" \\N <b>&"

  static func make() -> Network {
    var network = Network(title: "Sample network")
    let entities: [Entity] = [
      Entity(id: "united-states", kind: .country, name: "United States", names: ["en": "United States", "ja": "米国"]),
      Entity(id: "china", kind: .country, name: "China", names: ["en": "China", "ja": "中国"]),
      Entity(id: "japan", kind: .country, name: "Japan", names: ["en": "Japan", "ja": "日本"]),
      Entity(
        id: "us-commerce", kind: .agency, name: "Commerce Department", names: ["ja": "商務省"],
        affiliation: "united-states"),
      Entity(
        id: "nvidia", kind: .company, name: "Nvidia", names: ["ja": "エヌビディア"], role: "chip maker",
        affiliation: "united-states"),
      Entity(id: "jensen-huang", kind: .person, name: "Jensen Huang", affiliation: "nvidia"),
      Entity(id: "mofcom", kind: .agency, name: "Ministry of Commerce", names: ["ja": "商務部"], affiliation: "china"),
      Entity(id: "odd", kind: .organization, name: awkwardName),
    ]
    for entity in entities { network.add(entity) }
    network.add(Topic(id: "h20", name: "Nvidia H20"))
    network.add(Topic(id: "rare-earths", name: "Rare earths", names: ["ja": "レアアース"]))
    network.add(Source(id: "s1", title: "Article \"one\" <A&B>", outlet: "Wire", url: "https://example.org/a?x=1&y=2"))
    network.add(Source(id: "s2", title: "記事二", language: "ja"))
    let relations: [Relation] = [
      Relation(
        id: "r1", from: "nvidia", to: "us-commerce", kind: "lobbies", strength: 0.9, date: PartialDate("2025-06"),
        about: ["h20"], citations: [Citation(source: "s1", quote: "lobbied \"hard\" \\ on <H20>")]),
      Relation(
        id: "r2", from: "nvidia", to: "us-commerce", kind: "lobbies", date: PartialDate("2025-07"),
        status: .ended, about: ["rare-earths"], citations: [Citation(source: "s2", quote: "二度目の働きかけ")]),
      Relation(
        id: "r3", from: "us-commerce", to: "china", kind: "restricts", start: PartialDate("2022-10"),
        status: .paused, confidence: 0.8),
      Relation(id: "r4", from: "united-states", to: "china", kind: "negotiates", date: PartialDate("2025-06-09")),
      Relation(id: "r5", from: "jensen-huang", to: "nvidia", kind: "leads"),
      Relation(
        id: "r6", from: "mofcom", to: "nvidia", kind: "sanctions", date: PartialDate("2025"), status: .alleged,
        note: "line one\nline two"),
      Relation(id: "r7", from: "japan", to: "united-states", kind: "allied-with"),
      Relation(id: "r8", from: "odd", to: "china", kind: "supports", end: PartialDate("2024-12")),
    ]
    for relation in relations { network.add(relation) }
    network.groups = [
      EntityGroup(id: "united-states", name: "United States", members: ["united-states"], color: "#0072B2"),
      EntityGroup(id: "china", name: "China", members: ["china"]),
      EntityGroup(id: "allies", name: "Allies", names: ["ja": "同盟国"], members: ["japan"]),
    ]
    return network
  }
}
