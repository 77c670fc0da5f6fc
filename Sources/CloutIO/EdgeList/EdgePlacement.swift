import Clout
import Synchronization

/// The second pass over an edge list with integer labels: each edge parsed again and written to
/// its CSR slot (edges grouped by source, input order within a source).
///
/// Writing each edge straight to its own slot would scatter writes over the whole target and
/// weight arrays (a cache miss or two per edge). Instead the vertices are cut into buckets of
/// consecutive vertices with about `bucketEdges` slots on average (`BucketLayout`): edges are first
/// appended, in input order, to their source's bucket region (a thousand or so write streams, all
/// in cache), then each bucket region is put in vertex order through a scratch copy of the region.
/// Both steps are stable, so the result is the counting sort's.
///
/// The text may come in consecutive pieces, each with its census: piece p's edges go to the part
/// of every bucket region after those of pieces 0…p−1, so the pieces are placed at the same time,
/// on as many threads, with the same result as one piece.
///
/// The first pass (`EdgeCensus`) already checked every line; anything that disagrees with it means
/// the file changed between the passes, which is reported as such. Cost: O(bytes) time; memory: the
/// edge arrays of the graph, plus 4 bytes per edge of sources and a scratch copy of the largest
/// region per thread while placing.
struct EdgePlacement {
  /// `offsets[v]..<offsets[v + 1]` are the slots of the edges leaving v.
  let offsets: [Int]
  let targets: [Int32]
  let weights: [Double]?

  /// Edges per bucket region (a region's targets, weights and sources fit in a core's cache).
  static let bucketEdges = 1 << 14

  /// Places the edges of `pieces` (consecutive parts of one text, in order), counted by `censuses`.
  static func place(
    _ pieces: [LineChunks], censuses: [EdgeCensus], file: String, progress: (@Sendable (Int) -> Void)? = nil
  ) throws(InputError) -> EdgePlacement {
    let n = censuses.map(\.vertexCount).max() ?? 0
    let weighted = censuses.contains { $0.edgeCount > 0 && $0.weighted }
    var offsets = [Int](repeating: 0, count: n + 1)
    for census in censuses {
      for v in 0..<census.vertexCount { offsets[v + 1] += Int(census.counts[v]) }
    }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    let m = offsets[n]
    let buckets = BucketLayout(offsets: offsets, n: n, size: bucketEdges, cap: 1 << 22)
    // Each piece's cursor in every bucket: after the slots of the pieces before it.
    var startsOfPieces: [[Int32]] = []
    var endsOfPieces: [[Int]] = []
    var next = Array(buckets.start.dropLast())
    for census in censuses {
      var inBucket = [Int](repeating: 0, count: buckets.count)
      for v in 0..<census.vertexCount { inBucket[v >> buckets.shift] += Int(census.counts[v]) }
      startsOfPieces.append(next.map { Int32(truncatingIfNeeded: $0) })
      for b in 0..<buckets.count { next[b] += inBucket[b] }
      endsOfPieces.append(next)
    }
    let cursors = startsOfPieces
    let limits = endsOfPieces
    // Every slot is written once by the scatter (or the file changed and all is thrown away), so
    // the arrays are not zero-filled first: their pages are first touched by the placing threads.
    let sources = UnsafeMutableBufferPointer<Int32>.allocate(capacity: m)
    defer { sources.deallocate() }
    let consistent = Atomic<Bool>(true)
    let done = ByteCounter()
    var weights: [Double] = []
    let targets = [Int32](unsafeUninitializedCapacity: m) { targets, targetCount in
      let targets = UnsafeMutableBufferPointer(rebasing: targets[0..<m])
      let fill = { (weights: UnsafeMutableBufferPointer<Double>?) in
        do {
          let arrays = SlotArrays(sources: sources, targets: targets, weights: weights)
          Parallel.forEachPart(pieces.count) { p in
            var cursor = cursors[p]
            let placed = cursor.withUnsafeMutableBufferPointer { cursor in
              limits[p].withUnsafeBufferPointer { limit in
                scatter(
                  pieces[p], n: n, weighted: weighted, shift: buckets.shift, allowHeader: p == 0, cursor: cursor,
                  limit: limit, into: arrays,
                  progress: progress.map { done.reporter($0) })
              }
            }
            let full = placed && zip(cursor, limits[p]).allSatisfy { Int($0) == $1 }
            if !full { consistent.store(false, ordering: .relaxed) }
          }
          guard consistent.load(ordering: .relaxed) else { return }
          let ok = buckets.sortRegions(n: n, offsets: offsets, arrays: arrays, threads: pieces.count)
          if !ok { consistent.store(false, ordering: .relaxed) }
        }
      }
      if weighted {
        weights = [Double](unsafeUninitializedCapacity: m) { weights, weightCount in
          fill(UnsafeMutableBufferPointer(rebasing: weights[0..<m]))
          weightCount = m
        }
      } else {
        fill(nil)
      }
      targetCount = m
    }
    guard consistent.load(ordering: .relaxed) else {
      throw InputError("\(file) changed while it was being read", hint: "read it again once it is complete")
    }
    return EdgePlacement(offsets: offsets, targets: targets, weights: weighted ? weights : nil)
  }

