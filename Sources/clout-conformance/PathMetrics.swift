import Clout
import CloutReferenceKit
import Foundation

/// Reference-kit metrics computed by Clout's path algorithms.
///
/// Base names ignore weights (hop counts); `_weighted` names, written only for weighted files, use
/// weights as lengths. Distances are written as numbers, unreachable as `null`.
func pathMetrics(_ input: ReferenceInput) throws -> [String: Any] {
  var out: [String: Any] = [:]
  var variants: [(suffix: String, graph: CSRGraph)] = [("", input.plain)]
  if input.weighted { variants.append(("_weighted", input.graph)) }
  for (suffix, graph) in variants {
    let weighted = !suffix.isEmpty
    let matrix = try graph.distanceMatrix(weighted: weighted)
    out["distance_matrix\(suffix)"] = [
      "order": input.ids,
      "rows": (0..<matrix.vertexCount).map { i in (0..<matrix.vertexCount).map { j in jsonNumber(matrix[i, j]) } },
    ]
    let summary = matrix.summary()
    out["eccentricity\(suffix)"] = summary.eccentricities.map { input.nodeMap($0) } ?? NSNull()
    out["diameter\(suffix)"] = jsonNumber(summary.diameter)
    out["radius\(suffix)"] = jsonNumber(summary.radius)
    out["max_finite_distance\(suffix)"] = jsonNumber(summary.maxFiniteDistance)
    out["shortest_path_queries\(suffix)"] = try shortestPathQueries(input, graph, weighted: weighted)
    out["k_shortest_paths\(suffix)"] = try kShortestQueries(input, graph, weighted: weighted)
  }
  if let pair = input.parameters["simple_paths_pair"] as? [Any], pair.count == 2 {
    let cutoff = (input.parameters["simple_paths_cutoff"] as? NSNumber)?.intValue ?? 3
    let s = try input.vertex(pair[0])
    let t = try input.vertex(pair[1])
    out["simple_paths_cutoff3"] = [
      "source": input.ids[s], "target": input.ids[t], "cutoff": cutoff,
      "count": try input.plain.simplePathCount(from: s, to: t, maxEdges: cutoff),
    ]
  }
  return out
}

/// `shortest_path_queries`: distance, number of shortest paths and one path per parameter pair.
private func shortestPathQueries(_ input: ReferenceInput, _ graph: CSRGraph, weighted: Bool) throws -> [[String: Any]] {
  try pairs(input, "shortest_path_pairs").map { s, t in
    let tree = try graph.shortestPaths(from: s, weighted: weighted)
    guard let path = tree.path(to: t) else {
      return ["source": input.ids[s], "target": input.ids[t], "distance": NSNull(), "count": 0, "path": NSNull()]
    }
    return [
      "source": input.ids[s], "target": input.ids[t], "distance": path.cost,
      "count": exactCount(tree.pathCounts[t]), "path": path.vertices.map { input.ids[$0] },
    ]
  }
}

/// `k_shortest_paths`: the k cheapest simple paths per parameter pair, with costs and paths.
private func kShortestQueries(_ input: ReferenceInput, _ graph: CSRGraph, weighted: Bool) throws -> [[String: Any]] {
  let k = (input.parameters["k"] as? NSNumber)?.intValue ?? 3
  return try pairs(input, "k_shortest_pairs").map { s, t in
    let paths = try graph.kShortestPaths(from: s, to: t, k: k, weighted: weighted)
    return [
      "source": input.ids[s], "target": input.ids[t], "k": k, "costs": paths.map(\.cost),
      "paths": paths.map { $0.vertices.map { input.ids[$0] } },
    ]
  }
}

/// The vertex pairs listed under a `parameters` key.
private func pairs(_ input: ReferenceInput, _ key: String) throws -> [(Int, Int)] {
  guard let list = input.parameters[key] as? [[Any]] else { return [] }
  return try list.map { pair in
    guard pair.count == 2 else { throw ConformanceError.malformed("\(key) entry is not a pair") }
    return (try input.vertex(pair[0]), try input.vertex(pair[1]))
  }
}

/// A finite number, or JSON null.
private func jsonNumber(_ x: Double?) -> Any {
  guard let x, x.isFinite else { return NSNull() }
  return x
}

/// A path count as an integer when it is exactly representable, else as a Double.
private func exactCount(_ x: Double) -> Any {
  x < 9_007_199_254_740_992 ? Int(x) : x
}
