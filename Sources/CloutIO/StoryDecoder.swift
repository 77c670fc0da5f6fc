import Clout

/// Reads the `stories:` section of a network file (docs/FORMAT.md, "Stories"), reporting every
/// problem of shape and type at its line and column. Whether the names resolve is
/// `NetworkValidator`'s job.
struct StoryDecoder {
  static let storyKeys = ["id", "title", "steps"]
  static let stepKeys = ["caption", "actors", "relations", "chain"]
  static let selectorKeys = ["id", "from", "to", "kind", "about", "either-way"]
  static let chainKeys = ["from", "to", "about"]

  private var read = ValueReader()
  private var warnings: [Diagnostic] = []

  /// The stories of a `stories:` value and the problems found reading them.
  static func decode(_ value: LocatedValue?) -> ([Story], [Diagnostic]) {
    var decoder = StoryDecoder()
    var stories: [Story] = []
    for item in decoder.read.items(value, "stories") {
      if let story = decoder.story(item) { stories.append(story) }
    }
    return (stories, decoder.read.diagnostics + decoder.warnings)
  }

  private mutating func fields(_ value: LocatedValue, _ owner: String) -> FieldReader? {
    FieldReader(value, owner: owner, diagnostics: &read.diagnostics)
  }

  private mutating func story(_ item: LocatedValue) -> Story? {
    guard var f = fields(item, "a story") else { return nil }
    defer { warnings += f.unknownKeys(allowed: Self.storyKeys) }
    guard let id = read.requiredString(f.take("id"), "story 'id'", at: f.location) else { return nil }
    f.owner = "story '\(id)'"
    let title = texts(f.take("title"), "story '\(id)': 'title'")
    var steps: [StoryStep] = []
    for (i, s) in read.items(f.take("steps"), "story '\(id)': steps").enumerated() {
      if let step = step(s, owner: "story '\(id)', step \(i + 1)") { steps.append(step) }
    }
    return Story(id: id, title: title.isEmpty ? ["en": id] : title, steps: steps, location: f.location)
  }

  private mutating func step(_ item: LocatedValue, owner: String) -> StoryStep? {
    guard var f = fields(item, owner) else { return nil }
    defer { warnings += f.unknownKeys(allowed: Self.stepKeys) }
    let captionValue = f.take("caption")
    if captionValue == nil {
      read.diagnostics.append(.error("\(owner): 'caption' is missing", at: f.location, hint: "add it: it is required"))
    }
    let caption = texts(captionValue, "\(owner): 'caption'")
    let actors = read.stringList(f.take("actors"), "\(owner): 'actors'")
    var selectors: [RelationSelector] = []
    for r in read.items(f.take("relations"), "\(owner): relations") {
      if let selector = selector(r, owner: owner) { selectors.append(selector) }
    }
    var chain: StoryChain?
    if let c = f.take("chain"), var cf = fields(c, "\(owner): 'chain'") {
      let from = read.requiredString(cf.take("from"), "\(owner): chain 'from'", at: cf.location)
      let to = read.requiredString(cf.take("to"), "\(owner): chain 'to'", at: cf.location)
      let about = read.stringList(cf.take("about"), "\(owner): chain 'about'")
      warnings += cf.unknownKeys(allowed: Self.chainKeys)
      if let from, let to { chain = StoryChain(from: from, to: to, about: about) }
    }
    return StoryStep(caption: caption, actors: actors, relations: selectors, chain: chain, location: f.location)
  }

  /// A relation selector: a mapping, or a plain relation id.
  private mutating func selector(_ item: LocatedValue, owner: String) -> RelationSelector? {
    if case .scalar = item.content {
      return read.string(item, "\(owner): a relation").map { RelationSelector(id: $0) }
    }
    guard var f = fields(item, "\(owner): a relation") else { return nil }
    defer { warnings += f.unknownKeys(allowed: Self.selectorKeys) }
    let what = "\(owner): relation"
    let selector = RelationSelector(
      id: read.string(f.take("id"), "\(what) 'id'"), from: read.string(f.take("from"), "\(what) 'from'"),
      to: read.string(f.take("to"), "\(what) 'to'"), kind: read.string(f.take("kind"), "\(what) 'kind'"),
      about: read.string(f.take("about"), "\(what) 'about'"),
      eitherWay: read.bool(f.take("either-way"), "\(what) 'either-way'") ?? false)
    if selector.id == nil && selector.from == nil && selector.to == nil {
      read.diagnostics.append(
        .error("\(what) names neither 'id' nor 'from'/'to'", at: f.location, hint: "say which relations to highlight"))
      return nil
    }
    return selector
  }

  /// Text per language: a mapping `{en: …, ja: …}`, or plain text, which counts as English.
  private mutating func texts(_ value: LocatedValue?, _ what: String) -> [String: String] {
    guard let value else { return [:] }
    if case .scalar = value.content { return read.string(value, what).map { ["en": $0] } ?? [:] }
    return read.stringMap(value, what)
  }
}
