import Foundation

/// The power iteration behind `CSRGraph.pageRankResult`: flat buffers, one sweep over the arcs
/// per iteration, fixed chunks for a thread-count-independent result.
///
/// Sweep kinds, chosen from the graph's layout only (never from the thread count):
/// - `pull`: `y[v] = Σ c[u]` over in-slots (unweighted digraphs), or `Σ c[u]·w` for weighted ones,
///   with the weights in in-slot order: read as they are for a reversed view (whose in-slots are
///   the edge ids), gathered once into a buffer of 8 bytes per arc otherwise;
/// - `pullBlocked`: the unweighted `pull` of a large digraph, its in-slots regrouped by blocks of
///   tails (`PageRankBlocks`) so that each pass reads a cache-sized part of `c`; the same sums;
/// - `pullUndirected`: the same over both-ends adjacency, a self-loop's two slots at half weight;
/// Here `c[u] = x[u] / strength(u)`, 0 for dangling vertices, whose mass is spread by teleport.
struct PageRankKernel {
  private enum Sweep { case pull, pullBlocked, pullUndirected }

  private let n: Int
  private let sweep: Sweep
  /// The graph, whose in-slots (`pull`) or both-ends slots (`pullUndirected`) a sweep reads, and
  /// its edge weights (`pullUndirected` of a weighted graph).
  private let graph: CSRGraph
  /// Whether a `pullUndirected` sweep weighs the slots by the graph's edge weights.
  private let undirectedWeights: Bool
  /// Whether a weighted `pull` reads the graph's edge weights as slot weights (a reversed view,
  /// whose in-slots are the edge ids) rather than the gathered `inputs.slotWeights`.
  private let slotsAreEdges: Bool
  /// The per-vertex and per-slot values the kernel computes once.
  private let inputs: PageRankInputs
  /// Fixed vertex chunks of about equal work.
  private let chunks: [Range<Int>]
  /// The in-slots by tail block (`pullBlocked` only).
  private let blocks: PageRankBlocks?
  private let workers: Int

  /// Graphs with fewer slots and vertices than this run on one thread: a sweep is too short to share.
  static let parallelThreshold = 1 << 17

  /// - Parameter blockShift: tail blocks of `1 << blockShift` vertices for the blocked sweep (it
  ///   is used when there are at least two); the scores do not depend on it.
  init(graph g: CSRGraph, weighted: Bool, threads: Int, blockShift: Int = PageRankBlocks.defaultShift) {
    n = g.vertexCount
    graph = g
    let weights = weighted ? g.edgeWeights : nil
    // Undirected: both-ends slots, weights read by edge id. Directed: in-slots, and the weights in
    // slot order, so that every sweep reads the weights as it reads the slots, in parallel (gathered
    // once). In-slots are sorted by tail, so each sum adds the same terms in the same order as a
    // push along the forward slots would.
    var sweep = g.isDirected ? Sweep.pull : .pullUndirected
    let offsets = g.isDirected ? g.inOffsets : g.outOffsets
    undirectedWeights = !g.isDirected && weights != nil
    slotsAreEdges = g.isDirected && weights != nil && g.inSlotsAreEdgeIDs
    inputs = PageRankInputs(g, weights: weights)
    chunks = Self.balancedChunks(offsets: offsets, n: n)
    // Blocks need in-slots sorted by tail; the out-offsets count them by tail.
    blocks =
      sweep == .pull && weights == nil && g.inSlotsFollowTailOrder
      ? PageRankBlocks(
        n: n, offsets: offsets, neighbors: g.inNeighbors, tailOffsets: g.outOffsets, chunks: chunks,
        shift: blockShift)
      : nil
    if blocks != nil { sweep = .pullBlocked }
    self.sweep = sweep
    let work = offsets[n] + n
    workers = work < Self.parallelThreshold ? 1 : max(1, min(threads, chunks.count))
  }

  /// At most 256 contiguous vertex ranges with about equal slots + vertices each.
  private static func balancedChunks(offsets: [Int], n: Int) -> [Range<Int>] {
    let total = offsets[n] + n
    let count = max(1, min(256, n))
    var out: [Range<Int>] = []
    var begin = 0
    for k in 1...count {
      let target = total * k / count
      var end = begin
      while end < n && offsets[end] + end < target { end += 1 }
      if k == count { end = n }
      if end > begin {
        out.append(begin..<end)
        begin = end
      }
    }
    return out
  }

