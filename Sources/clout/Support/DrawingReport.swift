import CloutGraphviz

/// The `--measure` line of `clout render`: what `DrawingMeasurement` finds in the laid-out drawing.
struct DrawingReport {
  let measurement: DrawingMeasurement

  init(json: [UInt8]) throws { measurement = try DrawingMeasurement(json: json) }

  var text: String {
    let m = measurement
    let smallest = (m.smallestTextOnA2 * 10).rounded() / 10
    return "drawing: \(Int(m.width.rounded())) × \(Int(m.height.rounded())) pt; smallest text fitted to A2: "
      + "\(smallest) pt; label collisions: \(m.labelCollisions().count); labels on nodes: \(m.labelsOnNodes().count); "
      + "edge crossings: \(m.edgeCrossings())"
      + m.labelCollisions().prefix(5).map { "\n  collision: '\($0.0.text)' and '\($0.1.text)'" }.joined()
  }
}
