import Clout

/// Reads node-link JSON (networkx `node_link_data`, d3) and Cytoscape.js JSON.
///
/// - Node-link: `nodes` (each with `id`; without one, its `name`, else its position), `edges` or
///   `links` (each with `source` and `target`: a node id, a node record as d3 leaves them after a
///   simulation, or — d3's older style — a node's position when no node has that id), `directed`
///   (default false, as networkx), `graph` for graph-level values. An edge's `id` is its relation
///   id; networkx's `key` is per node pair, so it is not.
/// - Cytoscape.js: `elements` as `{nodes: […], edges: […]}` or one list with `group`, each element's
///   fields in `data`; `directed` defaults to true; top-level `data` holds graph-level values.
///
/// Values keep their JSON types. Strings longer than `InteropLimits.maxValueBytes` are a located
/// error. Cost: O(bytes).
package enum NodeLinkReader {
  package static func read(path: String, limits: InteropLimits = .standard) throws(InputError) -> ImportedGraph {
    try read(
      bytes: TextFile.utf8(TextFile.bytes(path, maxBytes: limits.maxFileBytes, what: "a file to import"), file: path),
      file: path, limits: limits)
  }

  package static func read(bytes: [UInt8], file: String, limits: InteropLimits = .standard) throws(InputError)
    -> ImportedGraph
  {
    // Node-link `nodes` and `links`/`edges`, Cytoscape `elements.nodes`/`elements.edges` or one
    // flat `elements` list: bounded while reading, so a huge file stops at the first one beyond.
    let nodes = JSONTreeReader.ArrayBound(limit: limits.maxNodes, name: "nodes")
    let edges = JSONTreeReader.ArrayBound(limit: limits.maxEdges, name: "edges")
    let elements = JSONTreeReader.ArrayBound(
      limit: limits.maxNodes.addingReportingOverflow(limits.maxEdges).overflow
        ? .max : limits.maxNodes + limits.maxEdges,
      name: "nodes and edges")
    let root = try JSONTreeReader.read(
      String(decoding: bytes, as: UTF8.self), file: file,
      arrayBounds: ["nodes": nodes, "links": edges, "edges": edges, "elements": elements])
    try checkSizes(root, limits: limits)
    let positions = TextPositions(bytes, file: file)
    guard case .object(let top) = root.content else {
      throw InputError("node-link JSON must be an object with 'nodes' and 'edges'", at: root.location)
    }
    func value(_ key: String) -> LocatedValue? { top.first { $0.key == key }?.value }
    var reader = Reader(positions: positions, bytes: bytes, file: file)
    if let elements = value("elements") {
      return try reader.cytoscape(elements, data: value("data"), directed: value("directed"))
    }
    return try reader.nodeLink(
      nodes: value("nodes"), edges: value("edges") ?? value("links"), graph: value("graph"),
      directed: value("directed"), at: root.location)
  }

  private static func checkSizes(_ value: LocatedValue, limits: InteropLimits) throws(InputError) {
    switch value.content {
    case .scalar(let s, _):
      if s.utf8.count > limits.maxValueBytes {
        throw InputError(
          "a value of \(InteropLimits.size(s.utf8.count)) is longer than the "
            + "\(InteropLimits.size(limits.maxValueBytes)) allowed", at: value.location,
          hint: "the value is corrupt or not meant for a graph file")
      }
    case .array(let items): for item in items { try checkSizes(item, limits: limits) }
    case .object(let fields): for field in fields { try checkSizes(field.value, limits: limits) }
    }
  }

  private struct Reader {
    let positions: TextPositions
    let bytes: [UInt8]
    let file: String
    var errors: [Diagnostic] = []

    init(positions: TextPositions, bytes: [UInt8], file: String) {
      self.positions = positions
      self.bytes = bytes
      self.file = file
    }

    private mutating func flag(_ value: LocatedValue?, default d: Bool) -> Bool {
      guard let value else { return d }
      if case .scalar(let s, false) = value.content, s == "true" || s == "false" { return s == "true" }
      if value.isNull { return d }
      errors.append(.error("'directed' must be true or false, found \(value.shape)", at: value.location))
      return d
    }

    private mutating func items(_ value: LocatedValue?, _ what: String, at location: SourceLocation) -> [LocatedValue] {
      guard let value else {
        errors.append(.error("no '\(what)' list", at: location, hint: "node-link JSON has 'nodes' and 'edges' lists"))
        return []
      }
      guard case .array(let items) = value.content else {
        errors.append(.error("'\(what)' must be a list, found \(value.shape)", at: value.location))
        return []
      }
      return items
    }

    private func fields(_ value: LocatedValue) -> [(key: String, keyLocation: SourceLocation, value: LocatedValue)]? {
      guard case .object(let f) = value.content else { return nil }
      return f
    }

    private func idText(_ value: LocatedValue?) -> String? {
      guard let value, case .scalar(let s, _) = value.content, !value.isNull else { return nil }
      return s
    }

    /// The object's text as written, from its `{` to the matching `}`.
    private func text(of value: LocatedValue) -> String {
      guard let start = positions.offset(line: value.location.line, column: value.location.column) else { return "" }
      var depth = 0
      var k = start
      var inString = false
      while k < bytes.count {
        let b = bytes[k]
        if inString {
          if b == UInt8(ascii: "\\") {
            k += 1
          } else if b == UInt8(ascii: "\"") {
            inString = false
          }
        } else if b == UInt8(ascii: "\"") {
          inString = true
        } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
          depth += 1
        } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
          depth -= 1
          if depth == 0 { return positions.text(start..<(k + 1)) }
        }
        k += 1
      }
      return positions.text(start..<bytes.count)
    }

    mutating func nodeLink(
      nodes: LocatedValue?, edges: LocatedValue?, graph: LocatedValue?, directed: LocatedValue?,
      at location: SourceLocation
    ) throws(InputError) -> ImportedGraph {
      let isDirected = flag(directed, default: false)
      var graphFields: [ImportedGraph.Field] = []
      if let graph, let f = fields(graph) {
        graphFields = f.filter { !$0.value.isNull }.map { .init($0.key, $0.value) }
      }
      var outNodes: [ImportedGraph.Node] = []
      for (index, item) in items(nodes, "nodes", at: location).enumerated() {
        guard let f = fields(item) else {
          errors.append(.error("a node must be an object, found \(item.shape)", at: item.location))
          continue
        }
        let idValue = f.first { $0.key == "id" }?.value
        if let idValue, idText(idValue) == nil {
          errors.append(
            .error("a node's 'id' must be a string or a number, found \(idValue.shape)", at: idValue.location))
          continue
        }
        let id = idText(idValue) ?? idText(f.first { $0.key == "name" }?.value) ?? String(index)
        outNodes.append(
          ImportedGraph.Node(
            id: id, fields: f.filter { $0.key != "id" && !$0.value.isNull }.map { .init($0.key, $0.value) },
            location: item.location))
      }
      let known = Set(outNodes.map(\.id))
      var outEdges: [ImportedGraph.Edge] = []
      for item in items(edges, "edges", at: location) {
        guard let f = fields(item) else {
          errors.append(.error("an edge must be an object, found \(item.shape)", at: item.location))
          continue
        }
        guard let source = endpoint(f, "source", item, nodes: outNodes, known: known),
          let target = endpoint(f, "target", item, nodes: outNodes, known: known)
        else { continue }
        outEdges.append(
          ImportedGraph.Edge(
            id: idText(f.first { $0.key == "id" }?.value), source: source, target: target, directed: nil,
            fields: f.filter { !["source", "target", "id", "key"].contains($0.key) && !$0.value.isNull }.map {
              .init($0.key, $0.value)
            }, location: item.location, text: text(of: item)))
      }
      if !errors.isEmpty { throw InputError(errors) }
      return ImportedGraph(
        format: .json, origin: file, directed: isDirected, graphFields: graphFields, nodes: outNodes, edges: outEdges,
        declaresStrength: graphFields.contains { $0.name == InteropVocabulary.marker })
    }

    private mutating func endpoint(
      _ f: [(key: String, keyLocation: SourceLocation, value: LocatedValue)], _ name: String, _ item: LocatedValue,
      nodes: [ImportedGraph.Node], known: Set<String>
    ) -> String? {
      guard let value = f.first(where: { $0.key == name })?.value, !value.isNull else {
        errors.append(.error("an edge without '\(name)'", at: item.location, hint: "give the id of a node"))
        return nil
      }
      if let inner = fields(value), let id = idText(inner.first { $0.key == "id" }?.value) { return id }
      guard let text = idText(value) else {
        errors.append(.error("an edge's '\(name)' must be a node id, found \(value.shape)", at: value.location))
        return nil
      }
      if !known.contains(text), case .scalar(_, false) = value.content, let index = Int(text),
        nodes.indices.contains(index)
      {
        return nodes[index].id
      }
      return text
    }

    mutating func cytoscape(
      _ elements: LocatedValue, data: LocatedValue?, directed: LocatedValue?
    ) throws(InputError) -> ImportedGraph {
      var nodeItems: [LocatedValue] = []
      var edgeItems: [LocatedValue] = []
      switch elements.content {
      case .object(let groups):
        for group in groups {
          guard case .array(let list) = group.value.content else { continue }
          if group.key == "nodes" { nodeItems += list } else if group.key == "edges" { edgeItems += list }
        }
      case .array(let list):
        for item in list {
          let group = fields(item).flatMap { f in idText(f.first { $0.key == "group" }?.value) }
          let hasEnds = fields(item).flatMap { f in fields(f.first { $0.key == "data" }?.value ?? item) }?.contains {
            $0.key == "source"
          }
          if group == "edges" || (group == nil && hasEnds == true) {
            edgeItems.append(item)
          } else {
            nodeItems.append(item)
          }
        }
      case .scalar:
        errors.append(.error("'elements' must be an object or a list", at: elements.location))
      }
      var graphFields: [ImportedGraph.Field] = []
      if let data, let f = fields(data) { graphFields = f.filter { !$0.value.isNull }.map { .init($0.key, $0.value) } }
      var nodes: [ImportedGraph.Node] = []
      for item in nodeItems {
        guard let data = fields(item).flatMap({ f in f.first { $0.key == "data" }?.value }), let f = fields(data),
          let id = idText(f.first { $0.key == "id" }?.value)
        else {
          errors.append(.error("a Cytoscape node needs data.id", at: item.location))
          continue
        }
        let own = f.filter { field in
          field.key != "id" && !field.value.isNull && !(field.key == "value" && idText(field.value) == id)
        }
        nodes.append(
          .init(
            id: id, fields: own.map { .init($0.key, $0.value) },
            location: item.location))
      }
      var edges: [ImportedGraph.Edge] = []
      for item in edgeItems {
        guard let data = fields(item).flatMap({ f in f.first { $0.key == "data" }?.value }), let f = fields(data),
          let source = idText(f.first { $0.key == "source" }?.value),
          let target = idText(f.first { $0.key == "target" }?.value)
        else {
          errors.append(.error("a Cytoscape edge needs data.source and data.target", at: item.location))
          continue
        }
        edges.append(
          .init(
            id: idText(f.first { $0.key == "id" }?.value), source: source, target: target, directed: nil,
            fields: f.filter { !["id", "source", "target", "key"].contains($0.key) && !$0.value.isNull }.map {
              .init($0.key, $0.value)
            }, location: item.location, text: text(of: item)))
      }
      let isDirected = flag(directed, default: true)
      if !errors.isEmpty { throw InputError(errors) }
      return ImportedGraph(
        format: .cytoscape, origin: file, directed: isDirected, graphFields: graphFields,
        nodes: nodes, edges: edges, declaresStrength: graphFields.contains { $0.name == InteropVocabulary.marker })
    }
  }
}
