import Clout

/// Writes stories in the schema `StoryDecoder` reads (docs/FORMAT.md, "Stories").
enum StoryEncoder {
  static func story(_ story: Story) -> OutputValue {
    .object([("id", .string(story.id)), ("title", texts(story.title)), ("steps", .array(story.steps.map(step)))])
  }

  private static func step(_ step: StoryStep) -> OutputValue {
    var f: [(String, OutputValue)] = [("caption", texts(step.caption))]
    if !step.actors.isEmpty { f.append(("actors", .array(step.actors.map { .string($0) }))) }
    if !step.relations.isEmpty { f.append(("relations", .array(step.relations.map(selector)))) }
    if let chain = step.chain {
      var c: [(String, OutputValue)] = [("from", .string(chain.from)), ("to", .string(chain.to))]
      if !chain.about.isEmpty { c.append(("about", .array(chain.about.map { .string($0) }))) }
      f.append(("chain", .object(c)))
    }
    return .object(f)
  }

  private static func selector(_ s: RelationSelector) -> OutputValue {
    var f: [(String, OutputValue)] = []
    if let v = s.id { f.append(("id", .string(v))) }
    if let v = s.from { f.append(("from", .string(v))) }
    if let v = s.to { f.append(("to", .string(v))) }
    if let v = s.kind { f.append(("kind", .string(v))) }
    if let v = s.about { f.append(("about", .string(v))) }
    if s.eitherWay { f.append(("either-way", .bool(true))) }
    return .object(f)
  }

  /// English first, then the other languages in code order.
  private static func texts(_ texts: [String: String]) -> OutputValue {
    .object(
      texts.keys.sorted { ($0 == "en" ? "" : $0) < ($1 == "en" ? "" : $1) }.map { ($0, .string(texts[$0] ?? "")) })
  }
}
