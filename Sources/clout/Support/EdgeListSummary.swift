import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

/// What `clout info` reports for a plain edge list: size, degrees and components, each computed
/// in O(n + m).
struct EdgeListSummary {
  let origin: String
  let graph: CSRGraph
  let selfLoops: Int
  let isolated: Int
  let maxOut: Int
  let maxIn: Int
  let weakSizes: [Int]
  let strongSizes: [Int]?

  init(_ list: EdgeList, origin: String) {
    self.origin = origin
    let g = list.graph
    graph = g
    var loops = 0
    var isolated = 0
    var maxOut = 0
    var maxIn = 0
    let heads = g.outNeighbors
    let offsets = g.outOffsets
    for v in 0..<g.vertexCount {
      for slot in offsets[v]..<offsets[v + 1] where Int(heads[slot]) == v { loops += 1 }
      let out = g.outDegree(v)
      let inn = g.inDegree(v)
      maxOut = max(maxOut, out)
      maxIn = max(maxIn, inn)
      if out == 0 && inn == 0 { isolated += 1 }
    }
    // An undirected self-loop fills two slots of its vertex.
    selfLoops = g.isDirected ? loops : loops / 2
    self.isolated = isolated
    self.maxOut = maxOut
    self.maxIn = maxIn
    weakSizes = g.weaklyConnectedComponents().sizes().sorted(by: >)
    strongSizes = g.isDirected ? g.stronglyConnectedComponents().sizes().sorted(by: >) : nil
  }

  private var arcWord: String { graph.isDirected ? "arcs" : "edges" }

  private var density: Double {
    let n = Double(graph.vertexCount)
    guard n > 1 else { return 0 }
    let pairs = graph.isDirected ? n * (n - 1) : n * (n - 1) / 2
    return Double(graph.edgeCount) / pairs
  }

  func text() -> String {
    let kind = (graph.isDirected ? "directed" : "undirected") + (graph.isWeighted ? ", weighted" : ", unweighted")
    var out = "\(origin) (edge list, \(kind))\n\n"
    out += "vertices: \(graph.vertexCount)\n"
    out += "\(arcWord): \(graph.edgeCount)\n"
    out += "self-loops: \(selfLoops)\n"
    out += "density: \(formatNumber(density))\n"
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

  func tree() -> OutputValue {
    var fields: [(String, OutputValue)] = [
      ("file", .string(origin)), ("format", .string("edge list")), ("directed", .bool(graph.isDirected)),
      ("weighted", .bool(graph.isWeighted)), ("vertices", .int(graph.vertexCount)), ("edges", .int(graph.edgeCount)),
      ("self_loops", .int(selfLoops)), ("density", .number(density)), ("max_out_degree", .int(maxOut)),
      ("max_in_degree", .int(maxIn)), ("isolated_vertices", .int(isolated)),
      ("weak_components", .int(weakSizes.count)), ("largest_weak_component", .int(weakSizes.first ?? 0)),
    ]
    if let strongSizes {
      fields.append(("strong_components", .int(strongSizes.count)))
      fields.append(("largest_strong_component", .int(strongSizes.first ?? 0)))
    }
    return .object(fields)
  }

  /// Reads an edge list for `info` or `validate`; errors are printed and become exit 2.
  static func read(_ file: String, directed: Bool) throws -> EdgeList {
    do throws(InputError) {
      return try EdgeListReader.read(
        path: file, directed: directed, progress: ProgressReporter.callback("reading \(file)"))
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
  }
}
