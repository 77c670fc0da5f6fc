/// Neighbour lists of a Louvain level being built, one list after the other, a neighbour met again
/// in the same list adding its weight to its slot. Slots are appended into arrays with room
/// reserved for the most there can be (no growth, and memory never written is never touched), and
/// weights are only stored once one differs from 1, so that the bottom level of a simple graph
/// without weights carries none.
struct LouvainLists {
  private var offsets: [Int]
  private var neighbors: [Int32] = []
  private var weights: [Double] = []
  /// Whether `weights` holds one weight per slot (else every weight so far is 1).
  private var storing = false
  private var lists = 0
  /// Per neighbour key, side by side so that one cache line serves all three: the list it was last
  /// put in, its slot there (relative to that list's start), and the name it is stored under.
  private var seen: [Int32]
  private let slotCount: Int

  /// Room for `slotCount` slots over `listCount` lists of neighbours given by keys in
  /// `0..<names.count`, stored as `names[key]`.
  init(slotCount: Int, listCount: Int, names: [Int32]) {
    self.slotCount = slotCount
    offsets = [Int](repeating: 0, count: listCount + 1)
    neighbors.reserveCapacity(slotCount)
    seen = [Int32](repeating: -1, count: 4 * names.count)
    for (key, name) in names.enumerated() { seen[4 * key + 2] = name }
  }

  /// Closes the current list (if any) and starts the next one.
  mutating func startList() {
    offsets[lists] = neighbors.count
    lists += 1
  }

  /// Adds `weight` towards the neighbour of key `key` in the current list.
  @inline(__always) mutating func add(_ key: Int, weight w: Double) {
    let list = Int32(truncatingIfNeeded: lists - 1)
    let start = offsets[lists - 1]
    if seen[4 * key] == list {
      if !storing { storeWeights() }
      weights[start + Int(seen[4 * key + 1])] += w
      return
    }
    seen[4 * key] = list
    seen[4 * key + 1] = Int32(truncatingIfNeeded: neighbors.count - start)
    if !storing && w != 1 { storeWeights() }
    neighbors.append(seen[4 * key + 2])
    if storing { weights.append(w) }
  }

  /// Starts storing weights: 1 for each slot so far.
  private mutating func storeWeights() {
    weights.reserveCapacity(slotCount)
    weights.append(contentsOf: repeatElement(1, count: neighbors.count))
    storing = true
  }

  /// The offsets, neighbours and weights (empty if all are 1) of the lists built.
  func finish() -> (offsets: [Int], neighbors: [Int32], weights: [Double]) {
    var offsets = self.offsets
    offsets[lists] = neighbors.count
    return (offsets, neighbors, weights)
  }
}
