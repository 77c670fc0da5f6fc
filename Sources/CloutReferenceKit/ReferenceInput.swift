import Clout
import Foundation

/// A reference file of the graph-analysis conformance kit (`graph-reference/1`), read into Clout's
/// engine. `clout-conformance` computes the kit's metrics from it; the tests compare Clout with the
/// expected values the same file carries (`Tests/Fixtures/reference`, made by
/// `scripts/make-reference-fixtures`).
///
/// The file's `graph.nodes` order is the vertex order; edge ids follow `CSRGraph`'s rule (the
/// file's edges stably sorted by source), and weights and signs are carried over to them.
public struct ReferenceInput {
  public let name: String
  public let ids: [String]
  public let index: [String: Int]
  public let directed: Bool
  public let weighted: Bool
  public let signed: Bool
  /// The graph with weights when the file is weighted (the `_weighted` variants use it).
  public let graph: CSRGraph
  /// The same graph with every weight 1 (the base metrics use it).
  public let plain: CSRGraph
  /// Sign (+1/−1) of each edge, for signed files.
  public let signs: [Int]?
  /// `parameters` as given.
  public let parameters: [String: Any]

  public init(json: [String: Any]) throws {
    guard let name = json["name"] as? String, let g = json["graph"] as? [String: Any],
      let nodes = g["nodes"] as? [[String: Any]], let edges = g["edges"] as? [[String: Any]]
    else { throw ConformanceError.malformed("missing name, graph.nodes or graph.edges") }
    self.name = name
    directed = g["directed"] as? Bool ?? false
    weighted = g["weighted"] as? Bool ?? false
    signed = g["signed"] as? Bool ?? false
    var ids: [String] = []
    var index: [String: Int] = [:]
    for node in nodes {
      guard let id = node["id"] as? String else { throw ConformanceError.malformed("node without string id") }
      index[id] = ids.count
      ids.append(id)
    }
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var signs: [Int] = []
    for edge in edges {
      guard let s = edge["source"] as? String, let t = edge["target"] as? String, let si = index[s], let ti = index[t]
      else { throw ConformanceError.malformed("edge with unknown endpoint: \(edge)") }
      sources.append(Int32(si))
      targets.append(Int32(ti))
      weights.append((edge["weight"] as? NSNumber)?.doubleValue ?? 1)
      signs.append((edge["sign"] as? NSNumber)?.intValue ?? 1)
    }
    self.ids = ids
    self.index = index
    let built = try CSRGraph.withInputIndex(
      vertexCount: ids.count, sources: sources, targets: targets, directed: directed)
    plain = built.graph
    graph = weighted ? try plain.withWeights(built.inputIndex.map { weights[$0] }) : plain
    self.signs = signed ? built.inputIndex.map { signs[$0] } : nil
    parameters = json["parameters"] as? [String: Any] ?? [:]
  }

  /// The vertex of a node id named in `parameters`.
  public func vertex(_ id: Any?) throws -> Int {
    guard let s = id as? String, let v = index[s] else {
      throw ConformanceError.malformed("parameters name unknown node \(String(describing: id))")
    }
    return v
  }

  /// A `node_map`: every node id with its value.
  public func nodeMap<T>(_ values: [T]) -> [String: T] {
    var out: [String: T] = [:]
    for (i, id) in ids.enumerated() { out[id] = values[i] }
    return out
  }
}

/// A reference file that does not follow the `graph-reference/1` schema.
public enum ConformanceError: Error, CustomStringConvertible {
  case malformed(String)
  public var description: String {
    switch self {
    case .malformed(let why): return "malformed reference file: \(why)"
    }
  }
}
