import Clout
import CloutReferenceKit
import Foundation
import Testing

@Suite struct CommunityTests {
  /// `parameters.partitions` of a reference graph as partitions of its vertices.
  func partitions(_ kit: ReferenceKit) throws -> [(String, VertexPartition)] {
    let list = try #require(kit.input.parameters["partitions"] as? [[String: Any]])
    return try list.map { entry in
      let communities = try #require(entry["communities"] as? [[String]])
      var labels = [Int32](repeating: -1, count: kit.input.ids.count)
      for (c, ids) in communities.enumerated() {
        for id in ids { labels[try #require(kit.input.index[id])] = Int32(c) }
      }
      return (try #require(entry["name"] as? String), try VertexPartition(labels: labels))
    }
  }

  @Test func referenceModularityOfPartitions() throws {
    for name in ReferenceKit.names {
      let kit = try ReferenceKit(name)
      let expected = try #require(kit.results["modularity_of_partitions"] as? [String: Double])
      let weighted = kit.results["modularity_of_partitions_weighted"] as? [String: Double]
      for (label, p) in try partitions(kit) {
        let q = try kit.input.plain.modularity(of: p, weighted: false)
        #expect(abs(q - (try #require(expected[label]))) <= 1e-10, "\(name)/\(label)")
        if let weighted {
          let qw = try kit.input.graph.modularity(of: p, weighted: true)
          #expect(abs(qw - (try #require(weighted[label]))) <= 1e-10, "\(name)/\(label) weighted")
        }
      }
    }
  }

  @Test func referenceLouvain() throws {
    let seeds = (0..<20).map { UInt64($0) }
    for name in ReferenceKit.names {
      let kit = try ReferenceKit(name)
      for (metric, g, weighted) in [("louvain", kit.input.plain, false), ("louvain_weighted", kit.input.graph, true)] {
        guard let reference = kit.results[metric] as? [String: Any] else { continue }
        let best = try #require(reference["modularity"] as? Double)
        let got = try g.bestLouvain(weighted: weighted, seeds: seeds)
        #expect(got.modularity >= best - 0.03, "\(name)/\(metric)")
        #expect(got.modularity == (try g.modularity(of: got.partition, weighted: weighted)))
      }
    }
    // The proven optimum of the karate club (Brandes et al. 2008) is reached, never exceeded.
    let karate = try ReferenceKit("karate").input.plain
    let q = try karate.bestLouvain(weighted: false, seeds: seeds).modularity
    #expect(q <= 0.4197896 + 1e-6)
    #expect(q >= 0.4197896 - 1e-6)
  }

  @Test func louvainIsDeterministicForASeed() throws {
    let g = try ReferenceKit("karate_weighted").input.graph
    for seed: UInt64 in [0, 1, 7, 12345] {
      let a = try g.louvain(weighted: true, seed: seed)
      let b = try g.louvain(weighted: true, seed: seed)
      #expect(a == b, "seed \(seed)")
    }
    // The seed really drives the visiting order: not every seed ends in the same partition.
    let all = try (0..<20).map { try g.louvain(weighted: true, seed: UInt64($0)).partition.labels }
    #expect(Set(all).count > 1)
  }

  @Test func bestLouvainIgnoresThreadCount() throws {
    let g = try ReferenceKit("karate_weighted").input.graph
    let seeds = (0..<20).map { UInt64($0) }
    let one = try g.bestLouvain(weighted: true, seeds: seeds, threads: 1)
    let four = try g.bestLouvain(weighted: true, seeds: seeds, threads: 4)
    #expect(one == four)
    // The earliest seed wins ties: no earlier seed reaches the same modularity.
    for seed in seeds where seed < one.seed {
      #expect(try g.louvain(weighted: true, seed: seed).modularity < one.modularity)
    }
  }

  @Test func modularityByHand() throws {
    let g = try StructureFixtures.graph(6, StructureFixtures.twoTriangles, directed: false)
    let halves = try VertexPartition(labels: [0, 0, 0, 1, 1, 1])
    // m = 7; each half: 3 inner edges, degree sum 7 → 2 · (3/7 − (7/14)²).
    #expect(abs(try g.modularity(of: halves, weighted: false) - (6.0 / 7 - 0.5)) < 1e-15)
    #expect(abs(try g.modularity(of: halves, weighted: false, resolution: 2) - (6.0 / 7 - 1)) < 1e-15)
    let one = try VertexPartition(labels: [0, 0, 0, 0, 0, 0])
    #expect(abs(try g.modularity(of: one, weighted: false)) < 1e-15)
    // Directed (Leicht–Newman): 0⇄1, 2⇄3, 1→2; blocks {0,1}, {2,3}: out 3/2, in 2/3, 2 arcs inside each.
    let d = try StructureFixtures.graph(4, [(0, 1), (1, 0), (2, 3), (3, 2), (1, 2)], directed: true)
    let pairs = try VertexPartition(labels: [0, 0, 1, 1])
    #expect(abs(try d.modularity(of: pairs, weighted: false) - 8.0 / 25) < 1e-15)
    #expect(throws: GraphError.self) { try d.modularity(of: halves, weighted: false) }
  }

  @Test func louvainSplitsTwoCliques() throws {
    var edges: [(Int32, Int32)] = []
    for offset: Int32 in [0, 5] {
      for i in 0..<Int32(5) { for j in (i + 1)..<5 { edges.append((offset + i, offset + j)) } }
    }
    edges.append((4, 5))
    for directed in [false, true] {
      let g = try StructureFixtures.graph(10, edges, directed: directed)
      for seed: UInt64 in 0..<5 {
        let r = try g.louvain(weighted: false, seed: seed)
        #expect(r.partition.labels == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1], "directed \(directed) seed \(seed)")
      }
    }
  }

  @Test func parallelEdgesAddTheirWeights() throws {
    let edges = StructureFixtures.twoTriangles
    let doubled = try StructureFixtures.graph(6, edges + [(0, 1)], directed: false)
    let heavier = try StructureFixtures.graph(6, edges, weights: [2, 1, 1, 1, 1, 1, 1], directed: false)
    let p = try VertexPartition(labels: [0, 0, 1, 1, 2, 2])
    let a = try doubled.modularity(of: p, weighted: false)
    let b = try heavier.modularity(of: p, weighted: true)
    #expect(abs(a - b) < 1e-15)
    for seed: UInt64 in 0..<5 {
      let x = try doubled.louvain(weighted: false, seed: seed)
      let y = try heavier.louvain(weighted: true, seed: seed)
      #expect(x.partition == y.partition)
    }
  }

  @Test func degenerateInputs() throws {
    let empty = try StructureFixtures.graph(3, [], directed: false)
    let r = try empty.louvain(weighted: false, seed: 0)
    #expect(r.partition.count == 3)
    #expect(r.modularity == 0)
    let negative = try StructureFixtures.graph(2, [(0, 1)], weights: [-1], directed: false)
    #expect(throws: GraphError.self) { try negative.louvain(weighted: true, seed: 0) }
    #expect(throws: GraphError.self) { try negative.bestLouvain(weighted: false, seeds: []) }
  }
}
