// The engine's breadth-first search, written once: hop levels, visiting order, and on request
// shortest-path counts σ with predecessor lists; reusable across sources. `PathCounts` is the σ and
// predecessor store shared with the weighted search (`Dijkstra.swift`).
//
// Specialised searches kept beside it on purpose, as igraph keeps its four betweenness searches
// side by side ("if you modify one, consider the other three", `src/centrality/betweenness.c`):
// - `BrandesBreadthFirst` (this folder, on `BrandesAdjacency`): unweighted betweenness with
//   successor sums instead of predecessor lists, on vertices renumbered by in-degree. It stays
//   separate because its backward pass adds dependencies in another order (successor scans, level
//   by level) than a predecessor-list pass over this workspace would, so merging the two would
//   change betweenness in the last bits; it also does less per arc (no predecessor list to
//   write, no distance test in the backward pass);
// - `Dijkstra` (Kernels/Dijkstra.swift): the weighted form, same σ and predecessor store.
// They must agree on what a shortest path is: self-loops never on one, each parallel arc counted in
// σ and recorded as a predecessor separately, ties only at equal hop counts (BFS) or under
// `PathLength`'s tie rule (Dijkstra). Change the rule in one, change the others;
// `betweennessMatchesReference` and the conformance kit check all of them.

/// Shortest-path counts σ and predecessor lists of one single-source search, on flat buffers
/// allocated once.
///
/// Predecessors of `w` are stored in the slots `start[w]..<start[w] + count[w]`, where `start`
/// are the offsets of the arcs entering `w` in the searched direction: a vertex has at most as many
/// predecessors as arcs entering it, each arc at most once. σ is a Double, exact below 2^53.
///
/// Memory: 12 bytes per vertex and 8 per arc.
final class PathCounts {
  /// Number of shortest paths from the source (σ); 0 where not reached.
  let sigma: UnsafeMutableBufferPointer<Double>
  /// First predecessor slot of each vertex (the entering-arc offsets).
  let start: [Int]
  let count: UnsafeMutableBufferPointer<Int32>
  let vertex: UnsafeMutableBufferPointer<Int32>
  let edge: UnsafeMutableBufferPointer<Int32>

  /// - Parameter start: offsets of the arcs entering each vertex (n + 1 entries).
  init(vertexCount n: Int, start: [Int]) {
    self.start = start
    let slots = start.last ?? 0
    sigma = .allocate(capacity: n)
    sigma.initialize(repeating: 0)
    count = .allocate(capacity: n)
    count.initialize(repeating: 0)
    vertex = .allocate(capacity: slots)
    vertex.initialize(repeating: 0)
    edge = .allocate(capacity: slots)
    edge.initialize(repeating: 0)
  }

  deinit {
    sigma.deallocate()
    count.deallocate()
    vertex.deallocate()
    edge.deallocate()
  }

  /// Starts a run at `source`: σ = 1, no predecessors.
  @inline(__always)
  func begin(at source: Int) { sigma[source] = 1 }

  /// Forgets what a run recorded for `v`.
  @inline(__always)
  func clear(_ v: Int) {
    sigma[v] = 0
    count[v] = 0
  }

  /// Records arc `v → w` (edge id `e`) on a shortest path to `w`: σ(w) += σ(v), or, when
  /// `replacing` (a strictly shorter path was found), σ(w) = σ(v) and the earlier predecessors are
  /// dropped.
  @inline(__always)
  func add(_ w: Int, from v: Int, edge e: Int32, replacing: Bool) {
    if replacing {
      sigma[w] = sigma[v]
      count[w] = 0
    } else {
      sigma[w] += sigma[v]
    }
    let slot = start[w] + Int(count[w])
    vertex[slot] = Int32(truncatingIfNeeded: v)
    edge[slot] = e
    count[w] += 1
  }
}

/// A reusable breadth-first search over a CSR adjacency on flat buffers: hop levels as `Int32`, the
/// visiting order and, with `PathCounts`, σ and every shortest-path predecessor. One workspace per
/// thread; a new run resets only the vertices the previous run reached, so repeated searches from
/// many sources cost O(reached + scanned arcs) each. The hot loop uses unchecked buffers: every index
/// comes from the CSR arrays, which the graph validated.
///
/// Definition: level(s) = 0 and level(w) = 1 + min level(v) over arcs v → w; σ(w) = Σ σ(v) over
/// the arcs v → w with level(w) = level(v) + 1, each parallel arc separately (a self-loop never
/// qualifies: it joins a level to itself). Predecessors are recorded in visiting order of v, then
/// arc order (Moore 1959, "The shortest path through a maze"; σ as in Brandes 2001, "A faster
/// algorithm for betweenness centrality", J. Math. Sociol. 25(2)).
///
/// Used by unweighted distances, closeness, harmonic centrality, eccentricity, distance matrices
/// and shortest-path trees (through `ShortestPathSearch`), by the level graphs of Dinic's maximum
/// flow (with an arc filter) and by `verticesReaching(_:within:)` (with a level limit).
///
/// Cost per run: O(reached vertices + their arcs); memory: 8 bytes per vertex, plus `PathCounts`.
final class BreadthFirstWorkspace {
  private let offsets: [Int]
  private let neighbors: [Int32]
  /// Edge id of each slot (for predecessors and arc filters); empty: the slots are the edge ids.
  private let edges: [Int32]
  /// Hop level of each vertex in the last run, −1 where it did not reach.
  let level: UnsafeMutableBufferPointer<Int32>
  /// The vertices reached by the last run, in visiting order (the source first); the first
  /// `reachedCount` entries are valid.
  let order: UnsafeMutableBufferPointer<Int32>
  private(set) var reachedCount = 0
  /// σ and predecessors of the last run, when requested.
  let paths: PathCounts?

