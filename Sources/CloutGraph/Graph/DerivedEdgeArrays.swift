/// Per-edge arrays of a `CSRGraph` that its layout makes redundant — the source of each edge (its
/// edges are grouped by source) and the identity map from forward slots to edge ids — built on
/// first use and then shared by every copy of the graph (`unweighted()`, `reversed()`…).
///
/// Thread-safe: each array is built at most once, under a lock. Cost: O(m) once per array, 4 bytes
/// per edge kept afterwards; O(1) (a lock and a reference count) per later access.
@usableFromInline
final class DerivedEdgeArrays: Sendable {
  private let identityCache = Locked<[Int32]?>(nil)
  private let tailCache = Locked<[Int32]?>(nil)

  @usableFromInline
  init() {}

  /// `[0, 1, …, count − 1]`.
  @usableFromInline
  func identity(_ count: Int) -> [Int32] {
    identityCache.withLock { cached in
      if let cached { return cached }
      let ids = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
        for i in 0..<count { buffer[i] = Int32(truncatingIfNeeded: i) }
        initialized = count
      }
      cached = ids
      return ids
    }
  }

  /// The tail of every edge when edges `start[v]..<start[v + 1]` have tail v.
  @usableFromInline
  func tails(_ start: [Int]) -> [Int32] {
    tailCache.withLock { cached in
      if let cached { return cached }
      let count = start.last ?? 0
      let tails = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
        start.withUnsafeBufferPointer { start in
          for v in 0..<(start.count - 1) {
            let value = Int32(truncatingIfNeeded: v)
            for e in start[v]..<start[v + 1] { buffer[e] = value }
          }
        }
        initialized = count
      }
      cached = tails
      return tails
    }
  }
}
