/// All-pairs shortest-path distances, row-major: `entries[i·n + j] = d(i → j)`.
///
/// Unreachable pairs hold `.infinity` in `entries` and read as nil through the subscript; the
/// diagonal is 0. Memory: 8·n² bytes (80 MB at n = 3,200), so use `CSRGraph.distanceSummary` or
/// single-source searches for large graphs; `distanceMatrix` refuses n above `maximumVertices`.
public struct DistanceMatrix: Sendable, Equatable {
  /// n, the number of rows and columns.
  public let vertexCount: Int
  /// The distances in row-major order, `.infinity` when unreachable.
  public let entries: [Double]

  /// The largest n for which `CSRGraph.distanceMatrix` builds a matrix (65,536: 32 GiB of entries).
  public static let maximumVertices = 65_536

  /// The distance from `from` to `to`, or nil when unreachable (or out of range).
  public subscript(from: Int, to: Int) -> Double? {
    guard from >= 0, from < vertexCount, to >= 0, to < vertexCount else { return nil }
    let d = entries[from * vertexCount + to]
    return d.isFinite ? d : nil
  }

  /// The distances from one vertex, `.infinity` when unreachable.
  public func row(_ from: Int) -> ArraySlice<Double> {
    entries[(from * vertexCount)..<((from + 1) * vertexCount)]
  }
}

extension CSRGraph {
  /// All-pairs shortest-path lengths: one breadth-first search (unweighted) or Dijkstra search
  /// (weights as lengths) per source, on all cores. Directed graphs give d(row → column).
  ///
  /// Cost: O(n·m) unweighted, O(n·m·log m) weighted; O(n²) memory.
  /// Matches networkx `all_pairs_shortest_path_length` / `all_pairs_dijkstra_path_length` and igraph
  /// `distances(mode="out")`.
  ///
  /// - Throws: `GraphError.negativeWeight` for a negative length; `GraphError.undefined` when the
  ///   matrix would have more than `DistanceMatrix.maximumVertices` rows (use `distanceSummary` or
  ///   single-source searches).
  public func distanceMatrix(weighted: Bool = true, threads: Int? = nil) throws(GraphError) -> DistanceMatrix {
    let lengths = try pathLengths(weighted: weighted)
    let n = vertexCount
    guard n <= DistanceMatrix.maximumVertices else {
      throw .undefined(
        "a distance matrix of \(n) vertices needs \(n)² entries, more than \(DistanceMatrix.maximumVertices)²; "
          + "use distanceSummary or single-source shortest paths instead")
    }
    var entries = [Double](repeating: .infinity, count: n * n)
    let graph = self
    ParallelChunks.run(
      count: n, threads: threads,
      work: { range in
        let search = ShortestPathSearch(graph: graph, lengths: lengths, reverse: false, trackPaths: false)
        var rows: [Double] = []
        rows.reserveCapacity(range.count * n)
        for s in range {
          search.run(from: s)
          rows.append(contentsOf: search.distance)
        }
        return rows
      },
      combine: { range, rows in
        entries.replaceSubrange((range.lowerBound * n)..<(range.upperBound * n), with: rows)
      })
    return DistanceMatrix(vertexCount: n, entries: entries)
  }
}
