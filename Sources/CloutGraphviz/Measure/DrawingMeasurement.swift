import Foundation

/// What a laid-out drawing looks like, measured from Graphviz's own coordinates (`json` output):
/// its size, every piece of text with its box and font size, node boxes, and edges as polylines.
///
/// Definitions:
/// - a text box spans the text's width (from Graphviz's text-layout measure) and 1.2 × its font
///   size vertically around the baseline (0.25 below, 0.95 above);
/// - two labels *collide* when the boxes of texts drawn by different objects (nodes, edges, the
///   graph, the legend) overlap by more than `tolerance` points both ways;
/// - a label *sits on a node* when its box overlaps the box of a node other than the one that
///   draws it by more than `tolerance` both ways (a node's own label is inside it);
/// - two edges *cross* when their polylines (cubic Bézier pieces sampled at 8 points) intersect away
///   from a shared end node; each pair of edges counts once;
/// - fitted to A2 (420 × 594 mm, 1190.55 × 1683.78 pt, either orientation, scaled to fill), the
///   smallest text is the smallest font size times that scale.
/// Cost: O(T² + N·T) for labels (T texts, N nodes); crossings O(S log S + K) with a uniform grid
/// over S segments and K candidate pairs.
public struct DrawingMeasurement: Sendable {
  /// A piece of text and the object that draws it.
  public struct Text: Sendable, Hashable {
    public var owner: Int
    /// The drawing object's `id` attribute (else a node's name); nil for the graph.
    public var ownerID: String?
    /// Whether an edge draws it.
    public var onEdge: Bool { owner >= 1_000_000 }
    public var text: String
    public var size: Double
    public var box: Box
  }

  /// An axis-aligned box in points.
  public struct Box: Sendable, Hashable {
    public var x0: Double, y0: Double, x1: Double, y1: Double

    /// The overlap of two boxes along each axis (negative when apart).
    func overlap(_ other: Box) -> (x: Double, y: Double) {
      (min(x1, other.x1) - max(x0, other.x0), min(y1, other.y1) - max(y0, other.y0))
    }
  }

  /// Width and height of the drawing, in points.
  public var width: Double
  public var height: Double
  public var texts: [Text]
  /// Node boxes by object number (`_gvid`), for real nodes (the legend included).
  public var nodes: [Int: Box]
  /// Node `id` attributes (else names) by object number.
  public var nodeIDs: [Int: String]
  /// Edges: tail and head object numbers and the polyline.
  public var edges: [(tail: Int, head: Int, points: [(Double, Double)])]

  /// A2 in points, short and long side.
  public static let a2 = (short: 1190.55, long: 1683.78)

  /// Reads Graphviz `json` output.
  public init(json: [UInt8]) throws {
    guard let root = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else {
      throw CocoaError(.coderReadCorrupt)
    }
    let bb = (root["bb"] as? String ?? "0,0,0,0").split(separator: ",").compactMap { Double($0) }
    width = bb.count == 4 ? bb[2] - bb[0] : 0
    height = bb.count == 4 ? bb[3] - bb[1] : 0
    texts = Self.texts(in: root["_ldraw_"], owner: -1, id: nil)
    nodes = [:]
    nodeIDs = [:]
    edges = []
    for object in root["objects"] as? [[String: Any]] ?? [] {
      guard let id = object["_gvid"] as? Int, let pos = object["pos"] as? String else { continue }
      let name = object["id"] as? String ?? object["name"] as? String
      texts += Self.texts(in: object["_ldraw_"], owner: id, id: name)
      if let name { nodeIDs[id] = name }
      let xy = pos.split(separator: ",").compactMap { Double($0) }
      let w = (Double(object["width"] as? String ?? "") ?? 0) * 72
      let h = (Double(object["height"] as? String ?? "") ?? 0) * 72
      if xy.count == 2 { nodes[id] = Box(x0: xy[0] - w / 2, y0: xy[1] - h / 2, x1: xy[0] + w / 2, y1: xy[1] + h / 2) }
    }
    for (i, edge) in (root["edges"] as? [[String: Any]] ?? []).enumerated() {
      let owner = 1_000_000 + i
      for key in ["_ldraw_", "_tldraw_", "_hldraw_"] {
        texts += Self.texts(in: edge[key], owner: owner, id: edge["id"] as? String)
      }
      var points: [(Double, Double)] = []
      for op in edge["_draw_"] as? [[String: Any]] ?? [] {
        guard let kind = op["op"] as? String, let raw = op["points"] as? [[Double]] else { continue }
        let p = raw.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
        if kind == "b" || kind == "B" { points += Self.sampleBezier(p) } else if kind == "L" { points += p }
      }
      edges.append((edge["tail"] as? Int ?? -1, edge["head"] as? Int ?? -1, points))
    }
  }

