/// DOT inputs shared by the tests.
enum Fixtures {
  /// A layered DAG without clusters: `width` nodes per layer, each linked to two in the next layer.
  static func layeredDAG(layers: Int, width: Int) -> String {
    var lines = ["digraph layered {"]
    for layer in 0..<layers {
      for i in 0..<width {
        lines.append("  n\(layer)_\(i) [id=\"n\(layer)_\(i)\"];")
        if layer + 1 < layers {
          lines.append("  n\(layer)_\(i) -> n\(layer + 1)_\(i);")
          lines.append("  n\(layer)_\(i) -> n\(layer + 1)_\((i + 1) % width);")
        }
      }
    }
    lines.append("}")
    return lines.joined(separator: "\n")
  }

  static let small = """
    digraph small {
      a [id="a", label="Alpha"];
      b [id="b"];
      c [id="c"];
      a -> b [id="ab"];
      b -> c [id="bc"];
      a -> c [id="ac"];
    }
    """
}
