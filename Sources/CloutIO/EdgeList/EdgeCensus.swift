/// The first pass over an edge list with integer labels: every line checked, the out-degree of
/// every vertex counted, nothing else kept. Sources are counted in batches (a tight loop of
/// independent increments overlaps their cache misses).
///
/// Cost: O(bytes) time, 4 bytes per vertex.
struct EdgeCensus {
  /// `counts[v]` is the out-degree of v, for v in `0..<vertexCount`.
  let counts: [Int32]
  let vertexCount: Int
  let edgeCount: Int
  let weighted: Bool

  /// Counts the edges of `source`, or returns nil as soon as a label is not a plain integer, or is
  /// an integer above `maxVertex` (the file then has named vertices: numbers far beyond what the
  /// file could number densely would otherwise allocate a vertex for every number below them, so
  /// that a 13-byte file `0 2147483646` would need tens of gigabytes).
  ///
  /// - Parameter allowHeader: whether a header line may come before the first edge (only at the
  ///   start of a file; a later piece of it never has one).
  /// - Throws: `InputError` at the first malformed line (its line number counts from the start of
  ///   `source`).
  static func take(
    _ source: LineChunks, file: String, allowHeader: Bool = true, maxVertex maxNumber: Int = Int.max,
    progress: ((Int) -> Void)? = nil
  ) throws(InputError) -> EdgeCensus? {
    var capacity = 1024
    var counts = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    counts.initialize(repeating: 0, count: capacity)
    defer { counts.deallocate() }
    let batchCapacity = 512
    let batch = UnsafeMutablePointer<Int32>.allocate(capacity: batchCapacity)
    defer { batch.deallocate() }
    var batched = 0
    func flush() {
      for k in 0..<batched { counts[Int(batch[k])] &+= 1 }
      batched = 0
    }
    var maxVertex = -1
    var edges = 0
    var line = 0
    var weighted: Bool?
    var named = false
    try source.forEach(progress: progress) { (bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> Bool in
      var i = 0
      while i < bytes.count {
        line += 1
        let s: Int
        let t: Int
        let hasWeight: Bool
        if let fast = FastEdgeLine.parse(bytes, from: i) {
          (s, t, hasWeight) = (fast.source, fast.target, fast.hasWeight)
          i = fast.next
        } else {
          let lineStart = i
          let end = bytes.newline(from: i)
          i = end + 1
          let edge = EdgeLine(bytes, start: lineStart, end: end)
          if case .blank = edge.shape { continue }
          if let error = EdgeListReader.shapeError(edge, file: file, line: line) { throw error }
          if allowHeader && weighted == nil && EdgeLine.isHeader(bytes, edge) { continue }
          s = EdgeLine.plainInteger(bytes, edge.sourceStart, edge.sourceEnd)
          t = EdgeLine.plainInteger(bytes, edge.targetStart, edge.targetEnd)
          hasWeight = edge.hasWeight
          if let w = weighted, w != hasWeight {
            throw EdgeListReader.weightPresenceError(hasWeight: hasWeight, file: file, line: line)
          }
          if s < 0 || t < 0 {
            named = true
            return false
          }
          if hasWeight {
            guard let w = EdgeLine.number(bytes, edge.weightStart, edge.weightEnd), w.isFinite else {
              throw EdgeListReader.weightError(bytes, edge, lineStart: lineStart, file: file, line: line)
            }
          }
        }
        if let w = weighted, w != hasWeight {
          throw EdgeListReader.weightPresenceError(hasWeight: hasWeight, file: file, line: line)
        }
        weighted = hasWeight
        if s > maxNumber || t > maxNumber {
          named = true
          return false
        }
        guard edges < Int(Int32.max) else {
          throw EdgeListReader.lineError(
            "too many edges (at most \(Int32.max))", file: file, line: line, column: 1)
        }
        if s >= capacity {
          flush()
          let bigger = max(2 * capacity, s + 1)
          let grown = UnsafeMutablePointer<Int32>.allocate(capacity: bigger)
          grown.update(from: counts, count: capacity)
          (grown + capacity).initialize(repeating: 0, count: bigger - capacity)
          counts.deallocate()
          counts = grown
          capacity = bigger
        }
        batch[batched] = Int32(truncatingIfNeeded: s)
        batched += 1
        if batched == batchCapacity { flush() }
        maxVertex = max(maxVertex, s, t)
        edges += 1
      }
      return true
    }
    flush()
    if named { return nil }
    let n = maxVertex + 1
    let kept = Array(UnsafeBufferPointer(start: counts, count: min(n, capacity)))
    return EdgeCensus(
      counts: kept + [Int32](repeating: 0, count: n - kept.count), vertexCount: n, edgeCount: edges,
      weighted: weighted ?? false)
  }
}
