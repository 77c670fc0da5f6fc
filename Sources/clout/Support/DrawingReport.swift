import CloutGraphviz

/// The `--measure` line of `clout render`: what `DrawingMeasurement` finds in the laid-out drawing.
struct DrawingReport {
  let measurement: DrawingMeasurement

  /// Crossings are counted up to this many edges (a dense large drawing has millions).
  static let maxEdgesForCrossings = 5_000

  init(json: [UInt8]) throws { measurement = try DrawingMeasurement(json: json) }

  var text: String {
    let m = measurement
    let smallest = (m.smallestTextOnA2 * 10).rounded() / 10
    return "drawing: \(Int(m.width.rounded())) × \(Int(m.height.rounded())) pt; smallest text fitted to A2: "
      + "\(smallest) pt; label collisions: \(m.labelCollisions().count); labels on nodes: \(m.labelsOnNodes().count); "
      + (m.edges.count <= Self.maxEdgesForCrossings
        ? "edge crossings: \(m.edgeCrossings())" : "edge crossings: not counted (over 5,000 edges)")
      + m.labelCollisions().prefix(5).map { "\n  collision: '\($0.0.text)' and '\($0.1.text)'" }.joined()
  }
}
