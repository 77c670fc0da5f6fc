import CGraphviz

/// Detects graphs whose `dot` layout Graphviz 2.43 cannot free.
///
/// With clusters and labelled edges, `dot`'s flat-edge pass reallocates a rank array while a stale
/// copy of the old pointer survives, and `gvFreeLayout` then frees it a second time: glibc aborts
/// the process ("double free detected in tcache 2"). Measured with AddressSanitizer on random
/// graphs of 4–12 nodes: about one in three with clusters and edge labels failed, none without
/// clusters, none with `xlabel` instead of `label`, none with the other engines, and none when the
/// layout is not freed. An unfreed layout is not small, though: about 0.9 MB per render of the
/// seed overview (measured, `RenderSoakTests`). So `CGraphRenderer` moves the edge labels of such
/// graphs to `xlabel` before laying them out (with a warning), and the layout is freed;
/// `DiagramBuilder` writes `xlabel` in clustered diagrams in the first place. Should a graph still
/// qualify, its layout is left unfreed rather than crash. Must run under `Graphviz`'s lock.
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
