/// The in-slots of an unweighted pull sweep regrouped by blocks of tails, so that one pass over a
/// block reads contributions `c[u]` from a cache-sized part of `c` only (cache blocking of the
/// sparse matrix–vector product; Nishtala, Vuduc, Demmel and Yelick, "When cache blocking of sparse
/// matrix vector multiply works and why", AAEECC 18, 2007).
///
/// Tails are cut into blocks of `1 << shift` consecutive vertices. A *segment* is the run of a
/// vertex's in-slots whose tails lie in one block; segments are stored block by block and, within a
/// block, by vertex. A sweep adds block after block into one accumulator per vertex, so every
/// vertex still adds its in-slots one by one in slot order: the sums are bit for bit those of the
/// plain pull sweep. This needs every vertex's in-slots to meet the blocks in increasing order (true
/// when they are sorted by tail, as the reverse adjacency of a stored digraph is); `init` returns
/// nil otherwise.
///
/// Cost: O(n + m) to build (one pass over the in-slots), 4 bytes per slot, 8 per segment and 4
/// per (block, chunk) pair; the segment arrays are reserved for one segment per slot, of which
/// only the pages used take memory.
///
/// A hot specialisation of the plain pull sweep of `PageRankKernel` (same file folder), kept
/// beside it: the two must add the same terms in the same order. If the kernel's slot order, its
/// chunks or its `finish` step change, change `accumulate` here too; `PageRankBlockTests` checks
/// that the blocked and plain sweeps agree bit for bit.
final class PageRankBlocks: @unchecked Sendable {
  let blockCount: Int
  /// Vertex of each segment.
  let segmentVertex: UnsafeMutableBufferPointer<Int32>
  /// Segment j covers `tails[segmentStart[j]..<segmentStart[j + 1]]`; each block's segments are
  /// followed by one entry for its end.
  let segmentStart: UnsafeMutableBufferPointer<Int32>
  /// The tails of the in-slots, block by block, then vertex by vertex, then in slot order.
  let tails: UnsafeMutableBufferPointer<Int32>
  /// `chunkSegments[b * (chunkCount + 1) + i]`: the first segment of block b whose vertex is in
  /// chunk i or a later one (i = chunkCount: the end of block b).
  let chunkSegments: UnsafeMutableBufferPointer<Int32>
  let chunkCount: Int

  /// Tail blocks of 2^17 vertices: 1 MiB of contributions, a core's L2 cache.
  static let defaultShift = 17

  /// - Parameters:
  ///   - offsets, neighbors: the in-slots of every vertex, sorted by tail.
  ///   - tailOffsets: `tailOffsets[u]` is the number of in-slots (of all vertices) whose tail is
  ///     below u: the out-offsets of a stored digraph.
  /// - Returns: nil when there would be a single block, when the slots do not fit 32-bit
  ///   positions, or when some vertex's in-slots are not in increasing block order.
  init?(n: Int, offsets: [Int], neighbors: [Int32], tailOffsets: [Int], chunks: [Range<Int>], shift: Int) {
    let m = neighbors.count
    let blocks = (n + (1 << shift) - 1) >> shift
    guard blocks > 1, m < Int(Int32.max) - blocks, offsets.count == n + 1, tailOffsets.count == n + 1,
      tailOffsets[n] == m
    else { return nil }
    // Block b's slots are tailOffsets[b << shift]..<tailOffsets[(b + 1) << shift]; it has at most
    // one segment per slot, so its segments get that many places and one more for the end.
    let slotStart = (0...blocks).map { tailOffsets[min(n, $0 << shift)] }
    let segmentBase = (0...blocks).map { slotStart[$0] + $0 }
    blockCount = blocks
    chunkCount = chunks.count
    segmentVertex = .allocate(capacity: segmentBase[blocks])
    segmentStart = .allocate(capacity: segmentBase[blocks])
    tails = .allocate(capacity: m)
    chunkSegments = .allocate(capacity: blocks * (chunks.count + 1))
    // One pass: each vertex's slots go to the end of their block's region.
    var segmentCursor = Array(segmentBase.prefix(blocks))
    var slotCursor = Array(slotStart.prefix(blocks))
    let segmentVertex = segmentVertex
    let segmentStart = segmentStart
    let tails = tails
    let ordered = offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        segmentCursor.withUnsafeMutableBufferPointer { segmentCursor in
          slotCursor.withUnsafeMutableBufferPointer { slotCursor in
            slotStart.withUnsafeBufferPointer { slotStart in
              for v in 0..<n {
                var last = -1
                let vertex = Int32(truncatingIfNeeded: v)
                for k in offsets[v]..<offsets[v + 1] {
                  let tail = neighbors[k]
                  let b = Int(tail) >> shift
                  let q = slotCursor[b]
                  if b != last {
                    guard b > last, q < slotStart[b + 1] else { return false }
                    let j = segmentCursor[b]
                    segmentCursor[b] = j + 1
                    segmentVertex[j] = vertex
                    segmentStart[j] = Int32(truncatingIfNeeded: q)
                    last = b
                  }
                  guard q < slotStart[b + 1] else { return false }
                  tails[q] = tail
                  slotCursor[b] = q + 1
                }
              }
              return true
            }
          }
        }
      }
    }
    let complete = ordered && (0..<blocks).allSatisfy { slotCursor[$0] == slotStart[$0 + 1] }
    // Each block's end, after its last segment.
    for b in 0..<blocks { segmentStart[segmentCursor[b]] = Int32(truncatingIfNeeded: slotStart[b + 1]) }
    // Where each chunk's segments begin in every block.
    let stride = chunks.count + 1
    for b in 0..<blocks {
      var j = segmentBase[b]
      let end = segmentCursor[b]
      for i in 0...chunks.count {
        let bound = i < chunks.count ? chunks[i].lowerBound : n
        while j < end && Int(segmentVertex[j]) < bound { j += 1 }
        chunkSegments[b * stride + i] = Int32(truncatingIfNeeded: j)
      }
    }
    if !complete { return nil }
  }

  deinit {
    segmentVertex.deallocate()
    segmentStart.deallocate()
    tails.deallocate()
    chunkSegments.deallocate()
  }

  /// Adds, block by block, the contributions `c` of the in-slots of the vertices of chunks
  /// `first..<end` into `sums` (which holds 0 for those vertices on entry).
  func accumulate(
    chunks first: Int, _ end: Int, c: UnsafeMutableBufferPointer<Double>, into sums: UnsafeMutableBufferPointer<Double>
  ) {
    guard let c = c.baseAddress, let sums = sums.baseAddress, let tails = tails.baseAddress,
      let segmentStart = segmentStart.baseAddress, let segmentVertex = segmentVertex.baseAddress
    else { return }
    let stride = chunkCount + 1
    for b in 0..<blockCount {
      let lo = Int(chunkSegments[b * stride + first])
      let hi = Int(chunkSegments[b * stride + end])
      var k = Int(segmentStart[lo])
      for j in lo..<hi {
        let v = Int(segmentVertex[j])
        let stop = Int(segmentStart[j + 1])
        var s = sums[v]
        while k < stop {
          s += c[Int(tails[k])]
          k += 1
        }
        sums[v] = s
      }
    }
  }
}
