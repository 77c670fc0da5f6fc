/// The reverse adjacency of a large graph, built on all processors with the engine's bucketed
/// counting sort (`CountingSort`, keyed by head): the result is exactly the plain counting sort's
/// (every head's tails and edge ids in edge id order), for any number of threads.
///
/// The tails are cut into `parts` ranges of about equal edges; each part counts the in-degrees of
/// its edges (one count array per part) and then appends its edges, in id order, to their head's
/// bucket; the buckets are then put in head order on all processors.
///
/// Memory beyond the result: 4 bytes per vertex per part, plus the sort's (2 bytes per edge, the
/// offsets, and a scratch copy of the largest bucket per thread).
enum ReverseLayout {
  /// - Parameter parts: how many tail ranges, one per thread (default: one per processor, at most
  ///   8, and at least 2^18 edges each); the result does not depend on it.
  static func build(n: Int, start: [Int], heads: [Int32], parts requested: Int? = nil) -> (
    offsets: [Int], tails: [Int32], edges: [Int32]
  ) {
    let m = heads.count
    let parts = max(1, requested ?? min(Parallel.processorCount, 8, m >> 18))
    // Tail ranges with about m / parts edges each.
    var bounds = [0]
    var v = 0
    for p in 1..<parts {
      while v < n && start[v] < m * p / parts { v += 1 }
      bounds.append(v)
    }
    bounds.append(n)
    let tailRanges = (0..<parts).map { bounds[$0]..<bounds[$0 + 1] }
    // In-degrees per part.
    let counts = (0..<parts).map { _ in UnsafeMutableBufferPointer<Int32>.allocate(capacity: n) }
    defer { for c in counts { c.deallocate() } }
    let shared = SharedCounts(counts: counts)
    start.withUnsafeBufferPointer { start in
      heads.withUnsafeBufferPointer { heads in
        let input = SharedInput(start: start, heads: heads)
        Parallel.forEachPart(parts) { p in
          let count = shared.counts[p]
          count.initialize(repeating: 0)
          for e in input.start[tailRanges[p].lowerBound]..<input.start[tailRanges[p].upperBound] {
            count[Int(input.heads[e])] &+= 1
          }
        }
      }
    }
    let sort = CountingSort(keyCount: n, parts: parts) { p, h in Int(counts[p][h]) }
    // Every slot is written once by the appenders, so the arrays are not zero-filled first (their
    // pages are first touched by the threads that fill them).
    let keys = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: m)
    defer { keys.deallocate() }
    var edges: [Int32] = []
    let tails = [Int32](unsafeUninitializedCapacity: m) { tails, tailCount in
      edges = [Int32](unsafeUninitializedCapacity: m) { edges, edgeCount in
        let out = SharedOutput(tails: tails, edges: edges)
        let shared = SharedKeys(keys: keys)
        start.withUnsafeBufferPointer { start in
          heads.withUnsafeBufferPointer { heads in
            let input = SharedInput(start: start, heads: heads)
            Parallel.forEachPart(parts) { p in
              let complete = sort.append(part: p, keys: shared.keys) { appender in
                for v in tailRanges[p] {
                  let tail = Int32(truncatingIfNeeded: v)
                  for e in input.start[v]..<input.start[v + 1] {
                    guard let q = appender.slot(for: Int(input.heads[e])) else { return }
                    out.tails[q] = tail
                    out.edges[q] = Int32(truncatingIfNeeded: e)
                  }
                }
              }
              precondition(complete, "the in-degrees were counted from these edges")
            }
          }
        }
        let sorted = sort.sortRegions(
          keys: keys, columns: SlotColumns(tails, edges), threads: Parallel.processorCount)
        precondition(sorted, "the in-degrees were counted from these edges")
        edgeCount = m
      }
      tailCount = m
    }
    return (sort.offsets, tails, edges)
  }
}

/// The per-part in-degrees; each thread touches its own part.
private struct SharedCounts: @unchecked Sendable {
  let counts: [UnsafeMutableBufferPointer<Int32>]
}

/// The forward layout, read by every thread.
private struct SharedInput: @unchecked Sendable {
  let start: UnsafeBufferPointer<Int>
  let heads: UnsafeBufferPointer<Int32>
}

/// The bucket keys, written in disjoint slots by the appending threads.
private struct SharedKeys: @unchecked Sendable {
  let keys: UnsafeMutableBufferPointer<UInt16>
}

/// The reverse slots being written; threads write disjoint slots.
private struct SharedOutput: @unchecked Sendable {
  let tails: UnsafeMutableBufferPointer<Int32>
  let edges: UnsafeMutableBufferPointer<Int32>
}
