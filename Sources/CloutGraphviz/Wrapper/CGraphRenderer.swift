import CDotLayoutCleanup
import CGraphviz

/// Lays out a parsed graph and renders it. Must run under `Graphviz`'s lock.
enum CGraphRenderer {
  /// Chooses the layout, checks limits, lays out, renders each format, frees the layout (except
  /// where `DotCleanupHazard` says freeing would crash).
  static func render(
    _ graph: CGraph, context: OpaquePointer, options: GraphvizRenderOptions, formats: [GraphvizFormat]
  ) throws(GraphvizError) -> (layout: GraphvizLayout, reason: String, outputs: [GraphvizRendering.Output]) {
    let shape = CGraphParser.shape(of: graph)
    let layout: GraphvizLayout
    let tuning: [String: String]
    let reason: String
    let asked = clout_gv_get(graph, "layout").map { String(cString: $0) }.flatMap(GraphvizLayout.init(rawValue:))
    if let fixed = options.layout ?? asked {
      layout = fixed
      tuning = LayoutAdvisor.tuning(for: fixed, shape: shape)
      let predicted = LayoutAdvisor.predictedSeconds(fixed, shape: shape)
      reason =
        "layout \(fixed.rawValue) (as asked\(options.layout == nil ? " by the graph" : "")): \(LayoutAdvisor.describe(shape)) (predicted "
        + LayoutAdvisor.seconds(predicted) + ")"
    } else {
      let choice = LayoutAdvisor.choose(for: shape, budget: options.timeBudget)
      layout = choice.layout
      tuning = choice.graphAttributes
      reason = choice.reason
    }
    try options.limits.check(shape, layout: layout)
    for (name, value) in tuning.sorted(by: { $0.key < $1.key }) {
      let current = clout_gv_get(graph, name).map { String(cString: $0) } ?? ""
      if current.isEmpty { _ = clout_gv_set(graph, name, value) }
    }
    // A dot layout of a clustered graph with edge labels cannot be freed (Graphviz 2.43 double
    // free) and left unfreed costs the whole layout, about 0.9 MB for the seed overview, on every
    // render: draw the edge labels as xlabels instead, which dot frees safely.
    if layout == .dot && DotCleanupHazard.applies(to: graph) {
      let moved = clout_gv_edge_labels_to_xlabels(graph)
      GraphvizLog.append(
        "Warning: \(moved) edge label(s) in a clustered graph drawn as xlabel (dot cannot free such a layout)\n")
    }
    let freesLayout = !(layout == .dot && DotCleanupHazard.applies(to: graph))
    defer { freeLayout(graph, context: context, frees: freesLayout) }
    let clock = ContinuousClock()
    let started = clock.now
    try self.layout(graph, context: context, engine: layout.rawValue)
    let elapsed = clock.now - started
    let took = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let overrun =
      took > options.timeBudget
      ? "; took \(LayoutAdvisor.seconds(took)), over the \(LayoutAdvisor.seconds(options.timeBudget)) budget" : ""
    var outputs: [GraphvizFormat: [UInt8]] = [:]
    for format in Set(formats).sorted(by: { ($0.renderRank, $0.rawValue) < ($1.renderRank, $1.rawValue) }) {
      outputs[format] = try renderData(graph, context: context, format: format.rawValue)
    }
    var seen: Set<GraphvizFormat> = []
    let ordered = formats.compactMap { format -> GraphvizRendering.Output? in
      guard seen.insert(format).inserted, let bytes = outputs[format] else { return nil }
      return GraphvizRendering.Output(format: format, bytes: bytes)
    }
    return (layout, reason + overrun, ordered)
  }

  /// Frees a layout with what dot's cluster code lost on the way (`clout_dot_free_layout`,
  /// Sources/CDotLayoutCleanup), then the label markup Graphviz 2.43's pango plugin parsed and
  /// never freed (`clout_label_cleanup_release`): memory stays flat over repeated renders. A
  /// layout that must stay unfreed (`DotCleanupHazard`) is only forgotten.
  static func freeLayout(_ graph: CGraph, context: OpaquePointer, frees: Bool) {
    if frees {
      _ = clout_dot_free_layout(context, graph)
    } else {
      clout_dot_forget_layout()
    }
    clout_label_cleanup_release()
  }

  /// One `gvLayout` call by engine name; the caller frees the layout (also after a failure).
  static func layout(_ graph: CGraph, context: OpaquePointer, engine: String) throws(GraphvizError) {
    guard gvLayout(context, graph, engine) == 0 else {
      let messages = GraphvizLog.take()
      let text = messages.first { $0.severity == .error }?.text ?? "Graphviz could not lay the graph out"
      throw GraphvizError(.layout, "layout \(engine) failed: \(text)", messages: messages)
    }
  }

  /// One `gvRenderData` call by format name, copied by length and freed.
  static func renderData(_ graph: CGraph, context: OpaquePointer, format: String) throws(GraphvizError) -> [UInt8] {
    var buffer: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    let status = gvRenderData(context, graph, format, &buffer, &length)
    defer { if let buffer { gvFreeRenderData(buffer) } }
    guard status == 0, let buffer else {
      let messages = GraphvizLog.take()
      let text = messages.first { $0.severity == .error }?.text ?? "no output"
      throw GraphvizError(.render, "rendering \(format) failed: \(text)", messages: messages)
    }
    return Array(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
  }
}