  func solve(
    alpha: Double, teleport: [Double]?, tolerance: Double, maxIterations: Int,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws(GraphError) -> PageRankResult {
    let state = PageRankState(n: n, chunkCount: chunks.count, teleport: teleport)
    defer { state.deallocate() }
    let inverseStrength = inputs.inverseStrength.base
    let uniform = 1 / Double(n)
    var dangling = 0.0
    for v in 0..<n {
      state.x[v] = uniform
      state.c[v] = uniform * inverseStrength[v]
      if inverseStrength[v] == 0 { dangling += uniform }
    }
    var previousChange = 0.0
    var iterations = 0
    while iterations < maxIterations {
      iterations += 1
      let base = alpha * dangling + (1 - alpha)
      run(alpha: alpha, base: base, state: state)
      var change = 0.0
      var total = 0.0
      dangling = 0
      for i in 0..<chunks.count {
        change += state.partialChange[i]
        total += state.partialTotal[i]
        dangling += state.partialDangling[i]
      }
      state.swap()
      if change <= tolerance * total {
        progress?(iterations, iterations)
        return PageRankResult(scores: Array(state.x), iterations: iterations)
      }
      if let progress {
        progress(iterations, Self.estimatedTotal(iterations, change, previousChange, tolerance * total, maxIterations))
      }
      previousChange = change
    }
    throw .notConverged(algorithm: "PageRank", iterations: maxIterations)
  }

  /// Iterations done plus those still needed at the last observed rate of convergence.
  private static func estimatedTotal(_ done: Int, _ change: Double, _ previous: Double, _ goal: Double, _ cap: Int)
    -> Int
  {
    guard previous > 0, change > 0, change < previous, goal > 0 else { return max(done + 1, min(cap, 2 * done)) }
    let remaining = (log(goal / change) / log(change / previous)).rounded(.up)
    guard remaining.isFinite else { return done + 1 }
    return min(cap, done + max(1, Int(remaining)))
  }

  /// One iteration: `y` from `c`, the next `c`, and per-chunk partial sums.
  private func run(alpha: Double, base: Double, state: PageRankState) {
    let chunkCount = chunks.count
    if let blocks {
      // Each thread takes a fixed run of chunks through every block, then finishes them.
      let parts = workers
      Parallel.forEachPart(parts) { t in
        let range = (chunkCount * t / parts)..<(chunkCount * (t + 1) / parts)
        runBlocked(blocks, chunks: range, alpha: alpha, base: base, state: state)
      }
      return
    }
    Parallel.forEachClaimed(chunkCount, workers: workers) { i in
      finish(chunk: i, alpha: alpha, base: base, state: state)
    }
  }

  /// Blocked pull for the chunks `range`: their sums zeroed, gathered block by block, then finished.
  private func runBlocked(
    _ blocks: PageRankBlocks, chunks range: Range<Int>, alpha: Double, base: Double, state: PageRankState
  ) {
    guard let first = range.first, let last = range.last else { return }
    let y = state.y
    for v in chunks[first].lowerBound..<chunks[last].upperBound { y[v] = 0 }
    blocks.accumulate(chunks: range.lowerBound, range.upperBound, c: state.c, into: y)
    for i in range { finish(chunk: i, alpha: alpha, base: base, state: state) }
  }

  /// Completes the vertices of one chunk: gathers their sums (or reads them, blocked), applies
  /// damping and teleport, and records the chunk's L1 change, total and next dangling mass.
  private func finish(chunk i: Int, alpha: Double, base: Double, state: PageRankState) {
    let range = chunks[i]
    let x = state.x
    let y = state.y
    let c = state.c
    let cNext = state.cNext
    let teleport = state.teleport
    // Owned by the kernel, which lives through the call.
    let inverse = inputs.inverseStrength.base
    let gathered = UnsafeBufferPointer(inputs.slotWeights.base)
    let sweep = sweep
    let undirectedWeights = undirectedWeights
    let slotsAreEdges = slotsAreEdges
    let uniform = 1 / Double(n)
    let (change, total, dangling) = graph.withBuffers { g in
      let offsets = sweep == .pullUndirected ? g.outOffsets : g.inOffsets
      let neighbors = sweep == .pullUndirected ? g.outNeighbors : g.inNeighbors
      let slotEdges = g.outEdges
      let edgeWeights = undirectedWeights ? g.weights : UnsafeBufferPointer(start: nil, count: 0)
      let slotWeights = slotsAreEdges ? g.weights : gathered
      var change = 0.0
      var total = 0.0
      var dangling = 0.0
      for v in range {
        var sum = 0.0
        switch sweep {
        case .pullBlocked:
          sum = y[v]
        case .pull:
          if slotWeights.isEmpty {
            for slot in offsets[v]..<offsets[v + 1] { sum += c[Int(neighbors[slot])] }
          } else {
            for slot in offsets[v]..<offsets[v + 1] { sum += c[Int(neighbors[slot])] * slotWeights[slot] }
          }
        case .pullUndirected:
          for slot in offsets[v]..<offsets[v + 1] {
            let u = Int(neighbors[slot])
            var w = edgeWeights.isEmpty ? 1 : edgeWeights[Int(slotEdges[slot])]
            if u == v { w *= 0.5 }
            sum += c[u] * w
          }
        }
        let p = teleport.isEmpty ? uniform : teleport[v]
        let value = alpha * sum + base * p
        y[v] = value
        change += abs(value - x[v])
        total += value
        let scale = inverse[v]
        cNext[v] = value * scale
        if scale == 0 { dangling += value }
      }
      return (change, total, dangling)
    }
    state.partialChange[i] = change
    state.partialTotal[i] = total
    state.partialDangling[i] = dangling
  }
}

/// The vectors of a PageRank run: scores x and the next scores y, scaled contributions c and the
/// next ones, the teleport vector (empty when uniform), and one slot of partial sums per chunk. Raw buffers, so that the chunks of one sweep
/// can fill disjoint parts from several threads.
private final class PageRankState: @unchecked Sendable {
  private(set) var x: UnsafeMutableBufferPointer<Double>
  private(set) var y: UnsafeMutableBufferPointer<Double>
  private(set) var c: UnsafeMutableBufferPointer<Double>
  private(set) var cNext: UnsafeMutableBufferPointer<Double>
  let partialChange: UnsafeMutableBufferPointer<Double>
  let partialTotal: UnsafeMutableBufferPointer<Double>
  let partialDangling: UnsafeMutableBufferPointer<Double>
  let teleport: UnsafeMutableBufferPointer<Double>

