import Clout

/// Reads GEXF (https://gexf.net) 1.1 to 1.3, as Gephi and networkx write it.
///
/// - `<attributes class="node|edge">` declares typed attributes (integer, long, float, double,
///   boolean, string, list types kept as text) with optional defaults; every `<attvalue>` is checked
///   against its type, and one that does not fit is a located error.
/// - Node `label` becomes `label`; edge `kind` (GEXF 1.3's kind of parallel edges) becomes the
///   relation kind unless an attribute says otherwise; edge `type` gives its direction (mutual
///   counts as undirected); `weight` becomes `weight`.
/// - Time: Clout's exact partial dates travel in the `date`, `start_date` and `end_date`
///   attributes; a foreign file's edge `start`/`end` (with `timeformat` date or dateTime) give the
///   relation's `start`/`end` days. Numeric times, spells and dynamic attribute values beyond the
///   first have no place in a relation and are dropped with a warning.
/// - `viz:` colour, size, shape, position and thickness are presentation and are not read back.
///   Nested nodes (hierarchies) are flattened.
/// - `<meta><creator>` starting with "Clout" marks a file Clout wrote; `<description>` is the
///   network's description.
///
/// Cost: O(bytes).
package enum GEXFReader {
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

  private struct Attribute {
    var title: String
    var type: AttributeType
    var defaultValue: String?
  }

  private struct Reader {
    let positions: TextPositions
    let file: String
    /// class → id → attribute.
    var attributes: [String: [String: Attribute]] = ["node": [:], "edge": [:]]
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var nodes: [ImportedGraph.Node] = []
    var edges: [ImportedGraph.Edge] = []
    var timeFormat = "double"
    var droppedTimes = 0
    var droppedDynamicValues = 0
    var flattened = false

    init(positions: TextPositions, file: String) {
      self.positions = positions
      self.file = file
    }

    mutating func graph(_ root: XMLElementNode) throws(InputError) -> ImportedGraph {
      guard root.localName == "gexf" else {
        throw InputError(
          "not a GEXF file: the root element is <\(root.name)>, not <gexf>", at: root.location,
          hint: root.localName == "graphml" ? "this is GraphML; name the file .graphml" : nil)
      }
      guard let graph = root.child(named: "graph") else {
        throw InputError("the GEXF file holds no <graph>", at: root.location)
      }
      var graphFields: [ImportedGraph.Field] = []
      if let meta = root.child(named: "meta") {
        if let creator = meta.child(named: "creator"), creator.text.hasPrefix("Clout") {
          graphFields.append(.init("clout", LocatedValue(.scalar("1", quoted: false), at: creator.location)))
        }
        if let description = meta.child(named: "description"), !description.text.isEmpty {
          graphFields.append(.init("description", .text(description.text, at: description.location)))
        }
      }
      let edgeType = graph.attribute("defaultedgetype") ?? "undirected"
      guard let directed = InteropVocabulary.direction(ofType: edgeType) else {
        throw InputError(
          "defaultedgetype must be directed, undirected or mutual, found '\(edgeType)'",
          at: graph.location(ofAttribute: "defaultedgetype"))
      }
      timeFormat = graph.attribute("timeformat") ?? "double"
      for block in graph.children(named: "attributes") { declare(block) }
      if !errors.isEmpty { throw InputError(errors) }
      if let list = graph.child(named: "nodes") { walkNodes(list) }
      if let list = graph.child(named: "edges") { walkEdges(list) }
      if !errors.isEmpty { throw InputError(errors) }
      if droppedTimes > 0 {
        warnings.append(
          .warning(
            "\(droppedTimes) edge time(s) in timeformat '\(timeFormat)' are not calendar dates and were dropped",
            hint: "Clout dates are ISO dates (timeformat date)"))
      }
      if droppedDynamicValues > 0 {
        warnings.append(
          .warning("\(droppedDynamicValues) dynamic attribute value(s) beyond the first were dropped"))
      }
      if flattened { warnings.append(.warning("nested nodes (hierarchy) were flattened: the nesting is not kept")) }
      let declaresStrength = attributes["edge"]?.values.contains { $0.title == "strength" } ?? false
      return ImportedGraph(
        format: .gexf, origin: file, directed: directed, graphFields: graphFields, nodes: nodes, edges: edges,
        declaresStrength: declaresStrength, diagnostics: warnings)
    }

    private mutating func declare(_ block: XMLElementNode) {
      let cls = block.attribute("class") ?? ""
      guard cls == "node" || cls == "edge" else {
        errors.append(
          .error("<attributes> class must be node or edge, found '\(cls)'", at: block.location(ofAttribute: "class")))
        return
      }
      for a in block.children(named: "attribute") {
        guard let id = a.attribute("id"), let title = a.attribute("title") else {
          errors.append(.error("<attribute> needs an 'id' and a 'title'", at: a.location))
          continue
        }
        let typeName = a.attribute("type") ?? "string"
        guard let type = AttributeType(gexf: typeName) else {
          errors.append(
            .error(
              "attribute '\(title)' has an unknown type '\(typeName)'", at: a.location(ofAttribute: "type"),
              hint: "GEXF types are integer, long, float, double, boolean, string, anyURI and list types"))
          continue
        }
        let d = a.child(named: "default")
        if let d, case .wrong(let problem) = type.value(d.text, at: d.location) {
          errors.append(.error("default of attribute '\(title)': " + problem.message, at: d.location))
        }
        attributes[cls, default: [:]][id] = Attribute(title: title, type: type, defaultValue: d?.text)
      }
    }

    private mutating func values(of element: XMLElementNode, cls: String) -> [ImportedGraph.Field] {
      var out: [ImportedGraph.Field] = []
      let declared = attributes[cls] ?? [:]
      for attvalue in element.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
        guard let key = attvalue.attribute("for") ?? attvalue.attribute("id") else {
          errors.append(.error("<attvalue> without 'for'", at: attvalue.location))
          continue
        }
        guard let attribute = declared[key] else {
          errors.append(
            .error(
              "<attvalue> names attribute '\(key)', which no \(cls) <attribute> declares",
              at: attvalue.location(ofAttribute: "for")))
          continue
        }
        guard let text = attvalue.attribute("value") else {
          errors.append(.error("<attvalue> for '\(attribute.title)' without a 'value'", at: attvalue.location))
          continue
        }
        if out.contains(where: { $0.name == attribute.title }) {
          droppedDynamicValues += 1
          continue
        }
        switch attribute.type.value(text, at: attvalue.location) {
        case .ok(let value): out.append(.init(attribute.title, value))
        case .wrong(let problem):
          errors.append(
            .error(
              "'\(attribute.title)': \(problem.message) (the attribute is declared \(attribute.type))",
              at: attvalue.location, hint: "fix the value or the attribute's type"))
        }
      }
      for attribute in declared.values {
        guard let d = attribute.defaultValue, !out.contains(where: { $0.name == attribute.title }) else { continue }
        if case .ok(let value) = attribute.type.value(d, at: element.location) {
          out.append(.init(attribute.title, value))
        }
      }
      return out
    }

    private mutating func walkNodes(_ list: XMLElementNode) {
      for element in list.children(named: "node") {
        guard let id = element.attribute("id"), !id.isEmpty else {
          errors.append(.error("<node> without an 'id'", at: element.location, hint: "give every node an id"))
          continue
        }
        var fields = values(of: element, cls: "node")
        if let label = element.attribute("label"), !fields.contains(where: { $0.name == "label" }) {
          fields.insert(.init("label", .text(label, at: element.location(ofAttribute: "label"))), at: 0)
        }
        nodes.append(ImportedGraph.Node(id: id, fields: fields, location: element.location))
        if let nested = element.child(named: "nodes") {
          flattened = true
          walkNodes(nested)
        }
        if let nested = element.child(named: "edges") { walkEdges(nested) }
      }
    }

    private mutating func walkEdges(_ list: XMLElementNode) {
      for element in list.children(named: "edge") { edge(element) }
    }

    private mutating func edge(_ element: XMLElementNode) {
      guard let source = element.attribute("source"), !source.isEmpty, let target = element.attribute("target"),
        !target.isEmpty
      else {
        errors.append(
          .error(
            "<edge> without 'source' or 'target'", at: element.location,
            hint: "an edge needs source and target node ids"))
        return
      }
      var directed: Bool?
      if let type = element.attribute("type") {
        guard let d = InteropVocabulary.direction(ofType: type) else {
          errors.append(
            .error(
              "edge type must be directed, undirected or mutual, found '\(type)'",
              at: element.location(ofAttribute: "type")))
          return
        }
        directed = d
      }
      var fields = values(of: element, cls: "edge")
      func rename(_ from: String, _ to: String) {
        if let i = fields.firstIndex(where: { $0.name == from }), !fields.contains(where: { $0.name == to }) {
          fields[i].name = to
        }
      }
      rename("start_date", "start")
      rename("end_date", "end")
      for name in ["kind", "label"] {
        if let value = element.attribute(name), !fields.contains(where: { $0.name == name }) {
          fields.append(.init(name, .text(value, at: element.location(ofAttribute: name))))
        }
      }
      if let weight = element.attribute("weight") {
        switch AttributeType.real.value(weight, at: element.location(ofAttribute: "weight")) {
        case .ok(let value): fields.append(.init("weight", value))
        case .wrong(let problem):
          errors.append(.error("edge weight: " + problem.message, at: element.location(ofAttribute: "weight")))
        }
      }
      let dated = fields.contains { ["date", "start", "end"].contains($0.name) }
      for name in ["start", "end"] {
        guard let time = element.attribute(name), !dated else { continue }
        if timeFormat == "date" || timeFormat == "dateTime", time.count >= 10,
          PartialDate(String(time.prefix(10))) != nil
        {
          fields.append(.init(name, .text(String(time.prefix(10)), at: element.location(ofAttribute: name))))
        } else {
          droppedTimes += 1
        }
      }
      edges.append(
        ImportedGraph.Edge(
          id: element.attribute("id"), source: source, target: target, directed: directed, fields: fields,
          location: element.location, text: positions.text(element.range)))
    }
  }
}
