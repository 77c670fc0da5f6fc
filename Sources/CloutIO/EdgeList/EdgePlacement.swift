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
/// The first pass (`EdgeCensus`) already checked every line; anything that disagrees with it means
/// the file changed between the passes, which is reported as such. Cost: O(bytes) time; memory: the
/// edge arrays of the graph, plus 4 bytes per edge of sources and the scratch copy of the largest
/// region while placing.
struct EdgePlacement {
  /// `offsets[v]..<offsets[v + 1]` are the slots of the edges leaving v.
  let offsets: [Int]
  let targets: [Int32]
  let weights: [Double]?

  /// Edges per bucket region (a region's targets, weights and sources fit in a core's cache).
  static let bucketEdges = 1 << 14

  static func place(
    _ source: LineChunks, census: EdgeCensus, file: String, progress: ((Int) -> Void)? = nil
  ) throws(InputError) -> EdgePlacement {
    let n = census.vertexCount
    let m = census.edgeCount
    let weighted = census.weighted
    var offsets = [Int](repeating: 0, count: n + 1)
    for v in 0..<n { offsets[v + 1] = offsets[v] + Int(census.counts[v]) }
    let buckets = BucketLayout(offsets: offsets, n: n, size: bucketEdges, cap: 1 << 22)
    var targets = [Int32](repeating: 0, count: m)
    var weights = weighted ? [Double](repeating: 0, count: m) : []
    var sources = [Int32](repeating: 0, count: m)
    var cursor = buckets.start.dropLast().map { Int32(truncatingIfNeeded: $0) }
    var consistent = true
    var batch = EdgeBatch()
    defer { batch.deallocate() }
    let shift = buckets.shift
    try cursor.withUnsafeMutableBufferPointer { cursor throws(InputError) in
      do {
        try buckets.start.withUnsafeBufferPointer { bucketStart throws(InputError) in
          try sources.withUnsafeMutableBufferPointer { sources throws(InputError) in
            try targets.withUnsafeMutableBufferPointer { targets throws(InputError) in
              try weights.withUnsafeMutableBufferPointer { weights throws(InputError) in
                /// Appends the batch to its buckets; false if a bucket would overflow.
                func flush() -> Bool {
                  let count = batch.count
                  batch.count = 0
                  for k in 0..<count {
                    let s = batch.sources[k]
                    let b = Int(s) >> shift
                    let slot = Int(cursor[b])
                    guard slot < bucketStart[b + 1] else { return false }
                    cursor[b] = Int32(truncatingIfNeeded: slot + 1)
                    sources[slot] = s
                    targets[slot] = batch.targets[k]
                    if weighted { weights[slot] = batch.weights[k] }
                  }
                  return true
                }
                try source.forEach(progress: progress) { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
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
                      if batch.placedBefore == 0 && batch.count == 0 && EdgeLine.isHeader(bytes, edge) { continue }
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
                if consistent && !flush() { consistent = false }
                for b in 0..<buckets.count where Int(cursor[b]) != bucketStart[b + 1] { consistent = false }
                if consistent {
                  consistent = offsets.withUnsafeBufferPointer { offsets in
                    buckets.sortRegions(
                      n: n, offsets: offsets, sources: sources, targets: targets, weights: weighted ? weights : nil)
                  }
                }
              }
            }
          }
        }
      }
    }
    guard consistent else {
      throw InputError("\(file) changed while it was being read", hint: "read it again once it is complete")
    }
    return EdgePlacement(offsets: offsets, targets: targets, weights: weighted ? weights : nil)
  }
}
