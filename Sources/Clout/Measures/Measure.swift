/// The per-vertex measures `clout rank` and `clout metrics` offer, each computed on an
/// `AnalysisGraph` with the weights in the role the measure needs (strengths or lengths).
///
/// On an influence projection an arc u→v means "u moves v". Measures that reward incoming arcs
/// (in-degree, PageRank, eigenvector, Katz, authorities) therefore score how much an actor is
/// moved; `reach` (the summed strength of its strongest chains to others), `influence` (PageRank on
/// the reversed projection), out-degree and hubs score how much it moves others. Betweenness scores brokerage: how many strongest chains pass through an actor.
public enum Measure: String, CaseIterable, Sendable {
  case degree
  case inDegree = "in-degree"
  case outDegree = "out-degree"
  case strength
  case inStrength = "in-strength"
  case outStrength = "out-strength"
  case betweenness
  case closeness
  case harmonic
  case pagerank
  case reach
  case influence
  case eigenvector
  case katz
  case hubs
  case authorities
  case core
  case clustering

  /// PageRank's damping factor for `pagerank` and `influence` (networkx's default); `summary`,
  /// `compute` and `explain` all read it here.
  public static let pageRankAlpha = 0.85
  /// Katz's attenuation factor for `katz`.
  public static let katzAlpha = 0.1
  /// Katz's constant term for `katz` (before normalisation).
  public static let katzBeta = 1.0

  /// One line for `--help` and for column documentation.
  public var summary: String {
    switch self {
    case .degree: return "number of arcs in and out"
    case .inDegree: return "number of arcs in (actors that move it)"
    case .outDegree: return "number of arcs out (actors it moves)"
    case .strength: return "sum of arc strengths in and out"
    case .inStrength: return "sum of strengths of arcs in"
    case .outStrength: return "sum of strengths of arcs out"
    case .betweenness: return "normalised betweenness on lengths (−log strength): brokerage"
    case .closeness: return "Wasserman–Faust closeness from incoming lengths"
    case .harmonic: return "harmonic centrality from incoming lengths"
    case .pagerank: return "PageRank (α \(Self.pageRankAlpha)) along arcs: how much it is moved"
    case .reach:
      return "sum of its strongest-chain strengths to every actor it moves: how many it moves, how strongly"
    case .influence: return "PageRank (α \(Self.pageRankAlpha)) on reversed arcs: who sits upstream of much"
    case .eigenvector: return "eigenvector centrality (in-arcs, unit norm)"
    case .katz: return "Katz centrality (α \(Self.katzAlpha), β \(NumberText.short(Self.katzBeta)), in-arcs, unit norm)"
    case .hubs: return "HITS hub score: points to strong authorities"
    case .authorities: return "HITS authority score: pointed to by strong hubs"
    case .core: return "k-core number (in + out)"
    case .clustering: return "local clustering (Fagiolo for directed graphs)"
    }
  }

  /// Computes the measure for every vertex.
  ///
  /// - Parameters:
  ///   - progress: called with (done, total) by long computations (betweenness, PageRank).
  public func compute(
    on g: AnalysisGraph, threads: Int? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> [Double] {
    try compute(on: g, options: MeasureOptions(threads: threads), progress: progress)
  }

  /// Computes the measure for every vertex, with betweenness exact or sampled as `options` say.
  ///
  /// - Parameters:
  ///   - progress: called with (done, total) by long computations (betweenness, PageRank).
  public func compute(
    on g: AnalysisGraph, options: MeasureOptions, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(GraphError) -> [Double] {
    let strengths = g.graph
    let threads = options.threads
    switch self {
    case .degree: return strengths.degrees().map(Double.init)
    case .inDegree: return strengths.inDegrees().map(Double.init)
    case .outDegree: return strengths.outDegrees().map(Double.init)
    case .strength: return strengths.strengths()
    case .inStrength: return strengths.inStrengths()
    case .outStrength: return strengths.outStrengths()
    case .betweenness:
      if let pivots = options.betweennessPivots {
        return try g.lengths.sampledBetweenness(
          pivots: pivots, seed: options.seed, weighted: true, threads: threads, includeEdges: false,
          progress: progress
        ).vertices
      }
      return try g.lengths.betweenness(weighted: true, threads: threads, progress: progress)
    case .closeness: return try g.lengths.closeness(weighted: true, threads: threads)
    case .harmonic: return try g.lengths.harmonic(weighted: true, threads: threads)
    case .pagerank: return try strengths.pageRank(alpha: Self.pageRankAlpha, threads: threads, progress: progress)
    case .reach: return try g.reach(rules: options.chainRules)
    case .influence:
      return try strengths.reversed().pageRank(alpha: Self.pageRankAlpha, threads: threads, progress: progress)
    case .eigenvector: return try strengths.eigenvectorCentrality()
    case .katz: return try strengths.katzCentrality(alpha: Self.katzAlpha, beta: Self.katzBeta)
    case .hubs: return try strengths.hits().hubs
    case .authorities: return try strengths.hits().authorities
    case .core: return strengths.coreNumbers().map(Double.init)
    case .clustering: return try strengths.clustering(weighted: false)
    }
  }

  /// Whether computing the measure exactly takes one search per vertex (O(n·m) or more): such
  /// measures take hours on graphs with millions of arcs.
  public var searchesFromEveryVertex: Bool {
    switch self {
    case .betweenness, .closeness, .harmonic: return true
    default: return false
    }
  }
}
