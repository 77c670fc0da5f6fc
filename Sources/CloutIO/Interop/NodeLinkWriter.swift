import Clout

/// Writes a network as node-link JSON — the shape of networkx's `node_link_data` (3.4 and later:
/// `edges`, with `key` for parallel edges) that d3 force layouts take — or as Cytoscape.js JSON
/// (`elements` of `data` records, as `cytoscape_data` and Cytoscape's .cyjs write it).
///
/// Every field keeps its JSON type: names and kinds are strings, strengths and weights numbers,
/// aliases and topics arrays, citations arrays of `{source, quote}`. The `graph` (`data` for
/// Cytoscape) record carries the `clout` marker, title, description, and the sources, topics and
/// declared kinds as Clout writes them, so a round trip keeps everything.
///
/// Cost: O(n + m) plus the size of the values.
package enum NodeLinkWriter {
  /// Node-link JSON.
  package static func write(_ network: Network, scores: NodeScores = NodeScores()) -> String {
    let graph = ExportGraph(network, scores: scores)
    let nodes: [OutputValue] = graph.nodes.map { node in
      .object([("id", .string(node.id))] + node.fields.map { ($0.name, $0.value.json) })
    }
    let edges: [OutputValue] = graph.edges.map { edge in
      .object(
        [
          ("source", .string(edge.source)), ("target", .string(edge.target)), ("key", .string(edge.id)),
          ("id", .string(edge.id)),
        ] + edge.fields.map { ($0.name, $0.value.json) })
    }
    return OutputValue.object([
      ("directed", .bool(true)), ("multigraph", .bool(true)),
      ("graph", .object(graph.graphFields.map { ($0.name, $0.value.json) })), ("nodes", .array(nodes)),
      ("edges", .array(edges)),
    ]).json()
  }

  /// Cytoscape.js JSON: the entity's name is `name`, Cytoscape's display field; `value` repeats a
  /// node's id and `key` an edge's, as networkx's `cytoscape_data` writes them (networkx tells
  /// parallel edges apart by `key`).
  package static func writeCytoscape(_ network: Network, scores: NodeScores = NodeScores()) -> String {
    let graph = ExportGraph(network, scores: scores)
    let nodes: [OutputValue] = graph.nodes.map { node in
      let fields = node.fields.map { field -> (String, OutputValue) in
        (field.name == "label" ? "name" : field.name, field.value.json)
      }
      return .object([("data", .object([("id", .string(node.id)), ("value", .string(node.id))] + fields))])
    }
    let edges: [OutputValue] = graph.edges.map { edge in
      .object([
        (
          "data",
          .object(
            [
              ("id", .string(edge.id)), ("source", .string(edge.source)), ("target", .string(edge.target)),
              ("key", .string(edge.id)),
            ]
              + edge.fields.map { ($0.name, $0.value.json) })
        )
      ])
    }
    return OutputValue.object([
      ("data", .object(graph.graphFields.map { ($0.name, $0.value.json) })), ("directed", .bool(true)),
      ("multigraph", .bool(true)), ("elements", .object([("nodes", .array(nodes)), ("edges", .array(edges))])),
    ]).json()
  }
}
