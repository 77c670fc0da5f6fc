import Clout

/// Turns the located tree of a network file (YAML or JSON, same schema: docs/FORMAT.md) into a
/// `Network`, reporting every problem of shape and type at its line and column. Reference checks
/// (unknown ids, dates in order, citations) are `NetworkValidator`'s job.
struct NetworkDecoder {
  static let topKeys = [
    "clout", "title", "description", "sources", "topics", "entity-kinds", "relation-kinds", "entities", "relations",
    "stories",
    "groups",
  ]
  static let sourceKeys = ["id", "title", "kind", "outlet", "author", "date", "language", "url", "file", "note"]
  static let topicKeys = ["id", "name", "names", "note"]
  static let entityKindKeys = ["id", "description"]
  static let relationKindKeys = [
    "id", "influence", "polarity", "symmetric", "strength", "description", "onward", "names",
  ]
  static let entityKeys = ["id", "kind", "name", "names", "aliases", "role", "affiliation", "attributes", "note"]
  static let relationKeys = [
    "id", "from", "to", "kind", "strength", "date", "start", "end", "lasts", "status", "confidence", "about", "place",
    "note",
    "sources",
  ]
  static let citationKeys = ["source", "quote", "note"]
  static let groupKeys = ["id", "name", "names", "members", "color", "note"]
  /// The format versions this reader understands.
  static let supportedVersions = ["1"]

  private var read = ValueReader()
  private var warnings: [Diagnostic] = []

  /// The network and the problems found while decoding it (errors and warnings).
  static func decode(_ root: LocatedValue) -> (Network, [Diagnostic]) {
    var decoder = NetworkDecoder()
    let network = decoder.network(root)
    return (network, decoder.read.diagnostics + decoder.warnings)
  }

  private mutating func fields(_ value: LocatedValue, _ owner: String) -> FieldReader? {
    FieldReader(value, owner: owner, diagnostics: &read.diagnostics)
  }

  private mutating func finish(_ f: FieldReader, _ allowed: [String]) {
    warnings += f.unknownKeys(allowed: allowed)
  }

  private mutating func network(_ root: LocatedValue) -> Network {
    var network = Network()
    guard var top = fields(root, "the top level") else { return network }
    let versionValue = top.take("clout")
    if let version = read.string(versionValue, "'clout' (the format version)"),
      !Self.supportedVersions.contains(version)
    {
      read.diagnostics.append(
        .error(
          "format version '\(version)' is not supported", at: versionValue?.location ?? top.location,
          hint: "this Clout reads version \(Self.supportedVersions.joined(separator: ", "))"))
    }
    network.title = read.string(top.take("title"), "'title'")
    network.description = read.string(top.take("description"), "'description'")
    // Entities, topics and sources keep duplicates so the validator can name both places.
    var sources: [Source] = []
    for item in read.items(top.take("sources"), "sources") {
      if let source = source(item) { sources.append(source) }
    }
    var topics: [Topic] = []
    for item in read.items(top.take("topics"), "topics") {
      if let topic = topic(item) { topics.append(topic) }
    }
    for item in read.items(top.take("entity-kinds"), "entity-kinds") {
      guard var f = fields(item, "an entity kind") else { continue }
      if let id = read.requiredString(f.take("id"), "entity kind 'id'", at: f.location) {
        network.entityKinds[EntityKind(id)] = read.string(f.take("description"), "'description'") ?? ""
      }
      finish(f, Self.entityKindKeys)
    }
    for item in read.items(top.take("relation-kinds"), "relation-kinds") {
      if let kind = relationKind(item) { network.relationKinds.register(kind) }
    }
    var entities: [Entity] = []
    for item in read.items(top.take("entities"), "entities") {
      if let entity = entity(item) { entities.append(entity) }
    }
    var relations: [Relation] = []
    for (i, item) in read.items(top.take("relations"), "relations").enumerated() {
      if let relation = relation(item, number: i + 1) { relations.append(relation) }
    }
    let (stories, storyProblems) = StoryDecoder.decode(top.take("stories"))
    read.diagnostics += storyProblems
    let groups = read.items(top.take("groups"), "groups").compactMap { group($0) }
    finish(top, Self.topKeys)
    var decoded = Network(
      title: network.title, description: network.description, entities: entities, topics: topics,
      sources: sources, relationKinds: network.relationKinds, entityKinds: network.entityKinds,
      relations: relations, groups: groups)
    decoded.stories = stories
    return decoded
  }

