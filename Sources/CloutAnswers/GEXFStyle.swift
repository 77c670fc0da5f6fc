import Clout
import CloutGraphviz
import CloutIO

/// The look of a network in Gephi, taken from Clout's diagram style: nodes coloured by group (its
/// border colour), shaped by entity kind and sized by how many relations they take part in; edges
/// coloured by polarity, as thick as their pen width (strength) and dashed or dotted by status.
public enum GEXFStyle {
  public static func appearance(of network: Network, style: DiagramStyle = .standard) -> GEXFAppearance {
    var degree: [String: Int] = [:]
    for r in network.relations {
      degree[r.from, default: 0] += 1
      degree[r.to, default: 0] += 1
    }
    var nodes: [String: GEXFAppearance.Node] = [:]
    let grouping = DiagramGrouping(network: network)
    for entity in network.entities {
      nodes[entity.id] = GEXFAppearance.Node(
        color: GEXFAppearance.Color(hex: grouping.groupOf[entity.id]?.border ?? DiagramPalette.grey),
        size: 10 + 4 * Double(degree[entity.id] ?? 0).squareRoot(),
        shape: shape(style.shape(for: entity.kind).name))
    }
    var edges: [String: GEXFAppearance.Edge] = [:]
    for relation in network.relations {
      let look = style.appearance(of: relation, kind: network.kind(of: relation))
      edges[relation.id] = GEXFAppearance.Edge(
        color: GEXFAppearance.Color(hex: look.color), thickness: look.penwidth,
        shape: ["solid", "dashed", "dotted"].contains(look.style) ? look.style : "solid")
    }
    return GEXFAppearance(nodes: nodes, edges: edges)
  }

  /// The GEXF shape closest to a Graphviz one.
  private static func shape(_ graphviz: String) -> String {
    switch graphviz {
    case "box", "rect", "rectangle", "square", "note", "folder", "tab": return "square"
    case "hexagon", "diamond", "octagon": return "diamond"
    case "triangle", "invtriangle": return "triangle"
    default: return "disc"
    }
  }
}
