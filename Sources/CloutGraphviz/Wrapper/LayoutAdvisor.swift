/// A layout picked for a graph, the graph attributes that keep it bounded, and why.
public struct LayoutChoice: Sendable, Hashable {
  public let layout: GraphvizLayout
  /// Graph attributes to set unless the input sets them (`nslimit`, `mclimit`, `overlap`…).
  public let graphAttributes: [String: String]
  /// One sentence for the user (the CLI prints it on stderr): what was measured and why.
  public let reason: String
  /// The predicted layout time in seconds.
  public let predictedSeconds: Double
}

/// Chooses a Graphviz layout that fits the graph's shape and finishes within a time budget.
///
/// Rule:
/// 1. Undirected graphs, and directed ones where at least half the edges are mutual, have no
///    direction to show: force-directed, `neato` (stress majorisation, the best drawings of small
///    graphs) up to `neatoNodes` nodes, `sfdp` (multiscale, near-linear) above.
/// 2. Directed graphs get `dot` only when a direction hierarchy exists — at most `maxFeedbackShare`
///    of the edges point against it (`GraphShape.feedbackEdges`) — and `dot`'s predicted time fits
///    the budget; otherwise the force-directed choice of rule 1.
/// 3. Time budget: each engine's time is predicted from the measured shape (`predictedSeconds`,
///    a cost model fitted to in-process measurements on 2 cores with Graphviz 2.43); when the
///    choice's prediction exceeds the budget the next faster engine is taken (dot → neato for
///    graphs neato suits, else sfdp; neato → sfdp) and the reason says so. An in-process layout cannot be interrupted and Graphviz is not
///    thread-safe, so the budget acts before the layout, on the prediction; the renderer measures
///    the real time and reports an overrun.
/// Cost: O(1); the caller measures the graph (`GraphShape`, O(n + m)).
public enum LayoutAdvisor {
  static let neatoNodes = 300
  static let maxFeedbackShare = 0.1
  static let dotNodes = 5_000
  /// The default budget, in seconds.
  public static let defaultBudget = 60.0

  /// Predicted seconds for a layout of a graph of this shape.
  ///
  /// Model (fitted to measurements on 2 shared cores): `dot` 7.8 s × ((n + m + virtual nodes) /
  /// 20,000)^1.8, × 4 with cycles (crossing reduction restarts); `neato` 1.7 s × (n / 300)^2.2
  /// (stress majorisation and overlap removal are quadratic); `sfdp` 2 s × ((n + m) / 4,000)^1.05;
  /// `fdp` as `neato`; `circo`, `twopi` as `sfdp`.
  public static func predictedSeconds(_ layout: GraphvizLayout, shape: GraphShape) -> Double {
    let n = Double(shape.nodeCount)
    let m = Double(shape.edgeCount)
    switch layout {
    case .dot:
      let t = 7.8 * pow((n + m + Double(shape.virtualNodes)) / 20_000, 1.8)
      return shape.hasCycles ? 4 * t : t
    case .neato, .fdp: return 1.7 * pow(n / 300, 2.2)
    case .sfdp, .circo, .twopi: return 2 * pow((n + m) / 4_000, 1.05)
    }
  }

  /// Picks a layout for a graph of the given shape within `budget` seconds.
  public static func choose(for shape: GraphShape, budget: Double = defaultBudget) -> LayoutChoice {
    let measured = describe(shape)
    let forceDirected: GraphvizLayout = shape.nodeCount <= neatoNodes ? .neato : .sfdp
    var wanted: GraphvizLayout
    var why: String
    if !shape.isDirected || shape.mutualShare >= 0.5 {
      wanted = forceDirected
      why = shape.isDirected ? "mostly mutual edges: force-directed" : "no direction: force-directed"
    } else if shape.feedbackShare > maxFeedbackShare {
      wanted = forceDirected
      why = "no direction hierarchy (over \(percent(maxFeedbackShare)) of edges against it): force-directed"
    } else if shape.nodeCount > dotNodes {
      wanted = forceDirected
      why = "a hierarchy, but too large for dot (over \(dotNodes) nodes)"
    } else {
      wanted = .dot
      why = "a direction hierarchy: layered"
    }
    var predicted = predictedSeconds(wanted, shape: shape)
    var fellBack: [String] = []
    while predicted > budget, wanted != .sfdp {
      fellBack.append("\(wanted.rawValue) predicted \(seconds(predicted)) over the \(seconds(budget)) budget")
      wanted = wanted == .dot && forceDirected == .neato ? .neato : .sfdp
      predicted = predictedSeconds(wanted, shape: shape)
    }
    if !fellBack.isEmpty { why += "; " + fellBack.joined(separator: ", ") + ", so \(wanted.rawValue)" }
    return LayoutChoice(
      layout: wanted, graphAttributes: tuning(for: wanted, shape: shape),
      reason: "layout \(wanted.rawValue): \(measured); \(why) (predicted \(seconds(predicted)))",
      predictedSeconds: predicted)
  }

  /// The graph attributes that bound a layout's work for a graph of this shape (empty if none
  /// are needed). Applied to explicitly chosen layouts too, unless the input sets them.
  public static func tuning(for layout: GraphvizLayout, shape: GraphShape) -> [String: String] {
    switch layout {
    case .dot:
      if shape.hasCycles, shape.nodeCount > 40 {
        return ["nslimit": "4", "nslimit1": "4", "mclimit": "0.5"]
      }
      if shape.nodeCount > 300 {
        return ["nslimit": "20", "nslimit1": "20", "mclimit": "0.5"]
      }
      return [:]
    case .sfdp:
      var attributes = ["overlap": "prism", "outputorder": "edgesfirst"]
      if shape.edgeCount > 2_000 { attributes["splines"] = "false" }
      return attributes
    case .neato:
      return ["overlap": "prism", "sep": "+8", "splines": shape.edgeCount <= 150 ? "true" : "false"]
    case .fdp:
      return ["overlap": "false"]
    case .circo, .twopi:
      return [:]
    }
  }

  /// What the advisor measured, in words: size, direction, mutual and feedback shares.
  public static func describe(_ shape: GraphShape) -> String {
    "\(shape.nodeCount) nodes, \(shape.edgeCount) edges, "
      + (shape.isDirected
        ? "\(percent(shape.mutualShare)) mutual, \(percent(shape.feedbackShare)) against the hierarchy"
        : "undirected")
  }

  static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded())) %" }

  static func seconds(_ x: Double) -> String {
    x < 1 ? "under 1 s" : x < 10 ? "\(Int(x.rounded())) s" : "\(Int((x / 5).rounded()) * 5) s"
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
