/// Neighbour lists of a Louvain level being built, one list after the other, a neighbour met again
/// in the same list adding its weight to its slot. Slots go into raw buffers with room for the most
/// there can be (no growth, no copy-on-write checks per slot, and memory never written is never
/// touched), and weights are only stored once one differs from 1, so that the bottom level of a
/// simple graph without weights carries none. The `finished…` functions copy the lists out into
/// buffers of their exact size.
final class LouvainLists {
  private var offsets: [Int]
  private let neighbors: UnsafeMutablePointer<Int32>
  private var weights: UnsafeMutablePointer<Double>?
  private var count = 0
  private var lists = 0
  private var start = 0
  /// Per neighbour key, side by side so that one cache line serves all three: the list it was last
  /// put in, its slot there (relative to that list's start), and the name it is stored under.
  private let seen: UnsafeMutablePointer<Int32>
  private let keyCount: Int
  private let slotCount: Int

  /// Room for `slotCount` slots over `listCount` lists of neighbours given by keys in
  /// `0..<names.count`, stored as `names[key]`.
  init(slotCount: Int, listCount: Int, names: [Int32]) {
    self.slotCount = slotCount
    keyCount = names.count
    offsets = [Int](repeating: 0, count: listCount + 1)
    neighbors = .allocate(capacity: max(1, slotCount))
    seen = .allocate(capacity: max(1, 4 * keyCount))
    for (key, name) in names.enumerated() {
      (seen + 4 * key).initialize(repeating: -1, count: 4)
      seen[4 * key + 2] = name
    }
  }

  deinit {
    neighbors.deallocate()
    weights?.deallocate()
    seen.deallocate()
  }

  /// Closes the current list (if any) and starts the next one.
  func startList() {
    offsets[lists] = count
    start = count
    lists += 1
  }

  /// Adds `weight` towards the neighbour of key `key` in the current list.
  @inline(__always) func add(_ key: Int, weight w: Double) {
    let list = Int32(truncatingIfNeeded: lists - 1)
    if seen[4 * key] == list {
      let stored = weights ?? storeWeights()
      stored[start + Int(seen[4 * key + 1])] += w
      return
    }
    seen[4 * key] = list
    seen[4 * key + 1] = Int32(truncatingIfNeeded: count - start)
    neighbors[count] = seen[4 * key + 2]
    if let weights {
      weights[count] = w
    } else if w != 1 {
      storeWeights()[count] = w
    }
    count += 1
  }

  /// Starts storing weights: 1 for each slot so far.
  @discardableResult private func storeWeights() -> UnsafeMutablePointer<Double> {
    let stored = UnsafeMutablePointer<Double>.allocate(capacity: max(1, slotCount))
    stored.initialize(repeating: 1, count: count)
    weights = stored
    return stored
  }

  /// The offsets of the lists built: list i is `offsets[i]..<offsets[i + 1]`.
  func finishedOffsets() -> ScratchBuffer<Int> {
    var offsets = self.offsets
    offsets[lists] = count
    return ScratchBuffer(copying: offsets)
  }

  /// The neighbours of the lists built, one list after the other.
  func finishedNeighbors() -> ScratchBuffer<Int32> {
    ScratchBuffer(copying: UnsafeBufferPointer(start: neighbors, count: count))
  }

  /// The weight of each neighbour slot, or no weights at all if every one is 1.
  func finishedWeights() -> ScratchBuffer<Double> {
    ScratchBuffer(copying: UnsafeBufferPointer(start: weights, count: weights == nil ? 0 : count))
  }
}
