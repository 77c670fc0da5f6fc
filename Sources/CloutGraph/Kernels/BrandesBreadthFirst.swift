/// Brandes' single-source dependency accumulation for unweighted graphs on flat buffers: the
/// engine of exact and sampled betweenness when every edge has length 1.
///
/// Forward, a breadth-first search counts shortest paths: σ(w) += σ(v) for every arc v→w with
/// d(w) = d(v) + 1 (each parallel arc separately, self-loops never), and records where each level
/// starts in the BFS order. Backward, level by level from the deepest, each vertex sums over its
/// successors instead of keeping predecessor lists (Brandes 2001, with the successor form of
/// Brandes 2008, "On variants of shortest-path betweenness centrality"):
/// δ(v) = Σ_{v→w, d(w) = d(v) + 1} σ(v)/σ(w) · (1 + δ(w)), each term also the dependency of arc v→w.
/// Each finished vertex keeps c(w) = (1 + δ(w))/σ(w), so a successor costs one addition (and one
/// multiplication for the arc). While level d sums, only level d + 1 holds non-zero c: deeper
/// levels are cleared as soon as their last reader is done and level d publishes its own c only
/// after all of it has summed. So the backward pass adds c(w) over ALL arcs of v without testing
/// distances (a non-successor adds exactly 0), which removes a load and an unpredictable branch
/// per arc and gives the same sums, term by term, as the test would.
///
/// Runs on a `BrandesAdjacency` (vertices renumbered by in-degree); vertex ids here are its new
/// numbers. A source without arcs depends on nothing and costs nothing. One workspace per thread;
/// a run resets only what it touched, so a workspace can serve chunk after chunk. Cost per source:
/// O(reached vertices + their arcs); memory: 40 bytes per vertex.
///
/// `@unchecked Sendable`: a workspace moves between threads (through a lock) but is used by one
/// thread at a time.
///
/// A hot specialisation of the kernels' breadth-first search (`BreadthFirstWorkspace` with
/// `PathCounts`, Kernels/Traversal.swift), kept beside it on purpose: the general form plus a
/// predecessor-list back-propagation (what weighted betweenness does through `ShortestPathSearch`)
/// sums the dependencies in another order, so it would not give the same bits, and does more per
/// arc. They must agree on what a shortest path is — self-loops never on one, each parallel arc
/// counted in σ separately, ties only at equal hop counts. If you change the rule in one, change
/// the others (the list is at the top of Traversal.swift); `betweennessMatchesReference` checks
/// both paths against the reference kit.
final class BrandesBreadthFirst: @unchecked Sendable {
  private let adjacency: BrandesAdjacency
  private let distance: UnsafeMutableBufferPointer<Int32>
  private let sigma: UnsafeMutableBufferPointer<Double>
  private let coefficient: UnsafeMutableBufferPointer<Double>
  /// Unscaled successor sums Σ c(w) of the level being processed, by position in `order`.
  private let pending: UnsafeMutableBufferPointer<Double>
  private let order: UnsafeMutableBufferPointer<Int32>
  /// `levelStart[d]` is the position in `order` of the first vertex at distance d.
  private let levelStart: UnsafeMutableBufferPointer<Int>

  init(adjacency: BrandesAdjacency) {
    self.adjacency = adjacency
    let n = adjacency.vertexCount
    distance = .allocate(capacity: n)
    distance.initialize(repeating: -1)
    sigma = .allocate(capacity: n)
    sigma.initialize(repeating: 0)
    coefficient = .allocate(capacity: n)
    coefficient.initialize(repeating: 0)
    pending = .allocate(capacity: n)
    pending.initialize(repeating: 0)
    order = .allocate(capacity: n)
    order.initialize(repeating: 0)
    levelStart = .allocate(capacity: n + 2)
    levelStart.initialize(repeating: 0)
  }

  deinit {
    distance.deallocate()
    sigma.deallocate()
    coefficient.deallocate()
    pending.deallocate()
    order.deallocate()
    levelStart.deallocate()
  }

