/// A few hundred parsed edges waiting to be written out (see `EdgePlacement`): the parser fills
/// it, then a tight loop of independent writes empties it, so that the processor overlaps their
/// cache misses instead of waiting for each between two lines of parsing.
struct EdgeBatch {
  static let capacity = 512
  let sources = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
  let targets = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
  let weights = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
  /// The slots the edges go to, filled when the batch is flushed.
  let slots = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
  var count = 0
  /// Edges flushed before this batch (only its being 0 matters: the header rule).
  var placedBefore = 0

  /// Adds an edge; true when the batch is now full.
  @inline(__always)
  mutating func append(_ s: Int, _ t: Int, _ w: Double) -> Bool {
    sources[count] = Int32(truncatingIfNeeded: s)
    targets[count] = Int32(truncatingIfNeeded: t)
    weights[count] = w
    count += 1
    return count == Self.capacity
  }

  func deallocate() {
    sources.deallocate()
    targets.deallocate()
    weights.deallocate()
    slots.deallocate()
  }
}
