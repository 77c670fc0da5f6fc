/// A guided tour of a network, like an annotated slide show: ordered steps, each a caption in one
/// or more languages and the actors, relations and influence chain it points at.
///
/// Stories name entities by id and relations by what they connect (`RelationSelector`), so that
/// they survive the re-encoding of relation ids. Reports play them step by step.
public struct Story: Hashable, Sendable, Identifiable {
  /// Unique among the network's stories.
  public var id: String
  /// The title per language code (`en`, `ja`…).
  public var title: [String: String]
  public var steps: [StoryStep]
  public var location: SourceLocation?

  public init(id: String, title: [String: String], steps: [StoryStep], location: SourceLocation? = nil) {
    self.id = id
    self.title = title
    self.steps = steps
    self.location = location
  }

  /// The title in `language`, falling back to English, then to any language, then to the id.
  public func title(in language: String) -> String { StoryText.pick(title, language) ?? id }
}

/// One step of a story: what to say and what to highlight.
public struct StoryStep: Hashable, Sendable {
  /// The caption per language code.
  public var caption: [String: String]
  /// Entity ids to highlight.
  public var actors: [String]
  /// Relations to highlight.
  public var relations: [RelationSelector]
  /// An influence chain to highlight: the strongest chain between two actors, found when the
  /// story is shown.
  public var chain: StoryChain?
  public var location: SourceLocation?

  public init(
    caption: [String: String], actors: [String] = [], relations: [RelationSelector] = [], chain: StoryChain? = nil,
    location: SourceLocation? = nil
  ) {
    self.caption = caption
    self.actors = actors
    self.relations = relations
    self.chain = chain
    self.location = location
  }

  /// The caption in `language`, falling back to English, then to any language.
  public func caption(in language: String) -> String { StoryText.pick(caption, language) ?? "" }
}

/// The strongest influence chain from one actor to another, optionally only through relations
/// about some topics (standing ties such as leadership and membership always count).
public struct StoryChain: Hashable, Sendable {
  public var from: String
  public var to: String
  /// Topic ids; empty: every relation.
  public var about: [String]

  public init(from: String, to: String, about: [String] = []) {
    self.from = from
    self.to = to
    self.about = about
  }
}

/// Picks a text from a per-language map.
enum StoryText {
  static func pick(_ texts: [String: String], _ language: String) -> String? {
    texts[language] ?? texts["en"] ?? texts.keys.sorted().first.flatMap { texts[$0] }
  }
}
