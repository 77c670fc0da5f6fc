/// Eccentricity, diameter, radius and the longest finite distance of a graph.
///
/// Eccentricity, diameter and radius are only defined when every vertex reaches every other
/// (connected, or strongly connected when directed); otherwise they are nil, as networkx raises.
/// `maxFiniteDistance` is defined for every non-empty graph.
public struct DistanceSummary: Sendable, Equatable {
  /// `ecc(v) = max_u d(v → u)`, or nil unless the graph is (strongly) connected.
  public let eccentricities: [Double]?
  /// The largest eccentricity, or nil unless (strongly) connected.
  public let diameter: Double?
  /// The smallest eccentricity, or nil unless (strongly) connected.
  public let radius: Double?
  /// The largest finite distance between two vertices (0 without edges), or nil for the empty
  /// graph; igraph `diameter(unconn=True)`.
  public let maxFiniteDistance: Double?

  /// Summarises per-source results: the largest finite distance from each vertex and whether that
  /// vertex reaches all others.
  init(rowMaxima: [Double], rowComplete: [Bool]) {
    let connected = !rowMaxima.isEmpty && !rowComplete.contains(false)
    eccentricities = connected ? rowMaxima : nil
    diameter = connected ? rowMaxima.max() : nil
    radius = connected ? rowMaxima.min() : nil
    maxFiniteDistance = rowMaxima.max()
  }
}

extension DistanceMatrix {
  /// Eccentricity, diameter, radius and longest finite distance read from the matrix. O(n²).
  /// Same definitions as `CSRGraph.distanceSummary(weighted:threads:)` (networkx `eccentricity`,
  /// `diameter`, `radius`; igraph `diameter(unconn=True)`).
  public func summary() -> DistanceSummary {
    var maxima = [Double](repeating: 0, count: vertexCount)
    var complete = [Bool](repeating: true, count: vertexCount)
    for v in 0..<vertexCount {
      for d in row(v) {
        if d.isFinite { maxima[v] = max(maxima[v], d) } else { complete[v] = false }
      }
    }
    return DistanceSummary(rowMaxima: maxima, rowComplete: complete)
  }
}

extension CSRGraph {
  /// Eccentricity (outgoing distances: `ecc(v) = max_u d(v → u)`), diameter, radius and the longest
  /// finite distance, without storing the distance matrix.
  ///
  /// Eccentricity, diameter and radius are nil unless every vertex reaches every other.
  /// Weighted: weights are lengths. Cost: O(n·m) unweighted, O(n·m·log m) weighted, on all cores;
  /// O(n + m) memory per thread. Matches networkx `eccentricity`, `diameter`, `radius` (which raise
  /// on disconnected graphs) and igraph `diameter(unconn=True)` for `maxFiniteDistance`.
  ///
  /// - Throws: `GraphError.negativeWeight` for a negative length.
  public func distanceSummary(weighted: Bool = true, threads: Int? = nil) throws(GraphError) -> DistanceSummary {
    let lengths = try pathLengths(weighted: weighted)
    let n = vertexCount
    var maxima = [Double](repeating: 0, count: n)
    var complete = [Bool](repeating: true, count: n)
    let graph = self
    ParallelChunks.run(
      count: n, threads: threads,
      work: { range in
        let search = ShortestPathSearch(graph: graph, lengths: lengths, reverse: false, trackPaths: false)
        return range.map { s -> (Double, Bool) in
          search.run(from: s)
          var farthest = 0.0
          for v in search.reached { farthest = max(farthest, search.distance[Int(v)]) }
          return (farthest, search.reachedCount == n)
        }
      },
      combine: { range, rows in
        for (i, v) in range.enumerated() { (maxima[v], complete[v]) = rows[i] }
      })
    return DistanceSummary(rowMaxima: maxima, rowComplete: complete)
  }
}
