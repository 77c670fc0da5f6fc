import Clout
import Synchronization

/// The second pass over an edge list with integer labels: each edge parsed again and written to
/// its CSR slot (edges grouped by source, input order within a source).
///
/// This is the engine's bucketed stable counting sort (`CountingSort`, keyed by source): writing
/// each edge straight to its own slot would scatter writes over the whole target and weight arrays
/// (a cache miss or two per edge), so edges are first appended, in input order, to their source's
/// bucket region of about `bucketEdges` slots, then each region is put in vertex order. The result
/// is the plain counting sort's.
///
/// The text may come in consecutive pieces, each with its census: piece p's edges go to the part
/// of every bucket region after those of pieces 0…p−1, so the pieces are placed at the same time,
/// on as many threads, with the same result as one piece.
///
/// The first pass (`EdgeCensus`) already checked every line; anything that disagrees with it means
/// the file changed between the passes, which is reported as such. Cost: O(bytes) time; memory: the
/// edge arrays of the graph, plus the sort's (2 bytes per edge, and a scratch copy of the largest
/// region per thread) while placing.
struct EdgePlacement {
  /// `offsets[v]..<offsets[v + 1]` are the slots of the edges leaving v.
  let offsets: [Int]
  let targets: [Int32]
  let weights: [Double]?

  /// Edges per bucket region (a region's targets, weights and keys fit in a core's cache).
  static let bucketEdges = 1 << 14

  /// Places the edges of `pieces` (consecutive parts of one text, in order), counted by `censuses`.
  static func place(
    _ pieces: [LineChunks], censuses: [EdgeCensus], file: String, progress: (@Sendable (Int) -> Void)? = nil
  ) throws(InputError) -> EdgePlacement {
    let n = censuses.map(\.vertexCount).max() ?? 0
    let weighted = censuses.contains { $0.edgeCount > 0 && $0.weighted }
    let counts = censuses.map(\.counts)
    let sort = CountingSort(keyCount: n, parts: max(1, pieces.count), averageSlots: bucketEdges) { p, v in
      p < counts.count && v < counts[p].count ? Int(counts[p][v]) : 0
    }
    let m = sort.offsets[n]
    // Every slot is written once by the scatter (or the file changed and all is thrown away), so
    // the arrays are not zero-filled first: their pages are first touched by the placing threads.
    let keys = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: m)
    defer { keys.deallocate() }
    let consistent = Atomic<Bool>(true)
    let done = ByteCounter()
    var weights: [Double] = []
    let targets = [Int32](unsafeUninitializedCapacity: m) { targets, targetCount in
      let targets = UnsafeMutableBufferPointer(rebasing: targets[0..<m])
      let fill = { (weights: UnsafeMutableBufferPointer<Double>?) in
        let columns = SlotColumns(targets, doubles: weights)
        let shared = SharedKeys(keys: keys)
        Parallel.forEachPart(pieces.count) { p in
          var placed = true
          let complete = sort.append(part: p, keys: shared.keys) { appender in
            placed = scatter(
              pieces[p], n: n, weighted: weighted, allowHeader: p == 0, into: appender, columns: columns,
              progress: progress.map { done.reporter($0) })
          }
          if !(placed && complete) { consistent.store(false, ordering: .relaxed) }
        }
        guard consistent.load(ordering: .relaxed) else { return }
        if !sort.sortRegions(keys: keys, columns: columns, threads: pieces.count) {
          consistent.store(false, ordering: .relaxed)
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
    return EdgePlacement(offsets: sort.offsets, targets: targets, weights: weighted ? weights : nil)
  }

  /// Parses one piece and appends each edge to its source's bucket; false when the piece
  /// disagrees with its census (a line that is no longer an edge, a vertex or a bucket too many).
  private static func scatter(
    _ piece: LineChunks, n: Int, weighted: Bool, allowHeader: Bool, into appender: CountingSort.Appender,
    columns: SlotColumns, progress: ((Int) -> Void)?
  ) -> Bool {
    var batch = EdgeBatch()
    defer { batch.deallocate() }
    var consistent = true
    /// Appends the batch to its buckets; false if a bucket would overflow.
    func flush() -> Bool {
      let count = batch.count
      batch.count = 0
      guard appender.slots(for: batch.sources, count: count, into: batch.slots) else { return false }
      let targets = columns.first
      for k in 0..<count { targets[batch.slots[k]] = batch.targets[k] }
      if let weights = columns.doubles {
        for k in 0..<count { weights[batch.slots[k]] = batch.weights[k] }
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

/// The bucket keys, written in disjoint slots by the placing threads.
private struct SharedKeys: @unchecked Sendable {
  let keys: UnsafeMutableBufferPointer<UInt16>
}
