import Clout
import CloutIO

/// Prints a path of an imported graph, or the arcs of a cut, hop by hop, with the relations behind each hop of an
/// influence projection: kind, date, status and the quote with its source. Strongest chains of a
/// network print through `InfluenceText`, with the strengths the chain rules give them.
public struct ChainText {
  public let g: AnalysisGraph

  public init(g: AnalysisGraph) { self.g = g }

  /// The hops of `path`, numbered from `firstNumber` (a cut numbers its arcs on through several calls).
  public func text(_ path: GraphPath, indent: String = "  ", firstNumber: Int = 1) -> String {
    var out = ""
    for (i, e) in path.edges.enumerated() {
      let u = path.vertices[i]
      let v = path.vertices[i + 1]
      let w = g.graph.weight(ofEdge: e)
      out += "\(indent)\(i + firstNumber). \(g.names[u]) → \(g.names[v])"
      out +=
        g.projection == nil
        ? (g.graph.isWeighted ? "  (weight \(formatNumber(w)))\n" : "\n") : "  (strength \(formatNumber(w)))\n"
      for r in relations(e) {
        out +=
          "\(indent)   \(r.from) \(r.kind) \(r.to)  ("
          + ([r.when, r.status.rawValue].compactMap { $0 }).joined(separator: "; ") + ")\n"
        for c in r.citations {
          let s = g.network?.source(c.source)
          out +=
            "\(indent)     “\(c.quote)” — \(s?.isReference == true ? "reference: " : "")\(s?.outlet ?? c.source)\(s?.date.map { ", \($0)" } ?? "") [\(c.source)]\n"
        }
      }
    }
    return out
  }

  /// The relations behind arc `e` of a projection (none for imported graphs).
  public func relations(_ e: Int) -> [Relation] {
    guard let p = g.projection, let network = g.network, e < p.arcRelations.count else { return [] }
    return p.arcRelations[e].map { network.relations[$0] }
  }

  public func tree(_ path: GraphPath) -> OutputValue {
    .object([
      ("vertices", .array(path.vertices.map { .string(g.ids[$0]) })),
      ("cost", .number(path.cost)),
      (
        "hops",
        .array(
          path.edges.enumerated().map { i, e in
            .object([
              ("from", .string(g.ids[path.vertices[i]])), ("to", .string(g.ids[path.vertices[i + 1]])),
              ("weight", .number(g.graph.weight(ofEdge: e))),
              ("relations", .array(relations(e).map(RelationJSON.tree))),
            ])
          })
      ),
    ])
  }
}
