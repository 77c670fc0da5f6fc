import CGraphviz
import Foundation

/// Removes what would make Graphviz read local files from a parsed graph (untrusted DOT).
/// Must run under `Graphviz`'s lock, before layout.
enum CGraphSanitizer {
  static let nodeFileAttributes = ["image", "shapefile"]
  static let graphFileAttributes = ["imagepath", "fontpath"]

  /// Clears file-reading attributes (returning a warning for each one that had a value) and
  /// rejects HTML labels with `<IMG>`.
  ///
  /// - Throws: `.fileAccess` if an HTML label holds an image.
  static func sanitize(_ graph: CGraph) throws(GraphvizError) -> [GraphvizMessage] {
    var warnings: [GraphvizMessage] = []
    for (kind, names) in [(clout_gv_kind_node(), nodeFileAttributes), (clout_gv_kind_graph(), graphFileAttributes)] {
      for name in names {
        let cleared = clout_gv_clear_attribute(graph, kind, name)
        if cleared > 0 {
          warnings.append(
            GraphvizMessage(
              severity: .warning,
              text: "ignored '\(name)' on \(cleared) object(s): reading local files is not allowed for this input"))
        }
      }
    }
    try rejectHTMLImages(in: graph, root: graph)
    return warnings
  }

  private static func rejectHTMLImages(in graph: CGraph, root: CGraph) throws(GraphvizError) {
    try check(graph, kind: clout_gv_kind_graph(), root: root)
    var sub = agfstsubg(graph)
    while let current = sub {
      try rejectHTMLImages(in: current, root: root)
      sub = agnxtsubg(current)
    }
    guard graph == root else { return }
    var node = agfstnode(graph)
    while let n = node {
      try check(n, kind: clout_gv_kind_node(), root: root)
      var edge = agfstout(graph, n)
      while let e = edge {
        try check(e, kind: clout_gv_kind_edge(), root: root)
        edge = agnxtout(graph, e)
      }
      node = agnxtnode(graph, n)
    }
  }

  /// Throws if any HTML-valued attribute of the object contains `<img`.
  private static func check(_ object: UnsafeMutableRawPointer, kind: Int32, root: CGraph) throws(GraphvizError) {
    var symbol = agnxtattr(root, kind, nil)
    while let sym = symbol {
      if let value = clout_gv_value(object, sym), clout_gv_is_html(value) != 0 {
        let text = String(cString: value)
        if text.range(of: "<img", options: .caseInsensitive) != nil {
          let name = clout_gv_name(object).map { String(cString: $0) } ?? "an edge"
          throw GraphvizError(
            .fileAccess,
            "the HTML label of \(name) includes an <IMG>, which reads a local file; not allowed for this input")
        }
      }
      symbol = agnxtattr(root, kind, sym)
    }
  }
}
