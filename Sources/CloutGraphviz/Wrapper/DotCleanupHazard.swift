import CGraphviz

/// Detects graphs whose `dot` layout Graphviz 2.43 cannot free.
///
/// With clusters and labelled edges, `dot`'s flat-edge pass reallocates a rank array while a stale
/// copy of the old pointer survives, and `gvFreeLayout` then frees it a second time: glibc aborts
/// the process ("double free detected in tcache 2"). Measured with AddressSanitizer on random
/// graphs of 4–12 nodes: about one in three with clusters and edge labels failed, none without
/// clusters, none with `xlabel` instead of `label`, none with the other engines, and none when the
/// layout is not freed. So for such graphs the layout is left unfreed (a leak of that layout's
/// memory, the same order as the documented cluster leak) rather than crash; `DiagramBuilder` uses
/// `xlabel` in clustered diagrams to avoid both. Must run under `Graphviz`'s lock.
enum DotCleanupHazard {
  /// Whether freeing a `dot` layout of this graph may double-free.
  static func applies(to graph: CGraph) -> Bool {
    hasCluster(graph) && hasLabelledEdge(graph)
  }

  /// Whether some subgraph, at any depth, is a cluster (name starting with "cluster", any case).
  static func hasCluster(_ graph: CGraph) -> Bool {
    var sub = agfstsubg(graph)
    while let s = sub {
      if let name = clout_gv_name(s), String(cString: name).lowercased().hasPrefix("cluster") { return true }
      if hasCluster(s) { return true }
      sub = agnxtsubg(s)
    }
    return false
  }

  /// Whether some edge has a non-empty `label`.
  static func hasLabelledEdge(_ graph: CGraph) -> Bool {
    guard let symbol = clout_gv_symbol(graph, clout_gv_kind_edge(), "label") else { return false }
    var node = agfstnode(graph)
    while let n = node {
      var edge = agfstout(graph, n)
      while let e = edge {
        if let value = clout_gv_value(e, symbol), value.pointee != 0 { return true }
        edge = agnxtout(graph, e)
      }
      node = agnxtnode(graph, n)
    }
    return false
  }
}