  /// Adds δ_s(v) to `vertexSum[v]` for every v ≠ s and, when `edgeSum` is not empty, the
  /// dependency of every arc to `edgeSum[edge id]` (the adjacency must then keep edge ids).
  /// Vertices are numbered as in the adjacency.
  func accumulate(
    from source: Int, vertexSum: UnsafeMutableBufferPointer<Double>, edgeSum: UnsafeMutableBufferPointer<Double>
  ) {
    adjacency.offsets.withUnsafeBufferPointer { offsets in
      guard offsets[source] < offsets[source + 1] else { return }
      adjacency.neighbors.withUnsafeBufferPointer { neighbors in
        adjacency.slotEdges.withUnsafeBufferPointer { slotEdges in
          let (tail, levels) = search(from: source, offsets: offsets, neighbors: neighbors)
          propagate(
            source: source, tail: tail, levels: levels, offsets: offsets, neighbors: neighbors,
            slotEdges: slotEdges, vertexSum: vertexSum, edgeSum: edgeSum)
        }
      }
    }
  }

  /// The forward pass: distances, path counts, BFS order and level starts. Returns the number of
  /// reached vertices and of levels; `levelStart[levels]` is the number reached.
  @inline(__always)
  private func search(
    from source: Int, offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>
  ) -> (tail: Int, levels: Int) {
    let distance = self.distance
    let sigma = self.sigma
    let order = self.order
    let levelStart = self.levelStart
    distance[source] = 0
    sigma[source] = 1
    order[0] = Int32(truncatingIfNeeded: source)
    levelStart[0] = 0
    var levels = 1
    var head = 0
    var tail = 1
    while head < tail {
      let v = Int(order[head])
      head += 1
      let next = distance[v] &+ 1
      // The first vertex of level d to leave the queue: all of level d + 1 is still to come.
      if Int(next) == levels {
        levelStart[levels] = tail
        levels += 1
      }
      let sv = sigma[v]
      for slot in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[slot])
        var dw = distance[w]
        if dw < 0 {
          dw = next
          distance[w] = next
          order[tail] = neighbors[slot]
          tail += 1
        }
        if dw == next { sigma[w] += sv }
      }
    }
    // The level opened by the deepest vertices has nobody in it.
    if levelStart[levels - 1] == tail { levels -= 1 }
    levelStart[levels] = tail
    return (tail, levels)
  }

  /// The backward pass, deepest level first, then the reset of everything the run touched.
  @inline(__always)
  private func propagate(
    source: Int, tail: Int, levels: Int, offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>,
    slotEdges: UnsafeBufferPointer<Int32>, vertexSum: UnsafeMutableBufferPointer<Double>,
    edgeSum: UnsafeMutableBufferPointer<Double>
  ) {
    let distance = self.distance
    let sigma = self.sigma
    let coefficient = self.coefficient
    let pending = self.pending
    let order = self.order
    let levelStart = self.levelStart
    let withEdges = edgeSum.count > 0
    // The deepest level has no successors: δ = 0, c = 1/σ.
    for k in levelStart[levels - 1]..<tail {
      let v = Int(order[k])
      coefficient[v] = 1 / sigma[v]
    }
    var d = levels - 2
    while d >= 0 {
      let first = levelStart[d]
      let end = levelStart[d + 1]
      for k in first..<end {
        let v = Int(order[k])
        // Summed the same way whether or not arcs are scored, so vertex results do not depend
        // on `edgeSum`.
        var sum = 0.0
        if withEdges {
          let sv = sigma[v]
          for slot in offsets[v]..<offsets[v + 1] {
            let c = coefficient[Int(neighbors[slot])]
            sum += c
            edgeSum[Int(slotEdges[slot])] += sv * c
          }
        } else {
          for slot in offsets[v]..<offsets[v + 1] { sum += coefficient[Int(neighbors[slot])] }
        }
        pending[k] = sum
      }
      // Level d + 1 has had its last reader.
      for k in end..<levelStart[d + 2] { coefficient[Int(order[k])] = 0 }
      for k in first..<end {
        let v = Int(order[k])
        let sv = sigma[v]
        let sum = pending[k] * sv
        coefficient[v] = (1 + sum) / sv
        if v != source { vertexSum[v] += sum }
      }
      d -= 1
    }
    for k in 0..<tail {
      let v = Int(order[k])
      distance[v] = -1
      sigma[v] = 0
      coefficient[v] = 0
    }
  }
}
