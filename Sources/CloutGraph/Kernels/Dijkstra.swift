// The engine's Dijkstra search, written once and parameterised by its queue (`DijkstraQueue`: the
// lazy binary heap, the indexed 4-ary heap, Dial's buckets; all in PriorityQueues.swift) and by its
// tie rule and what it records (`DijkstraRule`). Each caller picks the pair it has always used, so
// every distance, σ and chosen path is the same bit for bit as before the kernel was shared.
//
// | caller                                   | queue                | rule               |
// |------------------------------------------|----------------------|--------------------|
// | `CSRGraph.distances`, small integers     | `BucketQueue`        | `ExactDistances`   |
// | `CSRGraph.distances`, other lengths      | `IndexedDistanceHeap`| `ExactDistances`   |
// | `ShortestPathSearch` (σ, trees, Brandes, | `DistanceHeap`       | `TiedPathCounts`   |
// |   closeness, eccentricity, matrices)     |                      |                    |
// | `kShortestPaths` spur searches (Yen)     | `DistanceHeap`       | `FewestHopsPath`   |
//
// The breadth-first form is `BreadthFirstWorkspace` (Traversal.swift) and the hot unweighted
// betweenness search `BrandesBreadthFirst`; they must agree with `TiedPathCounts` on what a
// shortest path is (see the note at the top of Traversal.swift). Change them together.

/// A priority queue for `Dijkstra.run`: entries of a vertex, its tentative distance (the key) and
/// the rule's tie value; `next` returns the smallest. A queue may hold stale entries (lazy deletion)
/// or keep one entry per vertex (decrease-key); the rule's `isLive` tells them apart.
protocol DijkstraQueue: ~Copyable {
  /// Adds `vertex` with `key` and `tie` (or lowers its key if the queue keeps one entry per vertex).
  mutating func insert(_ vertex: Int32, key: Double, tie: Int32)
  /// Removes and returns the entry to settle next, or nil when the queue is empty.
  mutating func next() -> (vertex: Int32, key: Double, tie: Int32)?
}

/// What a Dijkstra search decides and records besides distances: which popped entries are live,
/// which arcs may be followed, when a path to a vertex replaces or joins the known ones (the tie
/// rule), and what is kept of them (σ and predecessor lists, one parent, nothing).
protocol DijkstraRule {
  /// Called once before the search, for the source (distance 0 already set).
  mutating func start(at source: Int)
  /// Whether the popped entry (v, key, tie) is v's current one and v is not settled yet.
  func isLive(_ v: Int, key: Double, tie: Int32, distance: UnsafeMutableBufferPointer<Double>) -> Bool
  /// Settles v (its distance is final); false stops the search.
  mutating func settle(_ v: Int) -> Bool
  /// Whether the arc v → w (edge id e) may be relaxed.
  func admits(_ w: Int, from v: Int, edge e: Int) -> Bool
  /// Relaxes v → w (edge id e) with the path length `candidate`: updates `distance[w]` and the
  /// rule's records; returns the tie value to queue w with, or nil when w is not (re)queued.
  mutating func relax(
    _ w: Int, from v: Int, edge e: Int, candidate: Double, distance: UnsafeMutableBufferPointer<Double>
  ) -> Int32?
}

/// Dijkstra's algorithm (Dijkstra 1959, "A note on two problems in connexion with graphs",
/// Numerische Mathematik 1:269–271) on a CSR adjacency, generic over queue and rule.
///
/// Definition: with lengths ≥ 0, d(s) = 0 and d(w) = min over arcs v → w of d(v) + l(v → w), the
/// minimum as the rule decides it (exact `<`, or the tolerance of `PathLength`). Vertices are
/// settled in non-decreasing distance; each settled vertex relaxes its admitted arcs once.
///
/// Cost: O(n + m) relaxations plus the queue's work: O((n + m) log m) with the lazy heap,
/// O((n + m) log₄ n) with the indexed heap, O(n + m + D) with buckets (D the largest distance).
enum Dijkstra {
  /// Searches from `source`. `distance` must hold `.infinity` everywhere the rule has not reset;
  /// `edges` maps slots to edge ids (empty: the slots are the edge ids); `lengths` is by edge id.
  /// The queue must be empty, except that entries left by an earlier run must be cleared first.
  @inline(__always)
  static func run<Queue: DijkstraQueue & ~Copyable, Rule: DijkstraRule>(
    from source: Int, queue: inout Queue, rule: inout Rule, offsets: UnsafeBufferPointer<Int>,
    neighbors: UnsafeBufferPointer<Int32>, edges: UnsafeBufferPointer<Int32>, lengths: UnsafeBufferPointer<Double>,
    distance: UnsafeMutableBufferPointer<Double>
  ) {
    let direct = edges.isEmpty
    distance[source] = 0
    rule.start(at: source)
    queue.insert(Int32(truncatingIfNeeded: source), key: 0, tie: 0)
    while let (vertex, key, tie) = queue.next() {
      let v = Int(vertex)
      guard rule.isLive(v, key: key, tie: tie, distance: distance) else { continue }
      guard rule.settle(v) else { break }
      for slot in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[slot])
        let e = direct ? slot : Int(edges[slot])
        guard rule.admits(w, from: v, edge: e) else { continue }
        let candidate = key + lengths[e]
        if let t = rule.relax(w, from: v, edge: e, candidate: candidate, distance: distance) {
          queue.insert(neighbors[slot], key: candidate, tie: t)
        }
      }
    }
  }
}