  private mutating func group(_ item: LocatedValue) -> EntityGroup? {
    guard var f = fields(item, "a group") else { return nil }
    defer { finish(f, Self.groupKeys) }
    guard let id = read.requiredString(f.take("id"), "group 'id'", at: f.location) else { return nil }
    let owner = "group '\(id)'"
    f.owner = owner
    let names = read.stringMap(f.take("names"), "\(owner): 'names'")
    return EntityGroup(
      id: id, name: read.string(f.take("name"), "\(owner): 'name'") ?? names["en"] ?? id, names: names,
      members: read.stringList(f.take("members"), "\(owner): 'members'"),
      color: read.string(f.take("color"), "\(owner): 'color'"), note: read.string(f.take("note"), "\(owner): 'note'"),
      location: f.location)
  }

  private mutating func source(_ item: LocatedValue) -> Source? {
    guard var f = fields(item, "a source") else { return nil }
    defer { finish(f, Self.sourceKeys) }
    guard let id = read.requiredString(f.take("id"), "source 'id'", at: f.location) else { return nil }
    let owner = "source '\(id)'"
    f.owner = owner
    let title = read.requiredString(f.take("title"), "\(owner): 'title'", at: f.location) ?? id
    let file = f.take("file")
    return Source(
      id: id, title: title, kind: choice(f.take("kind"), "\(owner): 'kind'", SourceKind.self) ?? .article,
      outlet: read.string(f.take("outlet"), "\(owner): 'outlet'"),
      author: read.string(f.take("author"), "\(owner): 'author'"), date: read.date(f.take("date"), "\(owner): 'date'"),
      language: read.string(f.take("language"), "\(owner): 'language'"),
      url: read.string(f.take("url"), "\(owner): 'url'"), file: read.string(file, "\(owner): 'file'"),
      note: read.string(f.take("note"), "\(owner): 'note'"), location: f.location, fileLocation: file?.location)
  }

  private mutating func topic(_ item: LocatedValue) -> Topic? {
    guard var f = fields(item, "a topic") else { return nil }
    defer { finish(f, Self.topicKeys) }
    guard let id = read.requiredString(f.take("id"), "topic 'id'", at: f.location) else { return nil }
    let owner = "topic '\(id)'"
    f.owner = owner
    let names = read.stringMap(f.take("names"), "\(owner): 'names'")
    return Topic(
      id: id, name: read.string(f.take("name"), "\(owner): 'name'") ?? names["en"] ?? id, names: names,
      note: read.string(f.take("note"), "\(owner): 'note'"), location: f.location)
  }

  private mutating func relationKind(_ item: LocatedValue) -> RelationKind? {
    guard var f = fields(item, "a relation kind") else { return nil }
    defer { finish(f, Self.relationKindKeys) }
    guard let id = read.requiredString(f.take("id"), "relation kind 'id'", at: f.location) else { return nil }
    let owner = "relation kind '\(id)'"
    f.owner = owner
    let influence = choice(f.take("influence"), "\(owner): 'influence'", InfluenceDirection.self) ?? .forward
    let polarity = choice(f.take("polarity"), "\(owner): 'polarity'", Polarity.self) ?? .neutral
    var kind = RelationKind(
      id: id, influence: influence, polarity: polarity,
      symmetric: read.bool(f.take("symmetric"), "\(owner): 'symmetric'") ?? (influence == .mutual),
      defaultStrength: read.number(f.take("strength"), "\(owner): 'strength'") ?? 0.5,
      description: read.string(f.take("description"), "\(owner): 'description'") ?? "", location: f.location,
      onward: read.bool(f.take("onward"), "\(owner): 'onward'") ?? true)
    kind.names = read.stringMap(f.take("names"), "\(owner): 'names'")
    return kind
  }

