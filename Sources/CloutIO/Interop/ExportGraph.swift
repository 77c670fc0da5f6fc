import Clout

/// A value to write in an exchange format, with its type.
enum InteropValue: Sendable {
  case string(String)
  case double(Double)
  case integer(Int)
  case boolean(Bool)
  /// A list of texts (aliases, topics): JSON text in XML and CSV, a JSON array in JSON formats.
  case list([String])
  /// A list of records (citations, sources): JSON text in XML and CSV, JSON in JSON formats.
  case structured(OutputValue)

  /// The value as text: numbers in their shortest exact form, lists and records as JSON.
  var text: String {
    switch self {
    case .string(let s): return s
    case .double(let x): return OutputValue.numberText(x)
    case .integer(let n): return String(n)
    case .boolean(let b): return b ? "true" : "false"
    case .list(let items): return OutputValue.array(items.map { .string($0) }).compactJSON()
    case .structured(let value): return value.compactJSON()
    }
  }

  /// The value as a JSON tree.
  var json: OutputValue {
    switch self {
    case .string(let s): return .string(s)
    case .double(let x): return .number(x)
    case .integer(let n): return .number(Double(n))
    case .boolean(let b): return .bool(b)
    case .list(let items): return .array(items.map { .string($0) })
    case .structured(let value): return value
    }
  }
}

/// A named value.
struct ExportField: Sendable {
  var name: String
  var value: InteropValue

  init(_ name: String, _ value: InteropValue) {
    self.name = name
    self.value = value
  }
}

/// A network laid out as the attributed multigraph exchange formats describe: nodes and edges with
/// named, typed values (the vocabulary of `InteropVocabulary`), and the document's own sections as
/// graph-level values.
struct ExportGraph: Sendable {
  struct Node: Sendable {
    var id: String
    var fields: [ExportField]
  }

  struct Edge: Sendable {
    var id: String
    var source: String
    var target: String
    var kind: String
    /// The strength that moves the target: the relation's, else its kind's default; 0 when denied.
    var weight: Double
    var fields: [ExportField]
    var relation: Relation
  }

  var graphFields: [ExportField]
  var nodes: [Node]
  var edges: [Edge]

  /// Builds the layout of `network`. Cost: O(n + m) plus the size of the values.
  init(_ network: Network, scores: NodeScores = NodeScores()) {
    let document = NetworkEncoder.tree(network)
    var graph: [ExportField] = [ExportField("clout", .integer(1))]
    if let t = network.title { graph.append(ExportField("title", .string(t))) }
    if let d = network.description { graph.append(ExportField("description", .string(d))) }
    if case .object(let sections) = document {
      for table in InteropVocabulary.tables {
        if let value = sections.first(where: { $0.0 == table })?.1, case .array(let items) = value, !items.isEmpty {
          graph.append(ExportField(table, .structured(value)))
        }
      }
    }
    graphFields = graph
    nodes = network.entities.map { e in
      var node = Self.node(e)
      for column in scores.columns {
        if let x = column.values[e.id] { node.fields.append(ExportField(column.name, .double(x))) }
      }
      return node
    }
    edges = network.relations.map { Self.edge($0, network: network) }
  }

  private static func node(_ e: Entity) -> Node {
    var f: [ExportField] = [ExportField("label", .string(e.name)), ExportField("kind", .string(e.kind.id))]
    for language in e.names.keys.sorted(by: { ($0 == "en" ? "" : $0) < ($1 == "en" ? "" : $1) }) {
      if let name = e.names[language] { f.append(ExportField(InteropVocabulary.namePrefix + language, .string(name))) }
    }
    if !e.aliases.isEmpty { f.append(ExportField("aliases", .list(e.aliases))) }
    if let v = e.role { f.append(ExportField("role", .string(v))) }
    if let v = e.affiliation { f.append(ExportField("affiliation", .string(v))) }
    if let v = e.note { f.append(ExportField("note", .string(v))) }
    for key in e.attributes.keys.sorted() {
      if let value = e.attributes[key] { f.append(ExportField(InteropVocabulary.attributeName(key), .string(value))) }
    }
    return Node(id: e.id, fields: f)
  }

  private static func edge(_ r: Relation, network: Network) -> Edge {
    // A denied relation moves nothing: weight 0, so that a tool that reads weights does not count it.
    let weight = r.status == .denied ? 0 : r.strength ?? network.kind(of: r)?.defaultStrength ?? 0.5
    var f: [ExportField] = [ExportField("kind", .string(r.kind))]
    if let v = r.strength { f.append(ExportField("strength", .double(v))) }
    f.append(ExportField("weight", .double(weight)))
    if let v = r.date { f.append(ExportField("date", .string(v.description))) }
    if let v = r.start { f.append(ExportField("start", .string(v.description))) }
    if let v = r.end { f.append(ExportField("end", .string(v.description))) }
    if let v = r.lasts { f.append(ExportField("lasts", .string(v.description))) }
    f.append(ExportField("status", .string(r.status.rawValue)))
    if let v = r.confidence { f.append(ExportField("confidence", .double(v))) }
    if !r.about.isEmpty { f.append(ExportField("about", .list(r.about))) }
    if let v = r.place { f.append(ExportField("place", .string(v))) }
    if let v = r.note { f.append(ExportField("note", .string(v))) }
    if !r.citations.isEmpty { f.append(ExportField("sources", .structured(citations(r.citations)))) }
    return Edge(id: r.id, source: r.from, target: r.to, kind: r.kind, weight: weight, fields: f, relation: r)
  }

  static func citations(_ citations: [Citation]) -> OutputValue {
    .array(
      citations.map { c in
        var f: [(String, OutputValue)] = [("source", .string(c.source)), ("quote", .string(c.quote))]
        if let n = c.note { f.append(("note", .string(n))) }
        return .object(f)
      })
  }

  /// Every field name of the nodes (or edges), in order of first use, with the type of its values.
  static func columns(_ records: [[ExportField]]) -> [(name: String, sample: InteropValue)] {
    var out: [(name: String, sample: InteropValue)] = []
    var seen: Set<String> = []
    for fields in records {
      for field in fields where seen.insert(field.name).inserted { out.append((field.name, field.value)) }
    }
    return out
  }
}
