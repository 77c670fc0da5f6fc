import Clout

/// The rankings a report tabulates, one value per entity in network order: influence (PageRank on
/// the reversed influence projection: how much an actor moves others), PageRank (how much it is
/// moved) and betweenness (brokerage), as `clout rank` computes them (see `Measure`).
///
/// Cost: that of the three measures, O(n · m + n² log n) for exact betweenness.
struct ReportRankings {
  static let measures: [Measure] = [.influence, .pagerank, .betweenness]

  let values: [Measure: [Double]]

  init(_ analysis: AnalysisGraph) throws(ReportError) {
    var values: [Measure: [Double]] = [:]
    for measure in Self.measures {
      do {
        values[measure] = try measure.compute(on: analysis)
      } catch {
        throw .analysis("\(measure.rawValue): \(error)")
      }
    }
    self.values = values
  }
}
