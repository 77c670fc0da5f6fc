/// Brandes' single-source dependency accumulation for unweighted graphs on flat buffers: the
/// engine of exact and sampled betweenness when every edge has length 1.
///
/// Forward, a breadth-first search counts shortest paths: σ(w) += σ(v) for every arc v→w with
/// d(w) = d(v) + 1 (each parallel arc separately, self-loops never). Backward, in reverse BFS order,
/// each vertex sums over its successors instead of keeping predecessor lists (Brandes 2001, with
/// the successor form of Brandes 2008, "On variants of shortest-path betweenness centrality"):
/// δ(v) = Σ_{v→w, d(w) = d(v) + 1} σ(v)/σ(w) · (1 + δ(w)), each term also the dependency of arc v→w.
/// Each finished vertex keeps (1 + δ(w))/σ(w), so a successor costs one multiplication (or, for
/// vertices only, one addition). Both passes read the forward CSR once; nothing of size m is
/// written.
///
/// One workspace per thread; a run resets only what it touched. Cost per source: O(reached
/// vertices + their arcs); memory: 24 bytes per vertex.
final class BrandesBreadthFirst {
  private let n: Int
  private let offsets: [Int]
  private let neighbors: [Int32]
  /// Edge id of each slot, or empty when the slots are the edge ids.
  private let slotEdges: [Int32]
  private let distance: UnsafeMutableBufferPointer<Int32>
  private let sigma: UnsafeMutableBufferPointer<Double>
  private let coefficient: UnsafeMutableBufferPointer<Double>
  private let order: UnsafeMutableBufferPointer<Int32>

  init(graph: CSRGraph) {
    n = graph.vertexCount
    offsets = graph.outOffsets
    neighbors = graph.outNeighbors
    slotEdges = graph.outSlotsAreEdgeIDs ? [] : graph.outEdges
    distance = .allocate(capacity: n)
    distance.initialize(repeating: -1)
    sigma = .allocate(capacity: n)
    sigma.initialize(repeating: 0)
    coefficient = .allocate(capacity: n)
    coefficient.initialize(repeating: 0)
    order = .allocate(capacity: n)
  }

  deinit {
    distance.deallocate()
    sigma.deallocate()
    coefficient.deallocate()
    order.deallocate()
  }

  /// Adds δ_s(v) to `vertexSum[v]` for every v ≠ s and, when `edgeSum` is not empty, the
  /// dependency of every arc to `edgeSum[edge id]`.
  func accumulate(
    from source: Int, vertexSum: UnsafeMutableBufferPointer<Double>, edgeSum: UnsafeMutableBufferPointer<Double>
  ) {
    let distance = self.distance
    let sigma = self.sigma
    let coefficient = self.coefficient
    let order = self.order
    let withEdges = edgeSum.count > 0
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        slotEdges.withUnsafeBufferPointer { slotEdges in
          let direct = slotEdges.isEmpty
          distance[source] = 0
          sigma[source] = 1
          order[0] = Int32(truncatingIfNeeded: source)
          var head = 0
          var tail = 1
          while head < tail {
            let v = Int(order[head])
            head += 1
            let next = distance[v] + 1
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
          // coefficient[w] = (1 + δ(w)) / σ(w), so that each successor costs an addition.
          var i = tail - 1
          while i >= 0 {
            let v = Int(order[i])
            i -= 1
            let next = distance[v] + 1
            let sv = sigma[v]
            // δ(v) = σ(v) · Σ coefficient(w) over successors, summed the same way whether or not
            // arcs are scored, so vertex results do not depend on `edgeSum`.
            var sum = 0.0
            if withEdges {
              for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(neighbors[slot])
                if distance[w] != next { continue }
                sum += coefficient[w]
                edgeSum[direct ? slot : Int(slotEdges[slot])] += sv * coefficient[w]
              }
            } else {
              for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(neighbors[slot])
                let c = coefficient[w]
                sum += distance[w] == next ? c : 0
              }
            }
            sum *= sv
            coefficient[v] = (1 + sum) / sv
            if v != source { vertexSum[v] += sum }
          }
          for k in 0..<tail {
            let v = Int(order[k])
            distance[v] = -1
            sigma[v] = 0
            coefficient[v] = 0
          }
        }
      }
    }
  }
}
