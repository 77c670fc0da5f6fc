/// A reusable breadth-first search over one side of a CSR adjacency, on flat buffers: hop levels
/// as `Int32` and the visiting order, reset after each run only where the run went. One workspace
/// per thread; the engine of unweighted distances, closeness and harmonic centrality.
///
/// Cost per run: O(reached vertices + their arcs); memory: 8 bytes per vertex.
final class BreadthFirstWorkspace {
  private let offsets: [Int]
  private let neighbors: [Int32]
  /// Hop level of each vertex in the last run, −1 where it did not reach.
  let level: UnsafeMutableBufferPointer<Int32>
  /// The vertices reached by the last run, in visiting order (the source first); the first
  /// `reachedCount` entries are valid.
  let order: UnsafeMutableBufferPointer<Int32>
  private(set) var reachedCount = 0

  /// - Parameter incoming: follow arcs backwards (levels are distances TO the source).
  init(graph: CSRGraph, incoming: Bool) {
    let n = graph.vertexCount
    offsets = incoming ? graph.inOffsets : graph.outOffsets
    neighbors = incoming ? graph.inNeighbors : graph.outNeighbors
    level = .allocate(capacity: n)
    level.initialize(repeating: -1)
    order = .allocate(capacity: n)
  }

  deinit {
    level.deallocate()
    order.deallocate()
  }

  /// Searches from `source` (in range), replacing the previous run.
  func run(from source: Int) {
    let level = self.level
    let order = self.order
    for i in 0..<reachedCount { level[Int(order[i])] = -1 }
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        level[source] = 0
        order[0] = Int32(truncatingIfNeeded: source)
        var head = 0
        var tail = 1
        while head < tail {
          let v = Int(order[head])
          head += 1
          let next = level[v] + 1
          for slot in offsets[v]..<offsets[v + 1] {
            let w = neighbors[slot]
            if level[Int(w)] < 0 {
              level[Int(w)] = next
              order[tail] = w
              tail += 1
            }
          }
        }
        reachedCount = tail
      }
    }
  }
}
