import Clout

/// Plain (unsigned) Louvain communities as Clout finds them everywhere — `clout communities` on a
/// plain graph or with `--unsigned`, and the community colours and `--community N` of
/// `clout render` — so that the community a drawing colours or keeps is the one the table lists
/// under the same number.
///
/// The policy, in one place: the best of `runs` seeded runs (seeds 0, 1, …; default
/// `defaultRuns`, or one run on graphs of more than `largeGraphArcs` arcs, where one run already
/// takes seconds), on the graph as given (directed modularity for a directed graph, weights as
/// given), threshold 1e-7 (`CSRGraph.bestLouvain`). Communities are numbered from 1, largest
/// first, ties by their first vertex. Cost: the runs' (O(m) per pass), spread over the cores.
public struct LouvainCommunities: Sendable {
  /// Seeded runs taken when none are asked for.
  public static let defaultRuns = 10
  /// Above this many arcs one run is taken by default.
  public static let largeGraphArcs = 100_000

  /// The best run.
  public let result: LouvainResult
  /// The members of each community, community 1 first.
  public let groups: [[Int]]
  /// The community number (1-based) of each vertex.
  public let numberOf: [Int]

  /// The seeds for `runs` runs (nil: the default for a graph of `arcs` arcs).
  public static func seeds(runs: Int?, arcs: Int) -> [UInt64] {
    let count = runs ?? (arcs > largeGraphArcs ? 1 : defaultRuns)
    return (0..<UInt64(max(count, 1))).map { $0 }
  }

  /// Finds the communities of `graph`.
  ///
  /// - Throws: `AnswerError` with Louvain's reason when it cannot run (a negative weight).
  public init(of graph: CSRGraph, resolution: Double = 1, runs: Int? = nil) throws(AnswerError) {
    do {
      result = try graph.bestLouvain(
        weighted: true, resolution: resolution, seeds: Self.seeds(runs: runs, arcs: graph.edgeCount))
    } catch {
      throw AnswerError("communities: \(error)")
    }
    groups = result.partition.members().sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    var numberOf = [Int](repeating: 0, count: graph.vertexCount)
    for (c, members) in groups.enumerated() { for v in members { numberOf[v] = c + 1 } }
    self.numberOf = numberOf
  }

  /// The modularity of the best run.
  public var modularity: Double { result.modularity }
}