  /// A search over any CSR adjacency: `neighbors[offsets[v]..<offsets[v + 1]]` are the heads of
  /// v's arcs, `edges` the matching edge ids (empty when the slots are the edge ids) and
  /// `predecessorStart`, when given, the offsets of the arcs entering each vertex (σ and
  /// predecessors are then recorded).
  init(vertexCount n: Int, offsets: [Int], neighbors: [Int32], edges: [Int32] = [], predecessorStart: [Int]? = nil) {
    self.offsets = offsets
    self.neighbors = neighbors
    self.edges = edges
    level = .allocate(capacity: n)
    level.initialize(repeating: -1)
    // Only the first `reachedCount` entries are ever read, each written first.
    order = .allocate(capacity: n)
    paths = predecessorStart.map { PathCounts(vertexCount: n, start: $0) }
  }

  /// A search along the arcs of `graph` (backwards when `incoming`: levels are distances TO the
  /// source), recording σ and predecessors when `countingPaths`.
  convenience init(graph: CSRGraph, incoming: Bool, countingPaths: Bool = false) {
    self.init(
      vertexCount: graph.vertexCount, offsets: incoming ? graph.inOffsets : graph.outOffsets,
      neighbors: incoming ? graph.inNeighbors : graph.outNeighbors,
      edges: countingPaths ? (incoming ? graph.inEdges : graph.outEdges) : [],
      predecessorStart: countingPaths ? (incoming ? graph.outOffsets : graph.inOffsets) : nil)
  }

  deinit {
    level.deallocate()
    order.deallocate()
  }

  /// The vertices reached by the last run, in visiting order.
  var reached: UnsafeMutableBufferPointer<Int32>.SubSequence { order[0..<reachedCount] }

  /// Searches from `source` (in range), replacing the previous run.
  func run(from source: Int) {
    if let paths {
      search(from: source, paths: paths, limit: nil, admits: { _ in true })
    } else {
      search(from: source, paths: nil, limit: nil, admits: { _ in true })
    }
  }

  /// Searches from `source` without going beyond `maxLevel` hops: the vertices at that level are
  /// reached but not expanded, so the run reaches exactly the vertices within `maxLevel` hops. A
  /// negative `maxLevel` sets no limit.
  func run(from source: Int, maxLevel: Int) {
    search(from: source, paths: paths, limit: maxLevel < 0 ? nil : Int32(clamping: maxLevel), admits: { _ in true })
  }

  /// Searches from `source` following only the arcs whose edge id `admits` accepts.
  func run(from source: Int, admitting admits: (Int) -> Bool) {
    search(from: source, paths: paths, limit: nil, admits: admits)
  }

  /// The one loop; `limit` is a level whose vertices are not expanded (nil: none). Inlined into each
  /// `run`, so the unlimited, unfiltered, path-free runs pay for none of these options.
  @inline(__always)
  private func search(from source: Int, paths: PathCounts?, limit: Int32?, admits: (Int) -> Bool) {
    let level = self.level
    let order = self.order
    for i in 0..<reachedCount {
      let v = Int(order[i])
      level[v] = -1
      paths?.clear(v)
    }
    paths?.begin(at: source)
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        edges.withUnsafeBufferPointer { edges in
          let direct = edges.isEmpty
          level[source] = 0
          order[0] = Int32(truncatingIfNeeded: source)
          var head = 0
          var tail = 1
          while head < tail {
            let v = Int(order[head])
            head += 1
            if let limit, level[v] == limit { continue }
            let next = level[v] + 1
            for slot in offsets[v]..<offsets[v + 1] {
              guard admits(direct ? slot : Int(edges[slot])) else { continue }
              let w = neighbors[slot]
              if level[Int(w)] < 0 {
                level[Int(w)] = next
                order[tail] = w
                tail += 1
              }
              if let paths, level[Int(w)] == next {
                paths.add(
                  Int(w), from: v, edge: direct ? Int32(truncatingIfNeeded: slot) : edges[slot], replacing: false)
              }
            }
          }
          reachedCount = tail
        }
      }
    }
  }
}
