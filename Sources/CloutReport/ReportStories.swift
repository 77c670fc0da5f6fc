import Clout
import CloutIO

/// A network's stories resolved against the report's network: relation selectors become relation
/// ids, chains become the strongest chain found by Clout (standing ties included, as `clout
/// influence --about` does), captions and titles are picked in the report's language with the
/// other languages kept.
struct ReportStories {
  let value: OutputValue
  let warnings: [String]
  let stepCount: Int

  init(_ network: Network, language: String, rules: ChainRules) {
    var warnings: [String] = []
    var steps = 0
    var stories: [OutputValue] = []
    for story in network.stories {
      var out: [OutputValue] = []
      for (i, step) in story.steps.enumerated() {
        let label = "story '\(story.id)', step \(i + 1)"
        let actors = step.actors.filter { network.entity($0) != nil }
        var relations: [String] = []
        for selector in step.relations {
          let found = selector.select(in: network)
          if found.isEmpty { warnings.append("\(label): no relation in the report matches \(selector.description)") }
          for r in found where !relations.contains(r.id) { relations.append(r.id) }
        }
        var chain = OutputValue.null
        if let wanted = step.chain {
          let filter = RelationFilter(topics: wanted.about.isEmpty ? nil : Set(wanted.about))
          let model = InfluenceModel(network: network, filter: filter, standingTies: true)
          if let a = model.vertex(wanted.from), let b = model.vertex(wanted.to),
            let best = (try? model.influence(from: a, to: b, rules: rules, chains: 1))?.chains.first
          {
            chain = ReportChains.chain(best, model)
          } else {
            warnings.append("\(label): no influence chain from \(wanted.from) to \(wanted.to) in the report")
          }
        }
        out.append(
          .object([
            ("caption", .string(step.caption(in: language))), ("captions", Self.texts(step.caption)),
            ("actors", .array(actors.map { .string($0) })), ("relations", .array(relations.map { .string($0) })),
            ("chain", chain),
          ]))
        steps += 1
      }
      stories.append(
        .object([
          ("id", .string(story.id)), ("title", .string(story.title(in: language))), ("steps", .array(out)),
        ]))
    }
    value = .array(stories)
    self.warnings = warnings
    stepCount = steps
  }

  private static func texts(_ texts: [String: String]) -> OutputValue {
    .object(texts.keys.sorted().map { ($0, .string(texts[$0] ?? "")) })
  }
}
