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
/// Cost: O(n + m) to build (two passes over the in-slots), 4 bytes per slot, 8 per segment and 4
/// per (block, chunk) pair.
final class PageRankBlocks: @unchecked Sendable {
  let blockCount: Int
  /// Vertex of each segment.
  let segmentVertex: UnsafeMutableBufferPointer<Int32>
  /// Segment j covers `tails[segmentStart[j]..<segmentStart[j + 1]]` (segment count + 1 entries).
  let segmentStart: UnsafeMutableBufferPointer<Int32>
  /// The tails of the in-slots, block by block, then vertex by vertex, then in slot order.
  let tails: UnsafeMutableBufferPointer<Int32>
  /// `chunkSegments[b * (chunkCount + 1) + i]`: the first segment of block b whose vertex is in
  /// chunk i or a later one (i = chunkCount: the end of block b).
  let chunkSegments: UnsafeMutableBufferPointer<Int32>
  let chunkCount: Int

  /// Tail blocks of 2^17 vertices: 1 MiB of contributions, a core's L2 cache.
  static let defaultShift = 17

  /// - Returns: nil when there would be a single block, when the slots do not fit 32-bit
  ///   positions, or when some vertex's in-slots are not in increasing block order.
  init?(n: Int, offsets: [Int], neighbors: [Int32], chunks: [Range<Int>], shift: Int) {
    let m = neighbors.count
    let blocks = (n + (1 << shift) - 1) >> shift
    guard blocks > 1, m < Int(Int32.max), offsets.count == n + 1 else { return nil }
    // Segments and slots per block; fails on a decreasing block.
    var segmentsPerBlock = [Int](repeating: 0, count: blocks + 1)
    var slotsPerBlock = [Int](repeating: 0, count: blocks + 1)
    let ordered = offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        segmentsPerBlock.withUnsafeMutableBufferPointer { segments in
          slotsPerBlock.withUnsafeMutableBufferPointer { slots in
            for v in 0..<n {
              var last = -1
              for k in offsets[v]..<offsets[v + 1] {
                let b = Int(neighbors[k]) >> shift
                if b != last {
                  if b < last { return false }
                  segments[b + 1] += 1
                  last = b
                }
                slots[b + 1] += 1
              }
            }
            return true
          }
        }
      }
    }
    guard ordered else { return nil }
    for b in 0..<blocks {
      segmentsPerBlock[b + 1] += segmentsPerBlock[b]
      slotsPerBlock[b + 1] += slotsPerBlock[b]
    }
    let segmentCount = segmentsPerBlock[blocks]
    blockCount = blocks
    chunkCount = chunks.count
    segmentVertex = .allocate(capacity: segmentCount)
    segmentStart = .allocate(capacity: segmentCount + 1)
    tails = .allocate(capacity: m)
    chunkSegments = .allocate(capacity: blocks * (chunks.count + 1))
    // Fill: each vertex's slots go to the end of their block's region.
    var segmentCursor = Array(segmentsPerBlock.prefix(blocks))
    var slotCursor = Array(slotsPerBlock.prefix(blocks))
    let segmentVertex = segmentVertex
    let segmentStart = segmentStart
    let tails = tails
    offsets.withUnsafeBufferPointer { offsets in
      neighbors.withUnsafeBufferPointer { neighbors in
        segmentCursor.withUnsafeMutableBufferPointer { segmentCursor in
          slotCursor.withUnsafeMutableBufferPointer { slotCursor in
            for v in 0..<n {
              var last = -1
              let vertex = Int32(truncatingIfNeeded: v)
              for k in offsets[v]..<offsets[v + 1] {
                let tail = neighbors[k]
                let b = Int(tail) >> shift
                let q = slotCursor[b]
                if b != last {
                  let j = segmentCursor[b]
                  segmentCursor[b] = j + 1
                  segmentVertex[j] = vertex
                  segmentStart[j] = Int32(truncatingIfNeeded: q)
                  last = b
                }
                tails[q] = tail
                slotCursor[b] = q + 1
              }
            }
          }
        }
      }
    }
    segmentStart[segmentCount] = Int32(truncatingIfNeeded: m)
    // Where each chunk's segments begin in every block.
    let stride = chunks.count + 1
    for b in 0..<blocks {
      var j = segmentsPerBlock[b]
      let end = segmentsPerBlock[b + 1]
      for i in 0...chunks.count {
        let bound = i < chunks.count ? chunks[i].lowerBound : n
        while j < end && Int(segmentVertex[j]) < bound { j += 1 }
        chunkSegments[b * stride + i] = Int32(truncatingIfNeeded: j)
      }
    }
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
