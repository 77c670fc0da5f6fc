/// Checks a network's stories: unique ids, at least one step, a caption in every step, and every
/// actor, relation selector, chain end and topic naming something the network has.
enum StoryValidator {
  static func validate(_ network: Network, into found: inout [Diagnostic]) {
    var seen: Set<String> = []
    let entityIDs = network.entities.map(\.id)
    for story in network.stories {
      if !seen.insert(story.id).inserted {
        found.append(.error("duplicate story id '\(story.id)'", at: story.location, hint: "give each story its own id"))
      }
      if story.steps.isEmpty {
        found.append(.error("story '\(story.id)' has no steps", at: story.location, hint: "add 'steps:'"))
      }
      for (i, step) in story.steps.enumerated() {
        let label = "story '\(story.id)', step \(i + 1)"
        let at = step.location ?? story.location
        if step.caption.values.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
          found.append(.error("\(label) has no caption", at: at, hint: "add 'caption:' with text per language"))
        }
        var named = step.actors
        if let chain = step.chain { named += [chain.from, chain.to] }
        for selector in step.relations { named += [selector.from, selector.to].compactMap { $0 } }
        for id in named where network.entity(id) == nil {
          let close = closeMatches(to: id, in: entityIDs)
          let hint = close.isEmpty ? "declare it under 'entities:'" : "did you mean '\(close[0])'?"
          found.append(.error("\(label) names unknown entity '\(id)'", at: at, hint: hint))
        }
        let topics = (step.chain?.about ?? []) + step.relations.compactMap(\.about)
        for topic in topics where network.topic(topic) == nil {
          found.append(.error("\(label) names unknown topic '\(topic)'", at: at, hint: "declare it under 'topics:'"))
        }
        for selector in step.relations where selector.select(in: network).isEmpty {
          found.append(
            .error(
              "\(label): no relation matches \(selector.description)", at: at,
              hint: "check from, to, kind and about against the relations"))
        }
      }
    }
  }
}
