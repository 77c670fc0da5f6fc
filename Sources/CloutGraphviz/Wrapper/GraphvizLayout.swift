/// A Graphviz layout engine.
public enum GraphvizLayout: String, Sendable, Hashable, CaseIterable {
  /// Hierarchical (layered) drawing of directed graphs: Sugiyama-style ranking, crossing reduction
  /// and network-simplex coordinates. Fine for small or acyclic graphs, steep on large cyclic ones.
  case dot
  /// Spring model (Kamada–Kawai stress majorisation).
  case neato
  /// Spring model (Fruchterman–Reingold), handles clusters.
  case fdp
  /// Multiscale force-directed layout for large graphs.
  case sfdp
  /// Circular layout (biconnected components on circles).
  case circo
  /// Radial layout around a root node.
  case twopi

  /// Parses a layout name as typed by a user (case-insensitive).
  ///
  /// - Throws: `GraphvizError` of kind `.unknownLayout`, naming the known layouts.
  public init(parsing name: String) throws(GraphvizError) {
    guard let layout = GraphvizLayout(rawValue: name.lowercased()) else {
      let known = GraphvizLayout.allCases.map(\.rawValue).joined(separator: ", ")
      throw GraphvizError(.unknownLayout, "unknown layout '\(name)'; use one of \(known)")
    }
    self = layout
  }
}
