import Clout
import CloutReferenceKit
import Foundation

/// Reference-kit metrics computed by Clout's degree and centrality algorithms.
///
/// Base names use `input.plain` (every weight 1); `_weighted` names, written only for weighted files,
/// use `input.graph`. A centrality that is undefined on the graph (`GraphError.undefined`, e.g. HITS
/// on a bipartite graph) is written as `null`; any other error aborts the export.
func centralityMetrics(_ input: ReferenceInput) throws -> [String: Any] {
  var out: [String: Any] = [:]
  let plain = input.plain
  out["n_nodes"] = plain.vertexCount
  out["n_edges"] = plain.edgeCount
  out["n_self_loops"] = plain.selfLoopCount
  out["density"] = plain.density
  out.merge(degreeMetrics(input)) { _, new in new }

  var variants: [(suffix: String, graph: CSRGraph, katz: String)] = [("", plain, "katz")]
  if input.weighted { variants.append(("_weighted", input.graph, "katz_weighted")) }
  for (suffix, graph, katzKey) in variants {
    let weighted = !suffix.isEmpty
    let scores = try graph.betweennessScores(weighted: weighted, normalized: false)
    let normalized = try graph.betweennessScores(weighted: weighted, normalized: true)
    out["betweenness\(suffix)"] = input.nodeMap(normalized.vertices)
    out["betweenness\(suffix)_raw"] = input.nodeMap(scores.vertices)
    out["edge_betweenness\(suffix)"] = edgeMap(input, normalized.edges)
    out["edge_betweenness\(suffix)_raw"] = edgeMap(input, scores.edges)
    out["closeness\(suffix)"] = input.nodeMap(try graph.closeness(weighted: weighted))
    out["harmonic\(suffix)"] = input.nodeMap(try graph.harmonic(weighted: weighted))
    out["eigenvector\(suffix)"] = try definedOrNull {
      input.nodeMap(try graph.eigenvectorCentrality(weighted: weighted))
    }

    let katz = input.parameters[katzKey] as? [String: Any] ?? [:]
    let alpha = (katz["alpha"] as? NSNumber)?.doubleValue ?? 0.1
    let beta = (katz["beta"] as? NSNumber)?.doubleValue ?? 1
    let katzRaw = try graph.katzCentrality(alpha: alpha, beta: beta, weighted: weighted, normalized: false)
    let katzNorm = try graph.katzCentrality(alpha: alpha, beta: beta, weighted: weighted, normalized: true)
    out["katz\(suffix)"] = input.nodeMap(katzNorm)
    out["katz\(suffix)_raw"] = input.nodeMap(katzRaw)

    let pagerank = input.parameters["pagerank"] as? [String: Any] ?? [:]
    let damping = (pagerank["alpha"] as? NSNumber)?.doubleValue ?? 0.85
    out["pagerank\(suffix)"] = input.nodeMap(try graph.pageRank(alpha: damping, weighted: weighted))
    if let id = pagerank["personalization_node"] {
      var teleport = [Double](repeating: 0, count: graph.vertexCount)
      teleport[try input.vertex(id)] = 1
      out["pagerank\(suffix)_personalized"] = input.nodeMap(
        try graph.pageRank(alpha: damping, personalization: teleport, weighted: weighted))
    }

    let hits = try definedOrNull { try graph.hits(weighted: weighted) }
    if let hits = hits as? HITSScores {
      out["hits_hubs\(suffix)"] = input.nodeMap(hits.hubs)
      out["hits_authorities\(suffix)"] = input.nodeMap(hits.authorities)
    } else {
      out["hits_hubs\(suffix)"] = NSNull()
      out["hits_authorities\(suffix)"] = NSNull()
    }
  }
  return out
}

/// Degree counts and degree centralities (in/out for directed files, strengths for weighted ones,
/// signed counts for signed ones).
private func degreeMetrics(_ input: ReferenceInput) -> [String: Any] {
  var out: [String: Any] = [:]
  let plain = input.plain
  out["degree"] = input.nodeMap(plain.degrees())
  out["degree_centrality"] = input.nodeMap(plain.degreeCentrality())
  if input.directed {
    out["in_degree"] = input.nodeMap(plain.inDegrees())
    out["out_degree"] = input.nodeMap(plain.outDegrees())
    out["in_degree_centrality"] = input.nodeMap(plain.inDegreeCentrality())
    out["out_degree_centrality"] = input.nodeMap(plain.outDegreeCentrality())
  }
  if input.weighted {
    out["weighted_degree"] = input.nodeMap(input.graph.strengths())
    if input.directed {
      out["weighted_in_degree"] = input.nodeMap(input.graph.inStrengths())
      out["weighted_out_degree"] = input.nodeMap(input.graph.outStrengths())
    }
  }
  if let signs = input.signs, let signed = try? plain.signedDegrees(signs: signs) {
    out["positive_in_degree"] = input.nodeMap(signed.positiveIn)
    out["negative_in_degree"] = input.nodeMap(signed.negativeIn)
    out["positive_out_degree"] = input.nodeMap(signed.positiveOut)
    out["negative_out_degree"] = input.nodeMap(signed.negativeOut)
  }
  return out
}

/// An `edge_map`: `[[source, target, value], ...]` in edge order.
func edgeMap(_ input: ReferenceInput, _ values: [Double]) -> [[Any]] {
  let g = input.plain
  return (0..<g.edgeCount).map { e in
    [input.ids[Int(g.edgeSources[e])], input.ids[Int(g.edgeTargets[e])], values[e]]
  }
}

/// The value, or `NSNull()` when the metric is undefined on this graph.
func definedOrNull(_ compute: () throws -> Any) throws -> Any {
  do {
    return try compute()
  } catch GraphError.undefined {
    return NSNull()
  }
}
