/// A multigraph's neighbour lists reduced to those of the simple graph: self-loops dropped and a
/// repeated neighbour listed once, in order of first appearance. The one unweighted
/// simplification of the engine, behind `CSRGraph.simpleUndirected()` (each pair once, from its
/// lower end) and core decomposition (each side's distinct neighbours). `SimpleAdjacency` is the
/// weighted form (merged weights, one side), `LouvainLevel` the one Louvain keeps per level.
enum DistinctNeighbors {
  /// - Parameters:
  ///   - first: the first adjacency side read for every vertex (out-slots, or all of an
  ///     undirected graph's slots).
  ///   - second: the side read after it, if any (in-slots of a digraph).
  ///   - perSide: list a neighbour once per side (a reciprocated neighbour of a digraph twice)
  ///     rather than once over both sides.
  ///   - upperOnly: keep only neighbours w > v, so that each unordered pair appears once.
  ///   - capacity: an upper bound on the result's slots (the input's edge count for `upperOnly`,
  ///     else its slot count).
  /// - Complexity: O(n + slots) time; O(n) scratch memory per side with `perSide`, else O(n).
  ///
  /// Inlined so that each caller's constant `perSide`/`upperOnly` take the tests out of the loop.
  @inline(__always)
  static func lists(
    vertexCount n: Int, first: (offsets: [Int], neighbors: [Int32]), second: (offsets: [Int], neighbors: [Int32])?,
    perSide: Bool, upperOnly: Bool, capacity: Int
  ) -> (offsets: [Int], neighbors: [Int32]) {
    let sides = second == nil ? 1 : 2
    let other = second ?? first
    var offsets = [Int](repeating: 0, count: n + 1)
    // mark[base + w] == v: w is already listed for v (on this side, with `perSide`).
    var mark = [Int32](repeating: -1, count: perSide ? n * sides : n)
    let out = [Int32](unsafeUninitializedCapacity: capacity) { out, outCount in
      var count = 0
      mark.withUnsafeMutableBufferPointer { mark in
        first.offsets.withUnsafeBufferPointer { firstOffsets in
          first.neighbors.withUnsafeBufferPointer { firstNeighbors in
            other.offsets.withUnsafeBufferPointer { otherOffsets in
              other.neighbors.withUnsafeBufferPointer { otherNeighbors in
                for v in 0..<n {
                  let stamp = Int32(truncatingIfNeeded: v)
                  for side in 0..<sides {
                    let from = side == 0 ? firstOffsets : otherOffsets
                    let to = side == 0 ? firstNeighbors : otherNeighbors
                    let base = perSide ? side * n : 0
                    for slot in from[v]..<from[v + 1] {
                      let w = Int(to[slot])
                      if upperOnly ? w <= v : w == v { continue }
                      if mark[base + w] == stamp { continue }
                      mark[base + w] = stamp
                      out[count] = to[slot]
                      count += 1
                    }
                  }
                  offsets[v + 1] = count
                }
              }
            }
          }
        }
      }
      outCount = count
    }
    return (offsets, out)
  }
}
