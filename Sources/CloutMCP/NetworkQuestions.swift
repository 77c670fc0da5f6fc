import Clout
import CloutAnswers
import CloutIO

/// The analysis tools: each reads its arguments, asks the engine and returns the tree the command
/// line's `--format json` prints with the command line's text. Errors carry the command line's
/// messages.
struct NetworkQuestions: Sendable {
  let network: Network

  /// A reporter of progress (done, total), called from the computation's threads.
  typealias Progress = @Sendable (Int, Int) -> Void

  // MARK: - Actors

  func findActor(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let query = try a.requiredString("query")
    let matches: [Entity]
    var suggestions: [String] = []
    switch EntityResolver(network).resolve(query) {
    case .found(let e): matches = [e]
    case .ambiguous(let candidates): matches = candidates
    case .notFound(let close):
      matches = []
      suggestions = close
    }
    let tree = OutputValue.object([
      ("query", .string(query)),
      ("matches", .array(matches.map(Self.summary))),
      ("suggestions", .array(suggestions.map { .string($0) })),
    ])
    var text: String
    switch matches.count {
    case 0:
      text = "no entity matches '\(query)'"
      if !suggestions.isEmpty {
        text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
      }
    case 1: text = "'\(query)' is \(matches[0].name) [\(matches[0].id)], \(matches[0].kind)"
    default:
      text = "'\(query)' matches \(matches.count) entities; say which:"
      for e in matches { text += "\n  \(e.id)\t\(e.name)\t(\(e.kind))" }
    }
    return ToolAnswer(structured: tree, text: text + "\n")
  }

