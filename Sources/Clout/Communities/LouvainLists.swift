/// Neighbour lists of a Louvain level being built, one list after the other, a neighbour met again
/// in the same list adding its weight to its slot. Slots are written into arrays sized for the
/// most there can be (no growth, no per-slot capacity check), and weights are only stored once one
/// differs from 1, so that the bottom level of a simple graph without weights carries none.
struct LouvainLists {
  private var offsets: [Int]
  private var neighbors: [Int32]
  private var weights: [Double] = []
  private var count = 0
  private var lists = 0
  /// Per neighbour, side by side: the list it was last put in and its slot there (relative to that
  /// list's start).
  private var seen: [Int32]
  private let slotCount: Int

  /// Room for `slotCount` slots over lists of neighbours in `0..<vertexCount`.
  init(slotCount: Int, vertexCount: Int) {
    self.slotCount = slotCount
    offsets = [Int](repeating: 0, count: vertexCount + 1)
    neighbors = [Int32](repeating: 0, count: slotCount)
    seen = [Int32](repeating: -1, count: 2 * vertexCount)
  }

  /// Closes the current list (if any) and starts the next one.
  mutating func startList() {
    if lists > 0 { offsets[lists] = count }
    lists += 1
  }

  /// Adds `weight` towards neighbour `u` in the current list.
  @inline(__always) mutating func add(_ u: Int, weight w: Double) {
    let list = Int32(truncatingIfNeeded: lists - 1)
    if seen[2 * u] == list {
      let slot = offsets[lists - 1] + Int(seen[2 * u + 1])
      if weights.isEmpty { weights = [Double](repeating: 1, count: slotCount) }
      weights[slot] += w
      return
    }
    seen[2 * u] = list
    seen[2 * u + 1] = Int32(truncatingIfNeeded: count - offsets[lists - 1])
    neighbors[count] = Int32(truncatingIfNeeded: u)
    if weights.isEmpty && w != 1 { weights = [Double](repeating: 1, count: slotCount) }
    if !weights.isEmpty { weights[count] = w }
    count += 1
  }

  /// The offsets, neighbours and weights (empty if all are 1) of the lists built.
  func finish() -> (offsets: [Int], neighbors: [Int32], weights: [Double]) {
    var offsets = self.offsets
    if lists > 0 { offsets[lists] = count }
    let neighbors = count == slotCount ? self.neighbors : Array(self.neighbors[0..<count])
    let weights =
      weights.isEmpty || count == slotCount ? self.weights : Array(self.weights[0..<count])
    return (offsets, neighbors, weights)
  }
}
