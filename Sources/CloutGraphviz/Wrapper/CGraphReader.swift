import CGraphviz

/// Copies a parsed cgraph graph into a `DOTGraph` value. Must run under `Graphviz`'s lock.
///
/// Attribute rules: root graph attributes are the non-empty values; node and edge defaults are the
/// root-level symbol defaults that are non-empty (the node `label` default `\N`, which
/// `gvContext()` installs, is left out); each node, edge and subgraph keeps the values that
/// differ from those defaults (so `node [...]` inside a subgraph shows up on its nodes).
/// Edges come in creation order with their key (cgraph's edge name).
/// Cost: O((n + m + subgraphs) · attributes).
enum CGraphReader {
  static func read(_ graph: CGraph) -> DOTGraph {
    let nodeSymbols = symbols(graph, kind: clout_gv_kind_node())
    let edgeSymbols = symbols(graph, kind: clout_gv_kind_edge())
    let graphSymbols = symbols(graph, kind: clout_gv_kind_graph())
    var result = DOTGraph(
      name: graphName(of: graph), isDirected: agisdirected(graph) != 0, isStrict: agisstrict(graph) != 0)
    for symbol in graphSymbols {
      if let value = value(of: graph, symbol), !value.string.isEmpty { result.attributes[symbol.name] = value }
    }
    for symbol in nodeSymbols where !symbol.defaultValue.string.isEmpty && symbol.defaultValue != .text("\\N") {
      result.nodeDefaults[symbol.name] = symbol.defaultValue
    }
    for symbol in edgeSymbols where !symbol.defaultValue.string.isEmpty {
      result.edgeDefaults[symbol.name] = symbol.defaultValue
    }
    var edges: [(sequence: UInt, edge: DOTEdge)] = []
    var node = agfstnode(graph)
    while let n = node {
      let id = name(of: n) ?? ""
      result.nodes.append(DOTNode(id: id, attributes: ownAttributes(of: n, nodeSymbols)))
      var edge = agfstout(graph, n)
      while let e = edge {
        let dotEdge = DOTEdge(
          tail: name(of: clout_gv_tail(e)) ?? "", head: name(of: clout_gv_head(e)) ?? "", key: name(of: e),
          attributes: ownAttributes(of: e, edgeSymbols))
        edges.append((clout_gv_seq(e), dotEdge))
        edge = agnxtout(graph, e)
      }
      node = agnxtnode(graph, n)
    }
    result.edges = edges.sorted { $0.sequence < $1.sequence }.map(\.edge)
    result.subgraphs = subgraphs(of: graph, graphSymbols)
    return result
  }

  /// A declared attribute: its cgraph symbol, name and root-level default.
  private struct Symbol {
    let pointer: UnsafeMutablePointer<Agsym_t>
    let name: String
    let defaultValue: DOTValue
  }

  private static func symbols(_ graph: CGraph, kind: Int32) -> [Symbol] {
    var out: [Symbol] = []
    var symbol = agnxtattr(graph, kind, nil)
    while let sym = symbol {
      let name = sym.pointee.name.map { String(cString: $0) } ?? ""
      out.append(Symbol(pointer: sym, name: name, defaultValue: dotValue(sym.pointee.defval)))
      symbol = agnxtattr(graph, kind, sym)
    }
    return out
  }

  private static func subgraphs(of graph: CGraph, _ graphSymbols: [Symbol]) -> [DOTSubgraph] {
    var out: [DOTSubgraph] = []
    var sub = agfstsubg(graph)
    while let s = sub {
      var members: [String] = []
      var node = agfstnode(s)
      while let n = node {
        if let id = name(of: n) { members.append(id) }
        node = agnxtnode(s, n)
      }
      out.append(
        DOTSubgraph(
          name: graphName(of: s), attributes: ownAttributes(of: s, graphSymbols), nodes: members,
          subgraphs: subgraphs(of: s, graphSymbols)))
      sub = agnxtsubg(s)
    }
    return out
  }

  private static func ownAttributes(of object: UnsafeMutableRawPointer, _ symbols: [Symbol]) -> DOTAttributes {
    var attributes: DOTAttributes = [:]
    for symbol in symbols {
      if let value = value(of: object, symbol), value != symbol.defaultValue { attributes[symbol.name] = value }
    }
    return attributes
  }

  private static func value(of object: UnsafeMutableRawPointer, _ symbol: Symbol) -> DOTValue? {
    clout_gv_value(object, symbol.pointer).map(dotValue)
  }

  private static func dotValue(_ pointer: UnsafePointer<CChar>?) -> DOTValue {
    guard let pointer else { return .text("") }
    let string = String(cString: pointer)
    return clout_gv_is_html(pointer) != 0 ? .html(string) : .text(string)
  }

  /// The name of a node, or the key of an edge (nil for an edge without one).
  private static func name(of object: UnsafeMutableRawPointer) -> String? {
    clout_gv_name(object).map { String(cString: $0) }
  }

  /// The name of a graph or subgraph; nil for an anonymous one (cgraph names those `%N`).
  private static func graphName(of graph: CGraph) -> String? {
    guard let name = name(of: graph), !name.hasPrefix("%") else { return nil }
    return name
  }
}
