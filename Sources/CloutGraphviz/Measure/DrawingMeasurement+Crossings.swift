extension DrawingMeasurement {
  /// How many pairs of edges cross (see the type's definition). Edges sharing an end node are
  /// not compared. Segments are bucketed in a uniform grid of about √S × √S cells.
  public func edgeCrossings() -> Int {
    var segments: [(edge: Int, a: (Double, Double), b: (Double, Double))] = []
    for (i, e) in edges.enumerated() {
      for k in e.points.indices.dropLast() { segments.append((i, e.points[k], e.points[k + 1])) }
    }
    guard !segments.isEmpty, width > 0, height > 0 else { return 0 }
    let side = max(1, Int(Double(segments.count).squareRoot()))
    let cellW = max(width, 1) / Double(side) + 1e-9
    let cellH = max(height, 1) / Double(side) + 1e-9
    let minX = segments.map { min($0.a.0, $0.b.0) }.min() ?? 0
    let minY = segments.map { min($0.a.1, $0.b.1) }.min() ?? 0
    func cell(_ x: Double, _ c: Double, _ origin: Double) -> Int { max(0, min(side - 1, Int((x - origin) / c))) }
    var grid: [Int: [Int]] = [:]
    for (s, seg) in segments.enumerated() {
      let x0 = cell(min(seg.a.0, seg.b.0), cellW, minX)
      let x1 = cell(max(seg.a.0, seg.b.0), cellW, minX)
      let y0 = cell(min(seg.a.1, seg.b.1), cellH, minY)
      let y1 = cell(max(seg.a.1, seg.b.1), cellH, minY)
      for x in x0...x1 { for y in y0...y1 { grid[x * side + y, default: []].append(s) } }
    }
    var crossing: Set<Int> = []
    let m = edges.count
    for bucket in grid.values where bucket.count > 1 {
      for i in bucket.indices {
        for j in bucket.index(after: i)..<bucket.endIndex {
          let s = segments[bucket[i]]
          let t = segments[bucket[j]]
          guard s.edge != t.edge else { continue }
          let pair = min(s.edge, t.edge) * m + max(s.edge, t.edge)
          if crossing.contains(pair) { continue }
          let e = edges[s.edge]
          let f = edges[t.edge]
          if e.tail == f.tail || e.tail == f.head || e.head == f.tail || e.head == f.head { continue }
          if Self.intersects(s.a, s.b, t.a, t.b) { crossing.insert(pair) }
        }
      }
    }
    return crossing.count
  }

  /// Whether segments pq and rs properly intersect.
  static func intersects(
    _ p: (Double, Double), _ q: (Double, Double), _ r: (Double, Double), _ s: (Double, Double)
  ) -> Bool {
    func orient(_ a: (Double, Double), _ b: (Double, Double), _ c: (Double, Double)) -> Double {
      (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
    }
    let d1 = orient(r, s, p)
    let d2 = orient(r, s, q)
    let d3 = orient(p, q, r)
    let d4 = orient(p, q, s)
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
  }
}
