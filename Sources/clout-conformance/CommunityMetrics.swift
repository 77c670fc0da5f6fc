import Clout
import CloutReferenceKit
import Foundation

/// Reference-kit metrics computed by Clout's community algorithms: Louvain (best of the seeds in
/// `parameters.louvain`) and the modularity of the partitions in `parameters.partitions`.
func communityMetrics(_ input: ReferenceInput) throws -> [String: Any] {
  let settings = input.parameters["louvain"] as? [String: Any] ?? [:]
  let seeds = (settings["seeds"] as? [Any])?.compactMap { ($0 as? NSNumber)?.uint64Value } ?? Array(0..<20)
  let resolution = (settings["resolution"] as? NSNumber)?.doubleValue ?? 1
  let threshold = (settings["threshold"] as? NSNumber)?.doubleValue ?? 1e-7
  let partitions = try namedPartitions(input)

  func louvain(_ g: CSRGraph, weighted: Bool) throws -> [String: Any] {
    let best = try g.bestLouvain(weighted: weighted, resolution: resolution, threshold: threshold, seeds: seeds)
    return [
      "modularity": best.modularity, "seed": best.seed, "resolution": resolution,
      "n_communities": best.partition.count,
      "communities": best.partition.members().map { $0.map { input.ids[$0] } },
    ]
  }
  func modularities(_ g: CSRGraph, weighted: Bool) throws -> [String: Double] {
    var out: [String: Double] = [:]
    for (name, p) in partitions { out[name] = try g.modularity(of: p, weighted: weighted) }
    return out
  }

  var r: [String: Any] = [:]
  r["louvain"] = try louvain(input.plain, weighted: false)
  r["modularity_of_partitions"] = try modularities(input.plain, weighted: false)
  if input.weighted {
    r["louvain_weighted"] = try louvain(input.graph, weighted: true)
    r["modularity_of_partitions_weighted"] = try modularities(input.graph, weighted: true)
  }
  return r
}

/// `parameters.partitions`: each `{name, communities: [[id]]}` as a partition of the vertices.
private func namedPartitions(_ input: ReferenceInput) throws -> [(String, VertexPartition)] {
  let list = input.parameters["partitions"] as? [[String: Any]] ?? []
  return try list.map { entry in
    guard let name = entry["name"] as? String, let communities = entry["communities"] as? [[String]] else {
      throw ConformanceError.malformed("partition without name or communities")
    }
    var labels = [Int32](repeating: -1, count: input.ids.count)
    for (c, members) in communities.enumerated() {
      for id in members { labels[try input.vertex(id)] = Int32(c) }
    }
    if let v = labels.firstIndex(of: -1) {
      throw ConformanceError.malformed("partition \(name) leaves out node \(input.ids[v])")
    }
    return (name, try VertexPartition(labels: labels))
  }
}
