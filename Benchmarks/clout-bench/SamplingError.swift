import Clout
import CloutIO

/// How far betweenness from sampled sources lands from the exact values on a graph small enough
/// for both: the largest error over vertices on the normalised scale, next to the bound that
/// holds with probability 95 % (`CSRGraph.sampledBetweennessErrorBound`), for a few seeds.
enum SamplingError {
  static func report(path: String, threads: Int, pivots: Int = 256, seeds: [UInt64] = [1, 2, 3, 42]) throws
    -> String
  {
    let g = try EdgeListReader.read(path: path, directed: true).graph.unweighted()
    let exact = try g.betweenness(weighted: false, normalized: true, threads: threads)
    let bound = CSRGraph.sampledBetweennessErrorBound(
      vertexCount: g.vertexCount, pivots: pivots, failureProbability: 0.05)
    var lines = [
      "n = \(g.vertexCount), m = \(g.edgeCount), \(pivots) sampled sources; largest exact value "
        + "\(exact.max() ?? 0); bound (95 %, all vertices) \(bound)"
    ]
    for seed in seeds {
      let estimate = try g.sampledBetweenness(
        pivots: pivots, seed: seed, weighted: false, normalized: true, threads: threads, includeEdges: false
      ).vertices
      var worst = 0.0
      var relativeAtTop = 0.0
      let top = exact.indices.max { exact[$0] < exact[$1] } ?? 0
      for v in exact.indices { worst = max(worst, abs(estimate[v] - exact[v])) }
      if exact[top] > 0 { relativeAtTop = abs(estimate[top] - exact[top]) / exact[top] }
      lines.append("seed \(seed): largest error \(worst); relative error at the top vertex \(relativeAtTop)")
    }
    return lines.joined(separator: "\n")
  }
}
