import CDotLayoutCleanup
import CGraphviz

/// A root graph owned by cgraph. Only ever used inside `Graphviz`'s lock; closed there.
typealias CGraph = UnsafeMutablePointer<Agraph_t>

/// Reads DOT text into a cgraph graph, with the checks cgraph leaves to its caller.
/// Every function here must run under `Graphviz`'s lock.
enum CGraphParser {
  /// Most leftover graphs drained after one parse before giving up.
  static let drainLimit = 10_000

  /// Parses exactly one graph. The caller must `clout_gv_close` the result.
  ///
  /// Text after the first graph is rejected before parsing (`DOTExtent`): cgraph would silently
  /// drop it when it starts on a later line. After `agmemread` the rest of the current line stays
  /// in cgraph's global scanner buffer and would be returned by the *next* parse, so it is always
  /// drained here too (also after a syntax error), and anything found there is rejected.
  ///
  /// - Throws: `.invalidInput` (NUL in the text), `.parse` (with the line), `.noGraph`, `.extraInput`.
  static func parse(_ text: String) throws(GraphvizError) -> (graph: CGraph, warnings: [GraphvizMessage]) {
    if let offset = text.utf8.firstIndex(of: 0) {
      let position = text.utf8.distance(from: text.utf8.startIndex, to: offset)
      throw GraphvizError(
        .invalidInput, "the DOT text contains a NUL character (at byte \(position)); Graphviz would stop reading there")
    }
    if let trailing = DOTExtent.trailingText(in: text) {
      let what =
        trailing.isGraph
        ? "the input holds more than one graph (another starts at line \(trailing.line)); give one graph per input"
        : "unexpected text after the graph at line \(trailing.line): '\(trailing.excerpt)'"
      throw GraphvizError(.extraInput, what, line: trailing.line)
    }
    _ = GraphvizLog.take()
    _ = agreseterrors()
    // Not agmemread: its subgraph order depends on heap addresses (see clout_gv_read_ordered).
    let graph = clout_gv_read_ordered(text)
    let messages = GraphvizLog.take()
    let leftover = drain()
    guard let graph else {
      if let error = messages.first(where: { $0.severity == .error }) {
        throw GraphvizError(.parse, error.text, line: error.line, messages: messages)
      }
      throw GraphvizError(
        .noGraph, "the input holds no graph (it is empty, blank or only comments)", messages: messages)
    }
    if let error = messages.first(where: { $0.severity == .error && $0.text.contains("syntax error") }) {
      clout_gv_close(graph)
      throw GraphvizError(.parse, error.text, line: error.line, messages: messages)
    }
    if leftover.graphs > 0 {
      clout_gv_close(graph)
      throw GraphvizError(
        .extraInput, "the input holds more than one graph; give one graph per input", messages: leftover.messages)
    }
    if let error = leftover.messages.first(where: { $0.severity == .error }) {
      clout_gv_close(graph)
      throw GraphvizError(
        .extraInput, "unexpected text after the graph: \(error.text)", line: error.line, messages: leftover.messages)
    }
    return (graph, messages)
  }

  /// Reads and closes whatever graphs are left in the scanner buffer.
  private static func drain() -> (graphs: Int, messages: [GraphvizMessage]) {
    var graphs = 0
    while graphs < drainLimit, let extra = agmemread("") {
      clout_gv_close(extra)
      graphs += 1
    }
    return (graphs, GraphvizLog.take())
  }

  /// Size and cycles of a parsed graph. Cost: O(n + m).
  static func shape(of graph: CGraph) -> GraphShape {
    var index: [UInt: Int] = [:]
    var node = agfstnode(graph)
    while let current = node {
      index[clout_gv_seq(current)] = index.count
      node = agnxtnode(graph, current)
    }
    var tails: [Int] = []
    var heads: [Int] = []
    node = agfstnode(graph)
    while let current = node {
      var edge = agfstout(graph, current)
      while let e = edge {
        tails.append(index[clout_gv_seq(clout_gv_tail(e))] ?? -1)
        heads.append(index[clout_gv_seq(clout_gv_head(e))] ?? -1)
        edge = agnxtout(graph, e)
      }
      node = agnxtnode(graph, current)
    }
    return GraphShape(nodeCount: index.count, tails: tails, heads: heads, directed: agisdirected(graph) != 0)
  }
}
