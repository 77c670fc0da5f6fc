/// The reverse adjacency of a large graph, built in cache-friendly steps on all processors; the
/// result is exactly the counting sort's (every head's tails and edge ids in edge id order), for
/// any number of threads.
///
/// 1. The tails are cut into `parts` ranges of about equal edges; each part counts the in-degrees
///    of its edges (one count array per part), and the counts give the offsets.
/// 2. Heads are grouped into buckets of 2^shift consecutive vertices (about 16 Ki slots each on
///    average, shift ≤ 16). Each part appends its edges, in id order, to their head's bucket
///    region, after the parts before it, with the head's offset in the bucket (2 bytes).
/// 3. Each bucket region is put in head order through a scratch copy; buckets are shared among
///    the threads.
///
/// Memory beyond the result: 2 bytes per edge and 4 bytes per vertex per part while building.
/// Returns nil when a bucket of several heads would hold over 4 Mi slots (then the caller
/// scatters directly).
enum ReverseLayout {
  /// - Parameter parts: how many tail ranges, one per thread (default: one per processor, at most
  ///   8, and at least 2^18 edges each); the result does not depend on it.
  static func build(n: Int, start: [Int], heads: [Int32], parts requested: Int? = nil) -> (
    offsets: [Int], tails: [Int32], edges: [Int32]
  )? {
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
    // 1. In-degrees per part, then offsets.
    let counts = (0..<parts).map { _ in UnsafeMutableBufferPointer<Int32>.allocate(capacity: n) }
    defer { for c in counts { c.deallocate() } }
    let shared = SharedBuffers(counts: counts)
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
    var offsets = [Int](repeating: 0, count: n + 1)
    for h in 0..<n {
      var total = 0
      for p in 0..<parts { total += Int(counts[p][h]) }
      offsets[h + 1] = offsets[h] + total
    }
    // 2. Buckets of heads.
    var bucketShift = 0
    while bucketShift < 16 && (n >> (bucketShift + 1)) > 0 && (1 << (bucketShift + 1)) * m <= (1 << 14) * n {
      bucketShift += 1
    }
    let shift = bucketShift
    let bucketCount = (n + (1 << shift) - 1) >> shift
    var biggest = 0
    for b in 0..<bucketCount {
      biggest = max(biggest, offsets[min(n, (b + 1) << shift)] - offsets[b << shift])
    }
    guard biggest <= 1 << 22 else { return nil }
    let largest = biggest
    // Each part's cursor in each bucket: after the slots of the parts before it.
    var cursors = [[Int]](repeating: [], count: parts)
    var next = (0..<bucketCount).map { offsets[$0 << shift] }
    for p in 0..<parts {
      cursors[p] = next
      for h in 0..<n { next[h >> shift] += Int(counts[p][h]) }
    }
    let partCursors = cursors
    // Every slot is written once by step 2, so the arrays are not zero-filled first (their pages
    // are first touched by the threads that fill them).
    let local = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: m)
    defer { local.deallocate() }
    let mask = (1 << shift) - 1
    var edges: [Int32] = []
    let tails = [Int32](unsafeUninitializedCapacity: m) { tails, tailCount in
      edges = [Int32](unsafeUninitializedCapacity: m) { edges, edgeCount in
        do {
          let out = SharedOutput(tails: tails, edges: edges, local: local)
          start.withUnsafeBufferPointer { start in
            heads.withUnsafeBufferPointer { heads in
              let input = SharedInput(start: start, heads: heads)
              Parallel.forEachPart(parts) { p in
                var cursor = partCursors[p]
                cursor.withUnsafeMutableBufferPointer { cursor in
                  for v in tailRanges[p] {
                    let tail = Int32(truncatingIfNeeded: v)
                    for e in input.start[v]..<input.start[v + 1] {
                      let h = Int(input.heads[e])
                      let b = h >> shift
                      let q = cursor[b]
                      cursor[b] = q + 1
                      out.tails[q] = tail
                      out.edges[q] = Int32(truncatingIfNeeded: e)
                      out.local[q] = UInt16(truncatingIfNeeded: h & mask)
                    }
                  }
                }
              }
            }
          }
          // 3. Each region in head order.
          offsets.withUnsafeBufferPointer { offsets in
            let bounds = SharedOffsets(offsets: offsets)
            let threads = max(1, min(Parallel.processorCount, bucketCount))
            Parallel.forEachPart(threads) { t in
              sortBuckets(
                (bucketCount * t / threads)..<(bucketCount * (t + 1) / threads), n: n, shift: shift,
                largest: largest, offsets: bounds.offsets, out: out)
            }
          }
        }
        edgeCount = m
      }
      tailCount = m
    }
    return (offsets, tails, edges)
  }

  /// Puts the regions of `buckets`, filled in edge id order, into head order (stable).
  private static func sortBuckets(
    _ buckets: Range<Int>, n: Int, shift: Int, largest: Int, offsets: UnsafeBufferPointer<Int>, out: SharedOutput
  ) {
    let scratchTails = UnsafeMutableBufferPointer<Int32>.allocate(capacity: largest)
    let scratchEdges = UnsafeMutableBufferPointer<Int32>.allocate(capacity: largest)
    let scratchLocal = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: largest)
    let slot = UnsafeMutableBufferPointer<Int>.allocate(capacity: 1 << shift)
    defer {
      scratchTails.deallocate()
      scratchEdges.deallocate()
      scratchLocal.deallocate()
      slot.deallocate()
    }
    for b in buckets {
      let first = b << shift
      let count = min(n, first + (1 << shift)) - first
      let lo = offsets[first]
      let size = offsets[first + count] - lo
      if size == 0 || count == 1 { continue }
      for k in 0..<size {
        scratchTails[k] = out.tails[lo + k]
        scratchEdges[k] = out.edges[lo + k]
        scratchLocal[k] = out.local[lo + k]
      }
      for i in 0..<count { slot[i] = offsets[first + i] }
      for k in 0..<size {
        let i = Int(scratchLocal[k])
        let q = slot[i]
        slot[i] = q + 1
        out.tails[q] = scratchTails[k]
        out.edges[q] = scratchEdges[k]
      }
    }
  }
}

/// Buffers shared by the threads of one build; each thread touches its own part.
private struct SharedBuffers: @unchecked Sendable {
  let counts: [UnsafeMutableBufferPointer<Int32>]
}

/// The forward layout, read by every thread.
private struct SharedInput: @unchecked Sendable {
  let start: UnsafeBufferPointer<Int>
  let heads: UnsafeBufferPointer<Int32>
}

/// The reverse slots being written; threads write disjoint slots.
private struct SharedOutput: @unchecked Sendable {
  let tails: UnsafeMutableBufferPointer<Int32>
  let edges: UnsafeMutableBufferPointer<Int32>
  let local: UnsafeMutableBufferPointer<UInt16>
}

/// Offsets read by every thread.
private struct SharedOffsets: @unchecked Sendable {
  let offsets: UnsafeBufferPointer<Int>
}