  private static func texts(in value: Any?, owner: Int, id: String?) -> [Text] {
    var size = 14.0
    var out: [Text] = []
    for op in value as? [[String: Any]] ?? [] {
      switch op["op"] as? String {
      case "F": size = op["size"] as? Double ?? size
      case "T":
        guard let pt = op["pt"] as? [Double], pt.count == 2, let w = op["width"] as? Double else { continue }
        let text = op["text"] as? String ?? ""
        if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        let x0: Double
        switch op["align"] as? String {
        case "l": x0 = pt[0]
        case "r": x0 = pt[0] - w
        default: x0 = pt[0] - w / 2
        }
        out.append(
          Text(
            owner: owner, ownerID: id, text: text, size: size,
            box: Box(x0: x0, y0: pt[1] - 0.25 * size, x1: x0 + w, y1: pt[1] + 0.95 * size)))
      default: continue
      }
    }
    return out
  }

  /// Points along a piecewise cubic Bézier curve (control points p0 p1 p2 p3 p4 …).
  static func sampleBezier(_ p: [(Double, Double)]) -> [(Double, Double)] {
    guard p.count >= 4 else { return p }
    var out = [p[0]]
    var i = 0
    while i + 3 < p.count {
      for step in 1...8 {
        let t = Double(step) / 8
        let u = 1 - t
        let a = u * u * u
        let b = 3 * u * u * t
        let c = 3 * u * t * t
        let d = t * t * t
        out.append(
          (
            a * p[i].0 + b * p[i + 1].0 + c * p[i + 2].0 + d * p[i + 3].0,
            a * p[i].1 + b * p[i + 1].1 + c * p[i + 2].1 + d * p[i + 3].1
          ))
      }
      i += 3
    }
    return out
  }

  /// Pairs of texts from different objects whose boxes overlap by more than `tolerance` points.
  public func labelCollisions(tolerance: Double = 0.5) -> [(Text, Text)] {
    var found: [(Text, Text)] = []
    let sorted = texts.sorted { $0.box.x0 < $1.box.x0 }
    for i in sorted.indices {
      var j = i + 1
      while j < sorted.count, sorted[j].box.x0 < sorted[i].box.x1 - tolerance {
        let o = sorted[i].box.overlap(sorted[j].box)
        if sorted[i].owner != sorted[j].owner, o.x > tolerance, o.y > tolerance { found.append((sorted[i], sorted[j])) }
        j += 1
      }
    }
    return found
  }

  /// Texts that overlap a node other than the object that draws them.
  public func labelsOnNodes(tolerance: Double = 0.5) -> [(Text, Int)] {
    var found: [(Text, Int)] = []
    for text in texts {
      for (id, box) in nodes where id != text.owner {
        let o = text.box.overlap(box)
        if o.x > tolerance, o.y > tolerance { found.append((text, id)) }
      }
    }
    return found
  }

  /// The centre of each node, by `id` attribute (else name).
  public var nodeCentres: [String: (x: Double, y: Double)] {
    var out: [String: (x: Double, y: Double)] = [:]
    for (gvid, box) in nodes {
      if let id = nodeIDs[gvid] { out[id] = ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2) }
    }
    return out
  }

  /// The scale that fits the drawing on an A2 sheet (either orientation).
  public var a2Scale: Double { Self.a2Scale(width: width, height: height) }

  /// The scale that fits a drawing of this size (points) on an A2 sheet (either orientation).
  public static func a2Scale(width: Double, height: Double) -> Double {
    guard width > 0, height > 0 else { return 1 }
    let portrait = min(Self.a2.short / width, Self.a2.long / height)
    let landscape = min(Self.a2.long / width, Self.a2.short / height)
    return max(portrait, landscape)
  }

  /// The smallest font size, in points, once the drawing is fitted to A2.
  public var smallestTextOnA2: Double { (texts.map(\.size).min() ?? 0) * a2Scale }
}