  init(n: Int, chunkCount: Int, teleport: [Double]?) {
    func buffer(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
      let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
      b.initialize(repeating: 0)
      return b
    }
    x = buffer(n)
    y = buffer(n)
    c = buffer(n)
    cNext = buffer(n)
    partialChange = buffer(chunkCount)
    partialTotal = buffer(chunkCount)
    partialDangling = buffer(chunkCount)
    self.teleport = .allocate(capacity: teleport?.count ?? 0)
    _ = self.teleport.initialize(fromContentsOf: teleport ?? [])
  }

  /// The next iterate becomes the current one.
  func swap() {
    Swift.swap(&x, &y)
    Swift.swap(&c, &cNext)
  }

  func deallocate() {
    for b in [x, y, c, cNext, partialChange, partialTotal, partialDangling, teleport] { b.deallocate() }
  }
}

/// What a PageRank kernel computes once from the graph: 1 / out-strength of each vertex (0 for a
/// dangling one) and, for a weighted digraph whose in-slots are not the edge ids, the weight of
/// each in-slot (empty otherwise).
/// Written only while it is built; the sweeps' threads then only read it, hence `@unchecked Sendable`.
private final class PageRankInputs: @unchecked Sendable {
  let inverseStrength: ScratchBuffer<Double>
  let slotWeights: ScratchBuffer<Double>

  init(_ g: CSRGraph, weights: [Double]?) {
    inverseStrength = Self.inverseOutStrengths(g, weights: weights)
    // In in-slot order (a reversed view's in-slots are the edge ids: the sweep reads the weights).
    guard g.isDirected, weights != nil, !g.inSlotsAreEdgeIDs else {
      slotWeights = ScratchBuffer(uninitializedCount: 0)
      return
    }
    let m = g.edgeCount
    let gathered = ScratchBuffer<Double>(uninitializedCount: m)
    g.withBuffers { b in
      for s in 0..<m { gathered[s] = b.weights[Int(b.inEdges[s])] }
    }
    slotWeights = gathered
  }

  /// 1 / (total weight leaving each vertex), undirected self-loops once; 0 where there is none.
  private static func inverseOutStrengths(_ g: CSRGraph, weights: [Double]?) -> ScratchBuffer<Double> {
    let n = g.vertexCount
    let directed = g.isDirected
    if weights == nil && directed {
      // Out-degrees are offset differences.
      let inverse = ScratchBuffer<Double>(uninitializedCount: n)
      let offsets = g.outOffsets
      for v in 0..<n {
        let degree = offsets[v + 1] - offsets[v]
        inverse[v] = degree > 0 ? 1 / Double(degree) : 0
      }
      return inverse
    }
    let strength = ScratchBuffer<Double>(repeating: 0, count: n)
    g.forEachEdge { source, target, e in
      let w = weights?[e] ?? 1
      strength[Int(source)] += w
      if !directed && target != source { strength[Int(target)] += w }
    }
    for v in 0..<n { strength[v] = strength[v] > 0 ? 1 / strength[v] : 0 }
    return strength
  }
}
