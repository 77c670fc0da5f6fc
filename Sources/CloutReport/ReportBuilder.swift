import Clout
import CloutGraphviz
import CloutIO

/// Writes a network as one self-contained interactive HTML page (docs/REPORT.md): the diagram
/// drawn by Graphviz in-process (the style and legend of `clout render`, grouped by bloc, actors
/// sized by influence), the network and its evidence, the rankings (influence, PageRank,
/// betweenness), the strongest chains into and out of every actor, and the network's stories,
/// all computed here and embedded as JSON for the page's script.
///
/// Cost: the Graphviz layout, the three measures (exact betweenness: O(n · m + n² log n)) and
/// O(n · maxHops · (n + m)) for the chains; the page grows linearly with the network and its quotes.
public struct ReportBuilder: Sendable {
  public var options: ReportOptions

  public init(options: ReportOptions = ReportOptions()) { self.options = options }

  /// The page for `network`.
  ///
  /// - Throws: `ReportError.tooBig` when the network (after the filter and focus) exceeds
  ///   `options.limits`, `.empty` when nothing is left, `.unknownFocus`, or a diagram, Graphviz or
  ///   analysis error.
  public func build(_ network: Network) throws(ReportError) -> Report {
    let scoped = try ReportScope.network(network, options: options)
    if scoped.entities.isEmpty { throw .empty }
    if scoped.entities.count > options.limits.entities || scoped.relations.count > options.limits.relations {
      throw .tooBig(entities: scoped.entities.count, relations: scoped.relations.count, limits: options.limits)
    }
    let language = options.language
    let words = DiagramVocabulary(language: language, network: scoped)
    let analysis = AnalysisGraph(network: scoped)
    let rankings = try ReportRankings(analysis)
    let (svg, layoutReason) = try diagram(scoped, influence: rankings.values[.influence] ?? [])
    let model = InfluenceModel(network: scoped)
    let stories = ReportStories(scoped, language: language, rules: options.chainRules)
    let title = options.title ?? network.title ?? "Clout report"
    var scores: [(String, OutputValue)] = []
    for measure in ReportRankings.measures {
      scores.append(
        (measure.rawValue, .array((rankings.values[measure] ?? []).map { .number(ReportChains.rounded($0)) })))
    }
    let data = OutputValue.object([
      ("lang", .string(language)), ("title", .string(title)), ("description", .text(network.description)),
      ("words", ReportLabels.words(language)),
      ("entities", ReportData.entities(scoped, full: network, language: language, words: words)),
      ("relations", ReportData.relations(scoped)), ("sources", ReportData.sources(scoped)),
      ("topics", ReportData.topics(scoped, language: language)), ("kinds", ReportData.kinds(scoped, words: words)),
      ("statuses", ReportData.statuses(scoped, words: words)), ("months", ReportData.months(scoped)),
      ("measures", .array(ReportRankings.measures.map { .string($0.rawValue) })), ("scores", .object(scores)),
      ("chains", ReportChains.perActor(model, count: options.chainsPerActor, rules: options.chainRules)),
      ("stories", stories.value),
    ])
    let html = ReportPage.html(
      title: title, language: language, svg: svg, json: ReportJSON.text(data))
    return Report(
      html: html, entityCount: scoped.entities.count, relationCount: scoped.relations.count,
      storyCount: scoped.stories.count, layoutReason: layoutReason, warnings: stories.warnings)
  }

  /// The inline SVG of the network and the layout note.
  private func diagram(_ network: Network, influence: [Double]) throws(ReportError) -> (String, String) {
    var diagram = DiagramOptions(
      language: options.language, filter: RelationFilter(statuses: Set(RelationStatus.allCases)),
      showsIsolated: true, labelsEdges: true, showsLegend: true, title: "")
    // No cluster boxes: groups are told by colour (and the legend), as in `clout render`, so the
    // layout search can pick the drawing with the fewest crossings; neato cannot keep boxes apart.
    // The page keeps one drawn edge per relation: each carries its relation id, so a click gives
    // that relation's evidence and the date control fades it on its own dates.
    diagram.mergesParallel = false
    if influence.count == network.entities.count {
      diagram.nodeSize = Dictionary(uniqueKeysWithValues: zip(network.entities.map(\.id), influence))
    }
    let graph: DOTGraph
    do {
      graph = try DiagramBuilder(options: diagram).graph(for: network)
    } catch {
      throw .diagram(error)
    }
    let rendering: GraphvizRendering
    do {
      rendering = try DiagramRenderer.render(graph, formats: [.svg]).rendering
    } catch {
      throw .graphviz(error)
    }
    return (ReportSVG.inline(rendering.text(.svg) ?? ""), rendering.layoutReason)
  }
}