/// Distances only, compared exactly: a vertex's distance drops whenever a strictly shorter path
/// arrives. The minimum of exact comparisons does not depend on the queue, so the bucket queue and
/// the indexed heap give the same bits.
struct ExactDistances: DijkstraRule {
  @inline(__always) func start(at source: Int) {}

  @inline(__always)
  func isLive(_ v: Int, key: Double, tie: Int32, distance: UnsafeMutableBufferPointer<Double>) -> Bool {
    key == distance[v]
  }

  @inline(__always) func settle(_ v: Int) -> Bool { true }

  @inline(__always) func admits(_ w: Int, from v: Int, edge e: Int) -> Bool { true }

  @inline(__always)
  func relax(
    _ w: Int, from v: Int, edge e: Int, candidate: Double, distance: UnsafeMutableBufferPointer<Double>
  ) -> Int32? {
    guard candidate < distance[w] else { return nil }
    distance[w] = candidate
    return 0
  }
}

/// The tie rule of `PathLength` with path counts: a path shorter beyond the tolerance replaces the
/// known ones (σ(w) = σ(v), predecessors dropped), an equally short one joins them (σ(w) += σ(v),
/// one more predecessor). Self-loops and arcs into settled vertices are skipped, so a tie through a
/// zero-length arc into a vertex settled first is not counted (as in networkx and igraph). Settled
/// vertices are listed in `order`, in settling order.
struct TiedPathCounts: DijkstraRule {
  let settled: UnsafeMutableBufferPointer<Bool>
  let order: UnsafeMutableBufferPointer<Int32>
  let paths: PathCounts?
  let tolerance: Double
  private(set) var reachedCount = 0

  init(
    settled: UnsafeMutableBufferPointer<Bool>, order: UnsafeMutableBufferPointer<Int32>, paths: PathCounts?,
    tolerance: Double
  ) {
    self.settled = settled
    self.order = order
    self.paths = paths
    self.tolerance = tolerance
  }

  @inline(__always) func start(at source: Int) { paths?.begin(at: source) }

  @inline(__always)
  func isLive(_ v: Int, key: Double, tie: Int32, distance: UnsafeMutableBufferPointer<Double>) -> Bool {
    !settled[v] && key == distance[v]
  }

  @inline(__always)
  mutating func settle(_ v: Int) -> Bool {
    settled[v] = true
    order[reachedCount] = Int32(truncatingIfNeeded: v)
    reachedCount += 1
    return true
  }

  @inline(__always) func admits(_ w: Int, from v: Int, edge e: Int) -> Bool { w != v && !settled[w] }

  @inline(__always)
  func relax(
    _ w: Int, from v: Int, edge e: Int, candidate: Double, distance: UnsafeMutableBufferPointer<Double>
  ) -> Int32? {
    let current = distance[w]
    if current == .infinity || PathLength.shorter(candidate, current, tolerance) {
      distance[w] = candidate
      paths?.add(w, from: v, edge: Int32(truncatingIfNeeded: e), replacing: true)
      return 0
    }
    if let paths, PathLength.same(candidate, current, tolerance) {
      paths.add(w, from: v, edge: Int32(truncatingIfNeeded: e), replacing: false)
    }
    return nil
  }
}

/// One shortest path to a target, fewest hops among equally short paths (`PathLength`'s tie
/// rule), first found among equals: a path replaces the known one when shorter beyond the
/// tolerance, or equally short with fewer hops; the hop count is the queue's tie value. Removed
/// vertices and edges (Yen's spur searches) are never entered; the search stops once the target
/// is settled. Every vertex given a distance is listed in `touched`, for the reset.
struct FewestHopsPath: DijkstraRule {
  let settled: UnsafeMutableBufferPointer<Bool>
  let hops: UnsafeMutableBufferPointer<Int32>
  let parentVertex: UnsafeMutableBufferPointer<Int32>
  let parentEdge: UnsafeMutableBufferPointer<Int32>
  let removedVertex: [Bool]
  let removedEdge: [Bool]
  let target: Int
  let tolerance: Double
  var touched: [Int32]

  @inline(__always)
  mutating func start(at source: Int) {
    hops[source] = 0
    touched.append(Int32(truncatingIfNeeded: source))
  }

  @inline(__always)
  func isLive(_ v: Int, key: Double, tie: Int32, distance: UnsafeMutableBufferPointer<Double>) -> Bool {
    !settled[v] && key == distance[v] && tie == hops[v]
  }

  @inline(__always)
  func settle(_ v: Int) -> Bool {
    settled[v] = true
    return v != target
  }

  @inline(__always)
  func admits(_ w: Int, from v: Int, edge e: Int) -> Bool {
    w != v && !settled[w] && (removedVertex.isEmpty || !(removedVertex[w] || removedEdge[e]))
  }

  @inline(__always)
  mutating func relax(
    _ w: Int, from v: Int, edge e: Int, candidate: Double, distance: UnsafeMutableBufferPointer<Double>
  ) -> Int32? {
    let candidateHops = hops[v] + 1
    let current = distance[w]
    let better =
      current == .infinity || PathLength.shorter(candidate, current, tolerance)
      || (PathLength.same(candidate, current, tolerance) && candidateHops < hops[w])
    guard better else { return nil }
    if current == .infinity { touched.append(Int32(truncatingIfNeeded: w)) }
    distance[w] = candidate
    hops[w] = candidateHops
    parentVertex[w] = Int32(truncatingIfNeeded: v)
    parentEdge[w] = Int32(truncatingIfNeeded: e)
    return candidateHops
  }
}
