/// Chooses, among several force-directed layouts of a diagram, the one with the fewest edge
/// crossings, turned so that its groups read in order from left to right, and pins it.
///
/// Stress majorization (`neato`) settles in a different local optimum from each start. For a graph
/// of at most `maxNodes` nodes drawn by `neato` (asked for, or chosen by `LayoutAdvisor`), this lays the graph out from the builder's start
/// (its `pos` hints) and from `starts` seeded random starts (`start=1…`), each with straight edges
/// (about a twentieth of the cost of routed splines), counts the crossings of each
/// (`DrawingMeasurement.edgeCrossings`; on the seed overview straight-line and routed counts rank
/// the starts alike), and keeps the one with the fewest (ties: fewer label collisions, then the
/// earlier start). The kept drawing is mirrored left–right when the centre of the first group lies
/// right of the centre of the second (groups come from the nodes' `clout_group` data attribute, in
/// order of first node), so the first group reads on the left; a mirror keeps every distance and
/// every crossing, and unlike a rotation it keeps non-overlapping boxes apart. Every node is then
/// pinned (`pos="x,y!"`, in inches) so that the final rendering only routes splines and places
/// labels. The legend nodes (`clout=legend`: the table, then the entity-kind samples) are set in a
/// column right of the drawing, from its top down. Cost: `starts + 1` straight-line layouts and crossing counts (O(S log S + K) each).
public enum DiagramLayoutSearch {
  /// Largest graph searched (bigger graphs keep one layout).
  public static let maxNodes = 300
  /// Seeded starts tried besides the builder's.
  public static let starts = 10

  /// What the search chose.
  public struct Choice: Sendable {
    /// The graph with every node pinned.
    public var graph: DOTGraph
    /// The chosen start: 0 for the builder's hints, else the seed.
    public var start: Int
    /// Straight-line crossings of the chosen start, and of the builder's.
    public var crossings: Int
    public var hintedCrossings: Int
    public var mirrored: Bool

    /// One line for stderr.
    public var summary: String {
      "layout search: \(DiagramLayoutSearch.starts + 1) neato starts, kept "
        + (start == 0 ? "the grouped start" : "seed \(start)")
        + " (\(crossings) straight-line crossings; grouped start \(hintedCrossings))"
        + (mirrored ? ", mirrored so the first group reads on the left" : "")
    }
  }

  /// Whether the search applies to this graph with these options.
  public static func applies(to graph: DOTGraph, options: GraphvizRenderOptions) -> Bool {
    guard graph.nodes.count <= maxNodes, !graph.edges.isEmpty else { return false }
    if let engine = options.layout?.rawValue ?? graph.attributes["layout"]?.string { return engine == "neato" }
    return LayoutAdvisor.choose(for: graph.shape, budget: options.timeBudget).layout == .neato
  }

  /// The chosen, pinned layout, or nil when the search does not apply.
  public static func choose(
    _ graph: DOTGraph, options: GraphvizRenderOptions
  ) throws(GraphvizError) -> Choice? {
    guard applies(to: graph, options: options) else { return nil }
    var best: (start: Int, crossings: Int, collisions: Int, measured: DrawingMeasurement)?
    var hinted = 0
    for start in 0...starts {
      var candidate = graph
      candidate.attributes["splines"] = "false"
      if start > 0 {
        candidate.attributes["start"] = .text(String(start))
        for i in candidate.nodes.indices { candidate.nodes[i].attributes["pos"] = nil }
      }
      let rendering = try Graphviz.shared.render(candidate, options: options, formats: [.json])
      guard let json = rendering.bytes(.json), let measured = try? DrawingMeasurement(json: json) else { continue }
      let crossings = measured.edgeCrossings()
      let collisions = measured.labelCollisions().count
      if start == 0 { hinted = crossings }
      if best == nil || (crossings, collisions) < (best?.crossings ?? 0, best?.collisions ?? 0) {
        best = (start, crossings, collisions, measured)
      }
    }
    guard let best else { return nil }
    var boxes: [String: DrawingMeasurement.Box] = [:]
    for (gvid, box) in best.measured.nodes {
      if let id = best.measured.nodeIDs[gvid] { boxes[id] = box }
    }
    let centres = best.measured.nodeCentres
    let mirrored = firstGroupIsRight(of: graph, centres: centres)
    var pinned = graph
    var legend: [Int] = []
    var right = -Double.infinity
    var top = -Double.infinity
    for i in pinned.nodes.indices {
      if pinned.nodes[i].attributes["clout"]?.string == "legend" {
        legend.append(i)
        continue
      }
      guard let box = boxes[id(of: pinned.nodes[i])] else { continue }
      let x = mirrored ? -(box.x0 + box.x1) / 2 : (box.x0 + box.x1) / 2
      let y = (box.y0 + box.y1) / 2
      right = max(right, x + (box.x1 - box.x0) / 2)
      top = max(top, y + (box.y1 - box.y0) / 2)
      pinned.nodes[i].attributes["pos"] = pin(x, y)
    }
    // The legend (its table first, then the entity-kind samples) in a column right of the drawing,
    // from its top down.
    func table(_ i: Int) -> Int { pinned.nodes[i].attributes["shape"]?.string == "plain" ? 0 : 1 }
    legend.sort { (table($0), $0) < (table($1), $1) }
    var y = top.isFinite ? top : 0
    let left = (right.isFinite ? right : 0) + 36
    for i in legend {
      guard let box = boxes[id(of: pinned.nodes[i])] else { continue }
      let w = box.x1 - box.x0
      let h = box.y1 - box.y0
      pinned.nodes[i].attributes["pos"] = pin(left + w / 2, y - h / 2)
      y -= h + 10
    }
    return Choice(
      graph: pinned, start: best.start, crossings: best.crossings, hintedCrossings: hinted, mirrored: mirrored)
  }

  private static func id(of node: DOTNode) -> String { node.attributes["id"]?.string ?? node.id }

  /// A pinned position in inches from points.
  private static func pin(_ x: Double, _ y: Double) -> DOTValue {
    .text(DiagramBuilder.number(x / 72) + "," + DiagramBuilder.number(y / 72) + "!")
  }

  /// Whether the mean x of the first group's nodes exceeds that of the second group's.
  static func firstGroupIsRight(of graph: DOTGraph, centres: [String: (x: Double, y: Double)]) -> Bool {
    var order: [String] = []
    var sums: [String: (x: Double, n: Double)] = [:]
    for node in graph.nodes {
      guard let group = node.attributes["clout_group"]?.string,
        let c = centres[node.attributes["id"]?.string ?? node.id]
      else { continue }
      if sums[group] == nil { order.append(group) }
      let s = sums[group] ?? (0, 0)
      sums[group] = (s.x + c.x, s.n + 1)
    }
    guard order.count > 1, let a = sums[order[0]], let b = sums[order[1]] else { return false }
    return a.x / a.n > b.x / b.n
  }
}
