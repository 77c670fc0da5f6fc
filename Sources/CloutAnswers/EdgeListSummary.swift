import Clout
import CloutIO

/// What `clout info` reports for a plain graph (an edge list): size, self-loops, density, largest
/// degrees and components. Cost: O(n + m).
public struct EdgeListSummary: Sendable {
  /// The file it was read from.
  public let origin: String
  public let graph: CSRGraph
  /// Vertices with no arc in or out.
  public let isolated: Int
  public let maxOut: Int
  public let maxIn: Int
  /// Sizes of the weakly connected components (connected, when undirected), largest first.
  public let weakSizes: [Int]
  /// Sizes of the strongly connected components, largest first; nil when undirected.
  public let strongSizes: [Int]?

  public init(_ graph: CSRGraph, origin: String) {
    self.origin = origin
    self.graph = graph
    var isolated = 0
    var maxOut = 0
    var maxIn = 0
    for v in 0..<graph.vertexCount {
      let out = graph.outDegree(v)
      let inn = graph.inDegree(v)
      maxOut = max(maxOut, out)
      maxIn = max(maxIn, inn)
      if out == 0 && inn == 0 { isolated += 1 }
    }
    self.isolated = isolated
    self.maxOut = maxOut
    self.maxIn = maxIn
    weakSizes = graph.weaklyConnectedComponents().sizes().sorted(by: >)
    strongSizes = graph.isDirected ? graph.stronglyConnectedComponents().sizes().sorted(by: >) : nil
  }

  /// Edges from a vertex to itself (`CSRGraph.selfLoopCount`).
  public var selfLoops: Int { graph.selfLoopCount }

  private var arcWord: String { graph.isDirected ? "arcs" : "edges" }

  /// The summary as text.
  public func text() -> String {
    let kind = (graph.isDirected ? "directed" : "undirected") + (graph.isWeighted ? ", weighted" : ", unweighted")
    var out = "\(origin) (edge list, \(kind))\n\n"
    out += "vertices: \(graph.vertexCount)\n"
    out += "\(arcWord): \(graph.edgeCount)\n"
    out += "self-loops: \(selfLoops)\n"
    out += "density: \(formatNumber(graph.density))\n"
    if graph.isDirected {
      out += "largest out-degree: \(maxOut)\nlargest in-degree: \(maxIn)\n"
    } else {
      out += "largest degree: \(maxOut)\n"
    }
    out += "vertices without \(arcWord): \(isolated)\n"
    let weak = graph.isDirected ? "weak" : "connected"
    out += "\(weak) components: \(weakSizes.count) (largest \(weakSizes.first ?? 0))\n"
    if let strongSizes {
      out += "strong components: \(strongSizes.count) (largest \(strongSizes.first ?? 0))\n"
    }
    return out
  }

  /// The summary as a JSON tree.
  public func tree() -> OutputValue {
    var fields: [(String, OutputValue)] = [
      ("file", .string(origin)), ("format", .string("edge list")), ("directed", .bool(graph.isDirected)),
      ("weighted", .bool(graph.isWeighted)), ("vertices", .int(graph.vertexCount)), ("edges", .int(graph.edgeCount)),
      ("self_loops", .int(selfLoops)), ("density", .number(graph.density)), ("max_out_degree", .int(maxOut)),
      ("max_in_degree", .int(maxIn)), ("isolated_vertices", .int(isolated)),
      ("weak_components", .int(weakSizes.count)), ("largest_weak_component", .int(weakSizes.first ?? 0)),
    ]
    if let strongSizes {
      fields.append(("strong_components", .int(strongSizes.count)))
      fields.append(("largest_strong_component", .int(strongSizes.first ?? 0)))
    }
    return .object(fields)
  }
}