  /// Parses one piece and appends each edge to its source's bucket; false when the piece
  /// disagrees with its census (a line that is no longer an edge, a vertex or a bucket too many).
  private static func scatter(
    _ piece: LineChunks, n: Int, weighted: Bool, shift: Int, allowHeader: Bool,
    cursor: UnsafeMutableBufferPointer<Int32>, limit: UnsafeBufferPointer<Int>, into arrays: SlotArrays,
    progress: ((Int) -> Void)?
  ) -> Bool {
    var batch = EdgeBatch()
    defer { batch.deallocate() }
    var consistent = true
    /// Appends the batch to its buckets; false if a bucket would overflow.
    func flush() -> Bool {
      let count = batch.count
      batch.count = 0
      for k in 0..<count {
        let s = batch.sources[k]
        let b = Int(s) >> shift
        let slot = Int(cursor[b])
        guard slot < limit[b] else { return false }
        cursor[b] = Int32(truncatingIfNeeded: slot + 1)
        arrays.sources[slot] = s
        arrays.targets[slot] = batch.targets[k]
        arrays.weights?[slot] = batch.weights[k]
      }
      return true
    }
    do {
      try piece.forEach(progress: progress) { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
        var i = 0
        while i < bytes.count {
          let s: Int
          let t: Int
          var w = 0.0
          if let fast = FastEdgeLine.parse(bytes, from: i) {
            guard fast.source < n, fast.target < n, fast.hasWeight == weighted else {
              consistent = false
              return false
            }
            (s, t, w) = (fast.source, fast.target, fast.weight)
            i = fast.next
          } else {
            let lineStart = i
            let end = bytes.newline(from: i)
            i = end + 1
            let edge = EdgeLine(bytes, start: lineStart, end: end)
            guard case .edge = edge.shape else {
              if case .blank = edge.shape { continue }
              consistent = false
              return false
            }
            if allowHeader && batch.placedBefore == 0 && batch.count == 0 && EdgeLine.isHeader(bytes, edge) {
              continue
            }
            s = EdgeLine.plainInteger(bytes, edge.sourceStart, edge.sourceEnd)
            t = EdgeLine.plainInteger(bytes, edge.targetStart, edge.targetEnd)
            guard s >= 0, t >= 0, s < n, t < n, edge.hasWeight == weighted else {
              consistent = false
              return false
            }
            if weighted {
              guard let x = EdgeLine.number(bytes, edge.weightStart, edge.weightEnd), x.isFinite else {
                consistent = false
                return false
              }
              w = x
            }
          }
          if batch.append(s, t, w) {
            batch.placedBefore += EdgeBatch.capacity
            guard flush() else {
              consistent = false
              return false
            }
          }
        }
        return true
      }
    } catch {
      return false
    }
    return consistent && flush()
  }
}

/// Bytes handed over so far by the threads reading pieces of one file.
final class ByteCounter: Sendable {
  private let total = Atomic<Int>(0)

  /// Adds `bytes` and returns the new total.
  func add(_ bytes: Int) -> Int { total.add(bytes, ordering: .relaxed).newValue }

  /// A progress callback for one reader, which reports the bytes it has read so far: it adds what
  /// is new to the total and passes the total on to `report`.
  func reporter(_ report: @escaping @Sendable (Int) -> Void) -> (Int) -> Void {
    var last = 0
    return { bytes in
      report(self.add(bytes - last))
      last = bytes
    }
  }
}

/// The slot arrays being filled, shared by the threads that fill disjoint parts of them.
struct SlotArrays: @unchecked Sendable {
  let sources: UnsafeMutableBufferPointer<Int32>
  let targets: UnsafeMutableBufferPointer<Int32>
  let weights: UnsafeMutableBufferPointer<Double>?
}
