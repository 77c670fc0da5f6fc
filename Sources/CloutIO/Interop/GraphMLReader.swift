import Clout

/// Reads GraphML (http://graphml.graphdrawing.org) as Gephi, yEd, Cytoscape and networkx write it.
///
/// - `<key id for attr.name attr.type>` declares attributes (`for` node, edge, graph or all; types
///   boolean, int, long, float, double, string) with an optional `<default>`; every `<data>` value
///   is checked against its key's type, and a value that does not fit is a located error.
/// - `<graph edgedefault>` gives the default direction (networkx's rule: undirected unless
///   `directed`); an edge's own `directed="true|false"` overrides it.
/// - yEd's graphics (`<data>` holding `y:…` elements) are presentation: only their node and edge
///   label text is kept, as `label`. Nested graphs (yEd groups) are flattened; ports are ignored.
///
/// Cost: O(bytes).
package enum GraphMLReader {
  package static func read(path: String, limits: InteropLimits = .standard) throws(InputError) -> ImportedGraph {
    try read(
      bytes: TextFile.bytes(path, maxBytes: limits.maxFileBytes, what: "a file to import"), file: path, limits: limits)
  }

  package static func read(bytes: [UInt8], file: String, limits: InteropLimits = .standard) throws(InputError)
    -> ImportedGraph
  {
    let utf8 = try XMLText.utf8(bytes, file: file)
    let root = try XMLTreeReader.parse(utf8, file: file, limits: limits)
    var reader = Reader(positions: TextPositions(utf8, file: file), file: file)
    return try reader.graph(root)
  }

  private struct Key {
    var name: String
    var domain: String
    var type: AttributeType
    var defaultValue: String?
    /// yEd graphics: presentation, not data.
    var isGraphics: Bool
  }

  private struct Reader {
    let positions: TextPositions
    let file: String
    var keys: [String: Key] = [:]
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var nodes: [ImportedGraph.Node] = []
    var edges: [ImportedGraph.Edge] = []
    var flattened = false
    var hyperedges = 0

    init(positions: TextPositions, file: String) {
      self.positions = positions
      self.file = file
    }

    mutating func graph(_ root: XMLElementNode) throws(InputError) -> ImportedGraph {
      guard root.localName == "graphml" else {
        throw InputError(
          "not a GraphML file: the root element is <\(root.name)>, not <graphml>", at: root.location,
          hint: root.localName == "gexf" ? "this is GEXF; name the file .gexf" : nil)
      }
      for key in root.children(named: "key") { declare(key) }
      if !errors.isEmpty { throw InputError(errors) }
      let graphs = root.children(named: "graph")
      guard let graph = graphs.first else {
        throw InputError("the GraphML file holds no <graph>", at: root.location)
      }
      if graphs.count > 1 {
        warnings.append(
          .warning("the file holds \(graphs.count) graphs; only the first is read", at: graphs[1].location))
      }
      let edgeDefault = graph.attribute("edgedefault")
      if let edgeDefault, edgeDefault != "directed", edgeDefault != "undirected" {
        errors.append(
          .error(
            "edgedefault must be 'directed' or 'undirected', found '\(edgeDefault)'",
            at: graph.location(ofAttribute: "edgedefault")))
      }
      let graphFields = fields(of: graph, domain: "graph")
      walk(graph)
      if flattened {
        warnings.append(.warning("nested graphs (groups) were flattened: their nodes are read, the grouping is not"))
      }
      if hyperedges > 0 {
        warnings.append(.warning("\(hyperedges) hyperedge(s) have no place in a Clout network and were dropped"))
      }
      if !errors.isEmpty { throw InputError(errors) }
      let declaresStrength = keys.values.contains {
        $0.name == "strength" && ($0.domain == "edge" || $0.domain == "all")
      }
      return ImportedGraph(
        format: .graphml, origin: file, directed: edgeDefault == "directed", graphFields: graphFields, nodes: nodes,
        edges: edges, declaresStrength: declaresStrength, diagnostics: warnings)
    }

    private mutating func declare(_ key: XMLElementNode) {
      guard let id = key.attribute("id"), !id.isEmpty else {
        errors.append(.error("<key> without an 'id'", at: key.location, hint: "give every key an id"))
        return
      }
      if keys[id] != nil { errors.append(.error("key id '\(id)' is declared twice", at: key.location)) }
      let domain = key.attribute("for") ?? "all"
      guard ["node", "edge", "graph", "all", "graphml", "hyperedge", "port", "endpoint"].contains(domain) else {
        errors.append(
          .error("key '\(id)' has an unknown 'for' value '\(domain)'", at: key.location(ofAttribute: "for")))
        return
      }
      if key.attribute("yfiles.type") != nil {
        keys[id] = Key(name: id, domain: domain, type: .string, defaultValue: nil, isGraphics: true)
        return
      }
      guard let name = key.attribute("attr.name"), !name.isEmpty else {
        errors.append(
          .error("key '\(id)' has no attr.name", at: key.location, hint: "name the attribute the key stands for"))
        return
      }
      let typeName = key.attribute("attr.type") ?? "string"
      guard let type = AttributeType(graphML: typeName) else {
        errors.append(
          .error(
            "key '\(id)' ('\(name)') has an unknown attr.type '\(typeName)'",
            at: key.location(ofAttribute: "attr.type"),
            hint: "GraphML types are boolean, int, long, float, double and string"))
        return
      }
      let defaultElement = key.child(named: "default")
      if let d = defaultElement, case .wrong(let problem) = type.value(d.text, at: d.location) {
        errors.append(.error("default of key '\(name)': " + problem.message, at: d.location))
      }
      keys[id] = Key(name: name, domain: domain, type: type, defaultValue: defaultElement?.text, isGraphics: false)
    }

    /// The `<data>` children of an element, typed by their keys, plus the defaults of keys it lacks.
    private mutating func fields(of element: XMLElementNode, domain: String) -> [ImportedGraph.Field] {
      var out: [ImportedGraph.Field] = []
      for data in element.children(named: "data") {
        guard let keyID = data.attribute("key") else {
          errors.append(.error("<data> without a 'key'", at: data.location))
          continue
        }
        guard let key = keys[keyID] else {
          errors.append(
            .error(
              "<data> names key '\(keyID)', which no <key> declares", at: data.location(ofAttribute: "key"),
              hint: "declare it with <key id=\"\(keyID)\" for=\"\(domain)\" attr.name=\"…\" attr.type=\"…\"/>"))
          continue
        }
        if key.isGraphics || !data.children.isEmpty {
          if let label = yEdLabel(data), !out.contains(where: { $0.name == "label" }) {
            out.append(.init("label", .text(label, at: data.location)))
          }
          continue
        }
        switch key.type.value(data.text, at: data.location) {
        case .ok(let value):
          out.removeAll { $0.name == key.name }
          out.append(.init(key.name, value))
        case .wrong(let problem):
          errors.append(
            .error(
              "'\(key.name)': \(problem.message) (key '\(keyID)' declares attr.type \(Self.typeName(key.type)))",
              at: data.location, hint: "fix the value or the key's attr.type"))
        }
      }
      for key in keys.values where (key.domain == domain || key.domain == "all") && !key.isGraphics {
        guard let d = key.defaultValue, !out.contains(where: { $0.name == key.name }) else { continue }
        if case .ok(let value) = key.type.value(d, at: element.location) { out.append(.init(key.name, value)) }
      }
      return out
    }

    private static func typeName(_ type: AttributeType) -> String {
      switch type {
      case .string: return "string"
      case .integer: return "int"
      case .real: return "double"
      case .boolean: return "boolean"
      }
    }

    /// The label text of yEd graphics (`y:NodeLabel`, `y:EdgeLabel`).
    private func yEdLabel(_ data: XMLElementNode) -> String? {
      let label = data.descendant(named: "NodeLabel") ?? data.descendant(named: "EdgeLabel")
      guard let text = label?.text, !text.allSatisfy(\.isWhitespace) else { return nil }
      return text
    }

    private mutating func walk(_ graph: XMLElementNode) {
      for child in graph.children {
        switch child.localName {
        case "node": node(child)
        case "edge": edge(child)
        case "hyperedge": hyperedges += 1
        default: continue
        }
      }
    }

    private mutating func node(_ element: XMLElementNode) {
      guard let id = element.attribute("id"), !id.isEmpty else {
        errors.append(.error("<node> without an 'id'", at: element.location, hint: "give every node an id"))
        return
      }
      nodes.append(ImportedGraph.Node(id: id, fields: fields(of: element, domain: "node"), location: element.location))
      for nested in element.children(named: "graph") {
        flattened = true
        walk(nested)
      }
    }

    private mutating func edge(_ element: XMLElementNode) {
      let source = element.attribute("source")
      let target = element.attribute("target")
      guard let source, !source.isEmpty, let target, !target.isEmpty else {
        let missing = [("source", source), ("target", target)].filter { $0.1?.isEmpty ?? true }.map { "'\($0.0)'" }
        errors.append(
          .error(
            "<edge> without \(missing.joined(separator: " and "))", at: element.location,
            hint: "an edge needs source and target node ids"))
        return
      }
      var directed: Bool?
      if let d = element.attribute("directed") {
        switch d {
        case "true": directed = true
        case "false": directed = false
        default:
          errors.append(
            .error("directed must be 'true' or 'false', found '\(d)'", at: element.location(ofAttribute: "directed")))
        }
      }
      edges.append(
        ImportedGraph.Edge(
          id: element.attribute("id"), source: source, target: target, directed: directed,
          fields: fields(of: element, domain: "edge"), location: element.location,
          text: positions.text(element.range)))
    }
  }
}