  static func summary(_ e: Entity) -> OutputValue {
    .object([
      ("id", .string(e.id)), ("kind", .string(e.kind.id)), ("name", .string(e.name)),
      ("names", .object(e.names.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
      ("aliases", .array(e.aliases.map { .string($0) })), ("role", .text(e.role)),
      ("affiliation", .text(e.affiliation)),
    ])
  }

  func card(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let e = try EntityMatch.resolve(try a.requiredString("actor"), in: network)
    let card = EntityCard(entity: e, network: network)
    return ToolAnswer(structured: card.tree(), text: card.text())
  }

  // MARK: - Influence

  /// The influence model for these filters: with `standingTies`, `about` keeps the relations
  /// with neither topic nor date (as the command line does unless --strict-about).
  func model(_ spec: FilterSpec, standingTies: Bool) throws(AnswerError) -> InfluenceModel {
    try spec.check(against: network)
    let filter = try spec.filter()
    if standingTies, filter.topics != nil {
      return InfluenceModel(network: network, filter: filter, standingTies: true)
    }
    do throws(InfluenceError) {
      return try InfluenceModel(AnalysisGraph(network: network, filter: filter))
    } catch {
      throw AnswerError(error.description)
    }
  }

  func vertex(_ query: String) throws(AnswerError) -> Int {
    let e = try EntityMatch.resolve(query, in: network)
    guard let v = network.entityPosition(e.id) else { throw AnswerError("no entity matches '\(query)'") }
    return v
  }

  func ranking(_ side: InfluenceSide, _ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let spec = try a.filters()
    let model = try model(spec, standingTies: !(try a.bool("strict_about")))
    let focus = try vertex(try a.requiredString("actor"))
    let rules = try a.chainRules()
    let top = try a.int("top", default: 10, minimum: 1)
    let ranking: InfluenceRanking
    do throws(InfluenceError) {
      ranking =
        side == .influencers
        ? try model.influencers(of: focus, rules: rules, top: top)
        : try model.influenced(by: focus, rules: rules, top: top)
    } catch {
      throw AnswerError(error.description)
    }
    let view = InfluenceRankingView(side: side, ranking: ranking, model: model, filters: spec.summary)
    return ToolAnswer(structured: view.tree(), text: view.text())
  }

  func influence(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let spec = try a.filters()
    let model = try model(spec, standingTies: !(try a.bool("strict_about")))
    let from = try a.requiredString("from")
    let to = try a.requiredString("to")
    let s = try vertex(from)
    let t = try vertex(to)
    if s == t { throw AnswerError("'\(from)' and '\(to)' are the same actor (\(model.id(s))); name two actors") }
    let rules = try a.chainRules()
    let top = try a.int("top", default: 3, minimum: 1)
    let answer: InfluenceBetween
    do throws(InfluenceError) {
      answer = try model.influence(from: s, to: t, rules: rules, chains: top)
    } catch {
      throw AnswerError(error.description)
    }
    let view = InfluenceBetweenView(answer: answer, model: model, filters: spec.summary)
    return ToolAnswer(structured: view.tree(), text: view.text())
  }

  func paths(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let spec = try a.filters()
    let model = try model(spec, standingTies: !(try a.bool("strict_about")))
    let s = try vertex(try a.requiredString("from"))
    let t = try vertex(try a.requiredString("to"))
    let k = try a.int("k", default: 1, minimum: 1)
    let hops = try a.bool("hops")
    let rules = try a.chainRules()
    let chains: [InfluenceChain]
    do throws(InfluenceError) {
      chains = try ChainsView.find(in: model, from: s, to: t, k: k, rules: rules, hops: hops)
    } catch {
      throw AnswerError(error.description)
    }
    if chains.isEmpty {
      throw AnswerError(
        "no chain leads from \(model.name(s)) to \(model.name(t)) in the influence projection (with these filters; "
          + "\(rules.statement))")
    }
    let view = ChainsView(
      model: model, source: s, target: t, chains: chains, rules: rules, hops: hops, filters: spec.summary)
    return ToolAnswer(structured: view.tree(), text: view.text())
  }

  func brokers(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let spec = try a.filters()
    let model = try model(spec, standingTies: !(try a.bool("strict_about")))
    let first = try vertex(try a.requiredString("first"))
    let second = try vertex(try a.requiredString("second"))
    let top = try a.int("top", default: 10, minimum: 1)
    let examples = try a.int("examples", default: 2, minimum: 0)
    let hostile = try a.bool("hostile")
    let rules = try a.chainRules()
    let answer: Brokerage
    do throws(InfluenceError) {
      answer =
        try hostile
        ? model.brokersIncludingHostile(between: first, and: second, top: top, examples: examples, rules: rules)
        : model.brokers(between: first, and: second, top: top, examples: examples, rules: rules)
    } catch {
      throw AnswerError(error.description)
    }
    let view = BrokerageView(answer: answer, model: model, filters: spec.summary, hostile: hostile, rules: rules)
    return ToolAnswer(structured: view.tree(), text: view.text())
  }

  // MARK: - Measures

  func rank(_ a: ToolArguments, progress: Progress?) throws(AnswerError) -> ToolAnswer {
    let spec = try a.filters()
    try spec.check(against: network)
    let g = AnalysisGraph(network: network, filter: try spec.filter())
    let measure = try a.measure("by", default: .reach)
    let rules = try a.chainRules()
    let top = try a.int("top", default: 20, minimum: 0)
    let samples = try a.optionalInt("samples", minimum: 1)
    let seed = try a.int("seed", default: 42, minimum: 0)
    var options = MeasureOptions(betweennessPivots: samples, seed: UInt64(seed))
    options.chainRules = rules
    let scores: [Double]
    do {
      scores = try measure.compute(on: g, options: options, progress: progress)
    } catch {
      throw AnswerError("\(measure.rawValue): \(error)")
    }
    var sampling: RankView.Sampling?
    if measure == .betweenness, let samples, samples < g.vertexCount {
      let bound = options.betweennessErrorBound(vertexCount: g.vertexCount)
      sampling = RankView.Sampling(sources: samples, seed: UInt64(seed), errorBound: bound ?? 0)
    }
    let view = RankView(
      g: g, measure: measure, scores: scores, kind: try a.string("kind"), top: top, sampling: sampling, rules: rules)
    return ToolAnswer(structured: view.tree(), text: view.text())
  }

  func explain(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let spec = try a.filters()
    let model = try model(spec, standingTies: false)
    let v = try vertex(try a.requiredString("actor"))
    let measure = try a.measure("by", default: .reach)
    let rules = try a.chainRules()
    let top = try a.int("top", default: 10, minimum: 1)
    let x: ScoreExplanation
    do throws(InfluenceError) {
      x = try model.explain(v, by: measure, top: top, rules: rules)
    } catch {
      throw AnswerError(error.description)
    }
    let view = ExplanationView(answer: x, model: model, filters: spec.summary)
    return ToolAnswer(structured: view.tree(), text: view.text())
  }

  func diff(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let spec = try a.filters()
    if spec.asOf != nil || !spec.between.isEmpty {
      throw AnswerError("diff compares --from and --to; it takes no --as-of or --between")
    }
    let start = try FilterSpec.date(try a.requiredString("from"), "--from")
    let end = try FilterSpec.date(try a.requiredString("to"), "--to")
    try spec.check(against: network)
    let measure = try a.measure("by", default: .reach)
    let rules = try a.chainRules()
    let top = try a.int("top", default: 10, minimum: 1)
    let filter = try spec.filter()
    let diff: NetworkDiff
    do throws(InfluenceError) {
      diff = try NetworkDiff(
        network: network, filter: filter, from: start, to: end, measure: measure, top: top, rules: rules)
    } catch {
      throw AnswerError(error.description)
    }
    let view = DiffView(network: network, diff: diff, filters: spec.summary, rules: rules)
    return ToolAnswer(structured: view.tree(), text: view.text())
  }
}
