import Clout
import CloutReferenceKit
import Foundation

/// Reference-kit metrics computed by Clout's structure algorithms: connectivity, bipartiteness,
/// cores, clustering, cut vertices and edges, maximum flow and signed balance.
func structureMetrics(_ input: ReferenceInput) throws -> [String: Any] {
  let g = input.plain
  var r: [String: Any] = [:]
  let names = { (p: VertexPartition) -> [[String]] in p.members().map { $0.map { input.ids[$0] } } }
  if input.directed {
    let strong = g.stronglyConnectedComponents()
    let weak = g.weaklyConnectedComponents()
    r["is_strongly_connected"] = g.isStronglyConnected()
    r["is_weakly_connected"] = g.isWeaklyConnected()
    r["strongly_connected_components"] = names(strong)
    r["weakly_connected_components"] = names(weak)
    r["n_strongly_connected_components"] = strong.count
    r["n_weakly_connected_components"] = weak.count
    r["transitivity_undirected"] = g.transitivity()
  } else {
    let components = g.connectedComponents()
    r["is_connected"] = g.isConnected()
    r["connected_components"] = names(components)
    r["n_connected_components"] = components.count
    r["transitivity"] = g.transitivity()
    r["articulation_points"] = try g.articulationPoints().map { input.ids[$0] }
    r["bridges"] = try g.bridges().map { [input.ids[Int(g.edgeSources[$0])], input.ids[Int(g.edgeTargets[$0])]] }
  }
  r["is_bipartite"] = g.isBipartite()
  r["core_number"] = input.nodeMap(g.coreNumbers())
  r["clustering"] = input.nodeMap(try g.clustering(weighted: false))
  r["average_clustering"] = try g.averageClustering(weighted: false)
  r["max_flow"] = try flows(input, weighted: false)
  if input.weighted {
    r["clustering_weighted"] = input.nodeMap(try input.graph.clustering(weighted: true))
    r["average_clustering_weighted"] = try input.graph.averageClustering(weighted: true)
    r["max_flow_weighted"] = try flows(input, weighted: true)
  }
  if let signs = input.signs {
    r.merge(try balanceMetrics(input, signs: signs)) { _, new in new }
  }
  return r
}

/// `max_flow(_weighted)`: one entry per pair of `parameters.max_flow_pairs`.
private func flows(_ input: ReferenceInput, weighted: Bool) throws -> [[String: Any]] {
  let pairs = input.parameters["max_flow_pairs"] as? [[Any]] ?? []
  return try pairs.map { pair in
    guard pair.count == 2 else { throw ConformanceError.malformed("max_flow_pairs entry \(pair)") }
    let s = try input.vertex(pair[0])
    let t = try input.vertex(pair[1])
    let flow = try (weighted ? input.graph : input.plain).maxFlow(from: s, to: t, weighted: weighted)
    return ["source": input.ids[s], "target": input.ids[t], "value": flow.value]
  }
}

/// The signed metrics, on the undirected signed version of the graph.
private func balanceMetrics(_ input: ReferenceInput, signs: [Int]) throws -> [String: Any] {
  let sg = try input.plain.signedUndirected(signs: signs)
  let ids = input.ids
  var r: [String: Any] = [:]
  r["signed_undirected_edges"] = (0..<sg.edgeCount).map { e -> [Any] in
    [ids[Int(sg.edgeSources[e])], ids[Int(sg.edgeTargets[e])], Int(sg.edgeSigns[e])]
  }
  let triads = sg.triads()
  let census = TriadCensus(triads: triads)
  r["signed_triads"] = [
    "+++": census.allPositive, "++-": census.oneNegative, "+--": census.twoNegative, "---": census.allNegative,
    "total": census.total, "balanced": census.balanced, "unbalanced": census.unbalanced,
    "weakly_balanced": census.weaklyBalanced, "weakly_unbalanced": census.weaklyUnbalanced,
  ]
  r["balance_ratio"] = census.balanceRatio.map { $0 as Any } ?? NSNull()
  r["balanced_triads"] = triads.filter(\.isBalanced).map { [ids[$0.a], ids[$0.b], ids[$0.c]] }
  r["unbalanced_triads"] = triads.filter { !$0.isBalanced }.map { [ids[$0.a], ids[$0.b], ids[$0.c]] }
  let frustration = sg.frustration()
  if !frustration.isExact {
    FileHandle.standardError.write(
      Data(
        "clout-conformance: \(input.name): frustration index not proven (bounds \(frustration.lowerBound)…\(frustration.value))\n"
          .utf8))
  }
  r["frustration_index"] = frustration.value
  r["is_structurally_balanced"] = sg.isStructurallyBalanced()
  return r
}
