import ArgumentParser
import Clout
import CloutAnswers
import CloutGraphviz
import CloutIO

/// `clout render` for plain graphs — edge lists, imported graphs whose edges name no relation
/// kinds, and networks too large for a labelled diagram: Gephi-like drawings (`PlainGraphDiagram`)
/// of the whole graph or of a readable part of it (top-k by a measure, an ego network, a
/// community).
struct PlainRender {
  /// Most nodes and edges drawn at once: above this a drawing is a hairball and sfdp takes
  /// minutes, so `render` asks for a smaller view instead.
  static let maxNodes = 20_000
  static let maxEdges = 100_000
  /// Networks with more entities than this are drawn as plain graphs.
  static let networkEntities = 500

  var graph: AnalysisGraph
  var origin: String
  var sizeBy: Measure?
  var focus: String?
  var depth: Int
  var top: Int?
  var community: Int?
  var labels: Int
  var title: String?

  /// The vertices kept, in order, and the communities of the whole graph.
  func selection() throws -> (keep: [Int], values: [Double]?, communities: [Int]) {
    let g = graph.graph
    let n = g.vertexCount
    let values = try sizeBy.map { try Analysis.compute($0, on: graph) }
    var keep = Array(0..<n)
    // The communities `clout communities` lists, under the same numbers; a graph Louvain cannot
    // run on is drawn in one colour, and says so.
    var communities = Array(repeating: 0, count: n)
    do throws(AnswerError) {
      communities = try LouvainCommunities(of: g).numberOf
    } catch {
      if community != nil { throw usageFailure(error.message) }
      Console.error("note: \(error.message); nodes are not coloured by community")
    }
    if let focus {
      guard let start = graph.ids.firstIndex(of: focus) else {
        Console.error("no vertex labelled '\(focus)' in \(origin)")
        throw ExitCode(Exit.input)
      }
      keep = ego(of: start)
    }
    if let community {
      keep = keep.filter { communities[$0] == community }
      if keep.isEmpty {
        Console.error(
          "\(origin) has no community \(community); communities are numbered 1…\((communities.max() ?? 0)) (see `clout communities`)"
        )
        throw ExitCode(Exit.input)
      }
    }
    if let top {
      let rank = values ?? g.degrees().map(Double.init)
      keep = Array(keep.sorted { (rank[$0], -$0) > (rank[$1], -$1) }.prefix(top)).sorted()
    }
    return (keep, values, communities)
  }

  /// Vertices within `depth` hops of `start`, either direction (breadth-first search).
  func ego(of start: Int) -> [Int] {
    let u = graph.graph.undirected()
    var seen: Set<Int> = [start]
    var frontier = [start]
    for _ in 0..<depth where !frontier.isEmpty {
      var next: [Int] = []
      for v in frontier {
        for slot in u.outRange(v) where seen.insert(Int(u.outNeighbors[slot])).inserted {
          next.append(Int(u.outNeighbors[slot]))
        }
      }
      frontier = next
    }
    return seen.sorted()
  }

  /// The diagram of the selection; fails with the ways to a readable view when it is too large.
  func diagram() throws -> PlainGraphDiagram {
    let (keep, values, communities) = try selection()
    var index = [Int](repeating: -1, count: graph.graph.vertexCount)
    for (i, v) in keep.enumerated() { index[v] = i }
    var tails: [Int] = []
    var heads: [Int] = []
    let sources = graph.graph.edgeSources
    let targets = graph.graph.edgeTargets
    for e in sources.indices {
      let t = index[Int(sources[e])]
      let h = index[Int(targets[e])]
      if t >= 0, h >= 0 {
        tails.append(t)
        heads.append(h)
      }
    }
    if keep.count > Self.maxNodes || tails.count > Self.maxEdges {
      Console.error(
        """
        render: \(origin) has \(keep.count) nodes and \(tails.count) edges to draw; above \(Self.maxNodes) nodes or \
        \(Self.maxEdges) edges a drawing cannot be read and takes minutes. Draw a part of it:
          --top 2000 --size-by pagerank   the 2,000 vertices ranked highest by a measure
          --focus VERTEX --depth 2        the ego network of one vertex
          --community N                   one community (numbers from `clout communities`)
        """)
      throw ExitCode(Exit.input)
    }
    return PlainGraphDiagram(
      names: keep.map { graph.names[$0] }, tails: tails, heads: heads, isDirected: graph.graph.isDirected,
      sizes: values.map { v in keep.map { v[$0] } }, communities: keep.map { communities[$0] }, labelCount: labels,
      title: title)
  }
}
