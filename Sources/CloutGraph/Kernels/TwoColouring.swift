/// Breadth-first two-colouring, the one behind bipartiteness (`CSRGraph.bipartition()`) and
/// structural balance (`SignedGraph.balancedCamps()`): a bipartition is the signed colouring in
/// which every edge says "other side".
///
/// Roots are the uncoloured vertices in increasing order, each coloured 0; a vertex reached first
/// from v through slot s of side k takes v's colour when `sameSide(k, s)`, the other colour
/// otherwise. The adjacency is given as sides (offsets, neighbours), visited in order.
enum TwoColouring {
  /// The colour (0 or 1) of every vertex. With `stopOnConflict`, nil as soon as an edge joins two
  /// coloured vertices against its rule (a self-loop whose rule is "other side" included);
  /// without it, such edges are left for the caller to count.
  ///
  /// - Complexity: O(n + m) time for n vertices and m slots over all sides; O(n) memory.
  static func colour(
    vertexCount n: Int, sides: [(offsets: [Int], neighbors: [Int32])], stopOnConflict: Bool,
    sameSide: (_ side: Int, _ slot: Int) -> Bool
  ) -> [Int8]? {
    var colour = [Int8](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    for root in 0..<n where colour[root] < 0 {
      colour[root] = 0
      var head = 0
      var tail = 1
      queue[0] = Int32(truncatingIfNeeded: root)
      while head < tail {
        let v = Int(queue[head])
        head += 1
        for (k, side) in sides.enumerated() {
          for slot in side.offsets[v]..<side.offsets[v + 1] {
            let w = Int(side.neighbors[slot])
            let expected = sameSide(k, slot) ? colour[v] : 1 - colour[v]
            if colour[w] < 0 {
              colour[w] = expected
              queue[tail] = Int32(truncatingIfNeeded: w)
              tail += 1
            } else if stopOnConflict && colour[w] != expected {
              return nil
            }
          }
        }
      }
    }
    return colour
  }
}