  private mutating func entity(_ item: LocatedValue) -> Entity? {
    guard var f = fields(item, "an entity") else { return nil }
    defer { finish(f, Self.entityKeys) }
    guard let id = read.requiredString(f.take("id"), "entity 'id'", at: f.location) else { return nil }
    let owner = "entity '\(id)'"
    f.owner = owner
    let kind = f.takeRequired("kind", "\(owner): 'kind'", read: &read) ?? EntityKind.organization.id
    let names = read.stringMap(f.take("names"), "\(owner): 'names'")
    return Entity(
      id: id, kind: EntityKind(kind), name: read.string(f.take("name"), "\(owner): 'name'") ?? names["en"] ?? id,
      names: names, aliases: read.stringList(f.take("aliases"), "\(owner): 'aliases'"),
      role: read.string(f.take("role"), "\(owner): 'role'"),
      affiliation: read.string(f.take("affiliation"), "\(owner): 'affiliation'"),
      attributes: read.stringMap(f.take("attributes"), "\(owner): 'attributes'"),
      note: read.string(f.take("note"), "\(owner): 'note'"), location: f.location)
  }

  private mutating func relation(_ item: LocatedValue, number: Int) -> Relation? {
    guard var f = fields(item, "relation #\(number)") else { return nil }
    defer { finish(f, Self.relationKeys) }
    let id = read.string(f.take("id"), "relation #\(number): 'id'") ?? "r\(number)"
    let owner = "relation '\(id)'"
    f.owner = owner
    let from = f.takeRequired("from", "\(owner): 'from'", read: &read)
    let to = f.takeRequired("to", "\(owner): 'to'", read: &read)
    let kind = f.takeRequired("kind", "\(owner): 'kind'", read: &read)
    var citations: [Citation] = []
    for c in read.items(f.take("sources"), "\(owner): sources") {
      guard var cf = fields(c, "a citation of \(owner)") else { continue }
      let source = read.requiredString(cf.take("source"), "\(owner): citation 'source'", at: cf.location)
      let quoteValue = cf.take("quote")
      let quote =
        quoteValue == nil
        ? cf.takeRequired("quote", "\(owner): citation 'quote'", read: &read)
        : read.requiredString(quoteValue, "\(owner): citation 'quote'", at: cf.location)
      let note = read.string(cf.take("note"), "\(owner): citation 'note'")
      finish(cf, Self.citationKeys)
      if let source, let quote {
        citations.append(Citation(source: source, quote: quote, note: note, location: quoteValue?.location))
      }
    }
    let relation = Relation(
      id: id, from: from ?? "", to: to ?? "", kind: kind ?? "",
      strength: read.number(f.take("strength"), "\(owner): 'strength'"),
      date: read.date(f.take("date"), "\(owner): 'date'"), start: read.date(f.take("start"), "\(owner): 'start'"),
      end: read.date(f.take("end"), "\(owner): 'end'"),
      status: choice(f.take("status"), "\(owner): 'status'", RelationStatus.self) ?? .active,
      confidence: read.number(f.take("confidence"), "\(owner): 'confidence'"),
      about: read.stringList(f.take("about"), "\(owner): 'about'"),
      place: read.string(f.take("place"), "\(owner): 'place'"),
      note: read.string(f.take("note"), "\(owner): 'note'"), citations: citations, location: f.location,
      lasts: read.period(f.take("lasts"), "\(owner): 'lasts'"))
    // A relation missing an endpoint or kind has already been reported; keep it out of the network.
    return from == nil || to == nil || kind == nil ? nil : relation
  }

  private mutating func choice<T: RawRepresentable & CaseIterable>(
    _ value: LocatedValue?, _ what: String, _ type: T.Type
  ) -> T? where T.RawValue == String {
    guard let value, let text = read.string(value, what) else { return nil }
    if let v = T(rawValue: text) { return v }
    let options = T.allCases.map(\.rawValue)
    let close = closeMatches(to: text, in: options, limit: 1)
    read.diagnostics.append(
      .error(
        "\(what) '\(text)' is not one of \(options.joined(separator: ", "))", at: value.location,
        hint: close.first.map { "did you mean '\($0)'?" }))
    return nil
  }
}
