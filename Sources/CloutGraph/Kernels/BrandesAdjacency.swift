/// The forward adjacency of a graph with its vertices renumbered by decreasing in-degree, for the
/// breadth-first Brandes kernel (`BrandesBreadthFirst`).
///
/// Every arc looks up the per-vertex state of its head, and on skewed (power-law) graphs most arcs
/// point at a few hubs: numbering the hubs first keeps their state in a few cache lines. Each
/// vertex keeps its arcs in their original order, so a search visits the same vertices in the same
/// order under the new numbers and every sum adds the same terms in the same order: results are
/// bit-identical to a search on the original numbering.
///
/// Cost: O(n + m) time (counting sort by in-degree, ties by vertex id) and memory: 8 bytes per
/// vertex of offsets, 8 of the two renumberings, 4 per arc (8 when edge ids are kept).
struct BrandesAdjacency: Sendable {
  /// Number of vertices.
  let vertexCount: Int
  /// `offsets[v]..<offsets[v + 1]` are the slots of the new vertex v.
  let offsets: [Int]
  /// Head of each slot, as a new vertex number.
  let neighbors: [Int32]
  /// Original edge id of each slot (empty unless requested).
  let slotEdges: [Int32]
  /// `newNumber[v]` is the new number of original vertex v.
  let newNumber: [Int32]
  /// `originalNumber[i]` is the original vertex of new vertex i.
  let originalNumber: [Int32]

  /// The renumbered forward adjacency of `graph`; `withEdges` keeps each slot's edge id.
  init(graph: CSRGraph, withEdges: Bool) {
    let n = graph.vertexCount
    vertexCount = n
    let outOffsets = graph.outOffsets
    let outNeighbors = graph.outNeighbors
    let inOffsets = graph.inOffsets
    // Counting sort by decreasing in-degree, stable in vertex id.
    var maxDegree = 0
    for v in 0..<n { maxDegree = max(maxDegree, inOffsets[v + 1] - inOffsets[v]) }
    var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
    for v in 0..<n { bucketStart[maxDegree - (inOffsets[v + 1] - inOffsets[v]) + 1] += 1 }
    for d in 0..<(maxDegree + 1) { bucketStart[d + 1] += bucketStart[d] }
    var newNumber = [Int32](repeating: 0, count: n)
    var originalNumber = [Int32](repeating: 0, count: n)
    for v in 0..<n {
      let bucket = maxDegree - (inOffsets[v + 1] - inOffsets[v])
      let i = bucketStart[bucket]
      bucketStart[bucket] = i + 1
      newNumber[v] = Int32(truncatingIfNeeded: i)
      originalNumber[i] = Int32(truncatingIfNeeded: v)
    }
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors = [Int32](repeating: 0, count: outNeighbors.count)
    var slotEdges = [Int32](repeating: 0, count: withEdges ? outNeighbors.count : 0)
    let direct = graph.outSlotsAreEdgeIDs
    let outEdges = withEdges && !direct ? graph.outEdges : []
    var k = 0
    for i in 0..<n {
      let v = Int(originalNumber[i])
      for slot in outOffsets[v]..<outOffsets[v + 1] {
        neighbors[k] = newNumber[Int(outNeighbors[slot])]
        if withEdges { slotEdges[k] = direct ? Int32(truncatingIfNeeded: slot) : outEdges[slot] }
        k += 1
      }
      offsets[i + 1] = k
    }
    self.offsets = offsets
    self.neighbors = neighbors
    self.slotEdges = slotEdges
    self.newNumber = newNumber
    self.originalNumber = originalNumber
  }
}
