/// Yen's k-shortest-simple-paths algorithm (Yen 1971, "Finding the k shortest loopless paths in a
/// network", Management Science 17(11)), written once over any spur search.
///
/// Definition: the `k` best simple paths from a source to a target, best first, where "best" is
/// `precedes`. Each accepted path's i-th vertex is a spur: the search from it avoids the path's
/// first i vertices and the i-th arcs of every accepted path sharing its first i arcs; the root
/// part plus the spur is a candidate; the best candidate is accepted next (the first found among
/// equals). `spur` receives the root part's arcs, so a search whose arc values depend on how it is
/// reached (time-respecting chains) can start from the right state. The caller's paths must
/// start with the source; `first` is the best path.
///
/// Used by `CSRGraph.kShortestPaths` (Dijkstra spur searches on lengths, as networkx
/// `shortest_simple_paths`) and by the strongest-chain engine (`ChainSearch` spur searches under
/// `ChainRules`).
///
/// Cost: O(k · L) spur searches for paths of at most L arcs.
package enum YenKBest {
  /// - Parameters:
  ///   - spur: `(rootArcs, rootVertices, removedVertex, removedArc)` → the full path (root part +
  ///     spur) or nil; `rootVertices` runs from the source to the spur vertex (its last element).
  package static func paths<Path>(
    k: Int, first: Path, vertexCount: Int, arcCount: Int, vertices: (Path) -> [Int], arcs: (Path) -> [Int],
    spur: (_ rootArcs: [Int], _ rootVertices: [Int], _ removedVertex: [Bool], _ removedArc: [Bool]) -> Path?,
    precedes: (Path, Path) -> Bool
  ) -> [Path] {
    var accepted = [first]
    var candidates: [Path] = []
    var known: Set<[Int]> = [arcs(first)]
    var removedVertex = [Bool](repeating: false, count: vertexCount)
    var removedArc = [Bool](repeating: false, count: arcCount)
    while accepted.count < k, let previous = accepted.last {
      let previousArcs = arcs(previous)
      let previousVertices = vertices(previous)
      for i in 0..<previousArcs.count {
        let rootArcs = Array(previousArcs[0..<i])
        var cleared: [Int] = []
        for path in accepted {
          let a = arcs(path)
          if a.count > i && Array(a[0..<i]) == rootArcs {
            removedArc[a[i]] = true
            cleared.append(a[i])
          }
        }
        for v in previousVertices[0..<i] { removedVertex[v] = true }
        if let found = spur(rootArcs, Array(previousVertices[0...i]), removedVertex, removedArc),
          known.insert(arcs(found)).inserted
        {
          candidates.append(found)
        }
        for v in previousVertices[0..<i] { removedVertex[v] = false }
        for a in cleared { removedArc[a] = false }
      }
      guard var best = candidates.indices.first else { break }
      for j in candidates.indices where precedes(candidates[j], candidates[best]) { best = j }
      accepted.append(candidates.remove(at: best))
    }
    return accepted
  }
}
