import Clout
import Foundation

/// Maps an `ImportedGraph` onto Clout's model and validates the result (rules: docs/INTEROP.md).
///
/// - Nodes become entities: `label` (else `name`) is the name, `kind` (else `type`) the kind,
///   `name_<lang>` the names, `aliases`, `role`, `affiliation` and `note` their fields; every other
///   attribute is kept as a free attribute (`attribute.KEY` stands for KEY).
/// - Edges become relations: `kind` (else a `type` that is not a direction) is the kind; Clout's
///   fields are read by name; `weight` becomes the strength when it is in 0…1 and the file does not
///   also carry `strength`; other attributes have no place in a relation and are dropped with a
///   warning naming them.
/// - Kinds, sources and topics the file uses but does not declare are declared (with a warning),
///   so that an imported network validates.
/// - A relation without citations cites a source standing for the imported file, with the edge's
///   own text in the file — its element, record or object, verbatim — as the quote.
///
/// The mapped document goes through the same decoder and validator as a YAML file, so every type
/// error (a strength that is not a number, an impossible date) is reported at the node or edge it
/// was read from. Cost: O(n + m) plus the size of the values.
public enum ImportMapper {
  /// Maps and validates. Errors are in the diagnostics, not thrown.
  public static func network(from graph: ImportedGraph, options: ImportOptions = ImportOptions()) -> LoadedNetwork {
    var mapping = Mapping(graph: graph, options: options)
    let root = mapping.document()
    let (network, decoded) = NetworkDecoder.decode(root)
    let all = (graph.diagnostics + mapping.diagnostics + decoded + NetworkValidator.validate(network)).sorted {
      ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
    }
    return LoadedNetwork(network: network, diagnostics: all, origin: graph.origin)
  }

  /// The relation kind an edge names: its `kind`, else its `type` unless that is a direction.
  static func kindText(of edge: ImportedGraph.Edge) -> String? {
    if let kind = edge.field("kind")?.scalarText?.trimmed, !kind.isEmpty { return kind }
    if let type = edge.field("type")?.scalarText?.trimmed, !type.isEmpty,
      InteropVocabulary.direction(ofType: type) == nil
    {
      return type
    }
    return nil
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// The state of one mapping: what was declared, used and dropped.
private struct Mapping {
  let graph: ImportedGraph
  let options: ImportOptions
  var diagnostics: [Diagnostic] = []
  private let root: SourceLocation
  /// Relation kinds used, with the direction of their first edge, in order of first use.
  private var relationKinds: [(id: String, directed: Bool, fromEdges: Bool)] = []
  private var entityKinds: [String] = []
  private var citedSources: [String] = []
  private var topics: [String] = []
  private var uncited = false
  /// Attribute name → (count, first place), for the warning about what was dropped.
  private var dropped: [(name: String, count: Int, at: SourceLocation)] = []
  private var weightsOutOfRange = 0
  private var firstWeightOutOfRange: SourceLocation?

  /// Whether weights are strengths: the file does not carry `strength`, and every weight it gives
  /// is a number in 0…1 (weights on another scale are not read as strengths at all).
  private let weightsAreStrengths: Bool

  init(graph: ImportedGraph, options: ImportOptions) {
    self.graph = graph
    self.options = options
    root = SourceLocation(file: graph.origin, line: 1, column: 1)
    fileName = graph.origin.split(separator: "/").last.map(String.init) ?? graph.origin
    syntheticSourceID = Self.syntheticSourceID(fileName)
    weightsAreStrengths =
      !graph.declaresStrength
      && graph.edges.allSatisfy { edge in
        guard let text = edge.field("weight")?.scalarText else { return true }
        guard let w = Double(text.trimmed) else { return true }
        return (0...1).contains(w)
      }
  }

  private let fileName: String
  private let syntheticSourceID: String

  // MARK: Values

  /// A list or record, read out of JSON text when a format keeps it as text.
  private mutating func structured(_ value: LocatedValue, _ what: String, list: Bool = false) -> LocatedValue? {
    guard case .scalar(let s, _) = value.content else { return value }
    let text = s.trimmed
    if list, !text.hasPrefix("["), text.contains(";") {
      // A spreadsheet cell listing several values, as Kumu writes them: `chips; ai`.
      let items = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      return LocatedValue(
        .array(items.map { LocatedValue(.scalar($0, quoted: true), at: value.location) }), at: value.location)
    }
    guard text.hasPrefix("[") || text.hasPrefix("{") else { return value }
    do {
      return try JSONTreeReader.read(text, file: graph.origin).relocated(to: value.location)
    } catch {
      let message = error.diagnostics.first?.message ?? "malformed JSON"
      diagnostics.append(
        .error(
          "\(what) is not valid JSON (\(message))", at: value.location,
          hint: "Clout writes lists and records in this attribute as JSON text"))
      return nil
    }
  }

  /// A number field: plain when the text is a number, so that the decoder reads it as one, and
  /// quoted otherwise, so that it reports the text that is not a number.
  private func numeric(_ value: LocatedValue) -> LocatedValue {
    guard case .scalar(let s, _) = value.content else { return value }
    let text = s.trimmed
    if let x = Double(text), x.isFinite { return LocatedValue(.scalar(text, quoted: false), at: value.location) }
    return LocatedValue(.scalar(s, quoted: true), at: value.location)
  }

  /// A text field: scalars as text, lists and records as their JSON text.
  private func textual(_ value: LocatedValue) -> LocatedValue {
    .text(value.displayText, at: value.location)
  }

  private mutating func drop(_ name: String, at location: SourceLocation) {
    if let i = dropped.firstIndex(where: { $0.name == name }) {
      dropped[i].count += 1
    } else {
      dropped.append((name, 1, location))
    }
  }

  // MARK: Document

  mutating func document() -> LocatedValue {
    var top: [(String, LocatedValue)] = [("clout", LocatedValue(.scalar("1", quoted: false), at: root))]
    var tables: [String: [LocatedValue]] = [:]
    for field in graph.graphFields {
      switch field.name {
      case "clout": continue
      case "title", "description":
        if field.value.scalarText != nil { top.append((field.name, textual(field.value))) }
      case "name":
        if graph.graphField("title") == nil, field.value.scalarText != nil {
          top.append(("title", textual(field.value)))
        }
      case let name where InteropVocabulary.tables.contains(name):
        guard let value = structured(field.value, "graph attribute '\(name)'") else { continue }
        guard case .array(let items) = value.content else {
          diagnostics.append(.error("graph attribute '\(name)' must be a list of records", at: value.location))
          continue
        }
        tables[name] = items
      default:
        drop("graph attribute '\(field.name)'", at: field.value.location)
      }
    }
    let entities = graph.nodes.map { entity($0) }
    var relations: [LocatedValue] = []
    var ids = Set(graph.edges.compactMap(\.id))
    var next = 1
    for edge in graph.edges {
      var id = edge.id
      if id == nil || id?.isEmpty == true {
        while ids.contains("e\(next)") { next += 1 }
        id = "e\(next)"
        ids.insert("e\(next)")
      }
      relations.append(relation(edge, id: id ?? ""))
    }
    top.append(("sources", .list(sources(declared: tables["sources"] ?? []), at: root)))
    top.append(("topics", .list(topicList(declared: tables["topics"] ?? []), at: root)))
    top.append(("entity-kinds", .list(entityKindList(declared: tables["entity-kinds"] ?? []), at: root)))
    top.append(("relation-kinds", .list(relationKindList(declared: tables["relation-kinds"] ?? []), at: root)))
    top.append(("entities", .list(entities, at: root)))
    top.append(("relations", .list(relations, at: root)))
    reportDropped()
    return .record(top, at: root)
  }

  private mutating func reportDropped() {
    for item in dropped {
      let times = item.count == 1 ? "" : " (\(item.count) times)"
      diagnostics.append(
        .warning(
          "\(item.name) has no place in a Clout network and was dropped\(times)", at: item.at,
          hint: "docs/INTEROP.md lists what each format's attributes become"))
    }
    if weightsOutOfRange > 0 {
      diagnostics.append(
        .warning(
          "edge weights are not all in 0…1, so they cannot be strengths: \(weightsOutOfRange) weight(s) were dropped",
          at: firstWeightOutOfRange,
          hint: "analysis commands read this file's weights as given; the imported network keeps kinds' strengths"))
    }
  }

  // MARK: Entities

  private mutating func entity(_ node: ImportedGraph.Node) -> LocatedValue {
    let at = node.location
    var f: [(String, LocatedValue)] = [("id", .text(node.id, at: at))]
    if let kind = node.field("kind")?.scalarText ?? node.field("type")?.scalarText {
      let id = normalisedEntityKind(kind.trimmed)
      useEntityKind(id)
      f.append(("kind", .text(id, at: at)))
    } else {
      let id = options.entityKind ?? ImportOptions.defaultEntityKind
      useEntityKind(id)
      f.append(("kind", .text(id, at: at)))
    }
    let labelField = node.field("label") != nil ? "label" : "name"
    if let name = node.field(labelField), name.scalarText != nil { f.append(("name", textual(name))) }
    var names: [(String, LocatedValue)] = []
    var attributes: [(String, LocatedValue)] = []
    for field in node.fields {
      switch field.name {
      case "kind", "label", labelField: continue
      case "type" where node.field("kind") == nil: continue
      case "aliases":
        if let v = structured(field.value, "node '\(node.id)': 'aliases'", list: true) { f.append(("aliases", v)) }
      case "role", "affiliation", "note":
        if field.value.scalarText != nil { f.append((field.name, textual(field.value))) }
      default:
        if let language = InteropVocabulary.language(ofNameField: field.name) {
          if field.value.scalarText != nil { names.append((language, textual(field.value))) }
        } else if field.value.scalarText != nil || !field.value.isScalar {
          var key = field.name
          if key.hasPrefix(InteropVocabulary.attributePrefix) {
            key = String(key.dropFirst(InteropVocabulary.attributePrefix.count))
          }
          attributes.append((key, textual(field.value)))
        }
      }
    }
    if !names.isEmpty { f.append(("names", .record(names, at: at))) }
    if !attributes.isEmpty { f.append(("attributes", .record(attributes, at: at))) }
    return .record(f, at: at)
  }

  private func normalisedEntityKind(_ text: String) -> String {
    EntityKind.builtIn.first { $0.id == text.lowercased() }?.id ?? text
  }

  private mutating func useEntityKind(_ id: String) {
    if !EntityKind.builtIn.contains(EntityKind(id)), !entityKinds.contains(id) { entityKinds.append(id) }
  }

  // MARK: Relations

  private mutating func relation(_ edge: ImportedGraph.Edge, id: String) -> LocatedValue {
    let at = edge.location
    let directed = edge.directed ?? graph.directed
    let kind: String
    if let named = ImportMapper.kindText(of: edge) {
      kind = named
      useRelationKind(named, directed: directed, fromEdges: true)
    } else {
      kind =
        options.relationKind
        ?? (directed ? ImportOptions.directedRelationKind : ImportOptions.undirectedRelationKind)
      useRelationKind(kind, directed: directed, fromEdges: false)
    }
    var f: [(String, LocatedValue)] = [
      ("id", .text(id, at: at)), ("from", .text(edge.source, at: at)), ("to", .text(edge.target, at: at)),
      ("kind", .text(kind, at: at)),
    ]
    var cited = false
    for field in edge.fields {
      switch field.name {
      case "kind": continue
      case "type":
        if edge.field("kind") != nil, let t = field.value.scalarText, InteropVocabulary.direction(ofType: t) == nil {
          drop("edge attribute 'type'", at: field.value.location)
        }
      case "strength", "confidence":
        if field.value.scalarText != nil { f.append((field.name, numeric(field.value))) }
      case "weight":
        weight(field.value, edge: edge, into: &f)
      case "date", "start", "end", "lasts", "status", "place", "note":
        if field.value.scalarText != nil { f.append((field.name, textual(field.value))) }
      case "about":
        if let v = structured(field.value, "edge '\(id)': 'about'", list: true) {
          f.append(("about", v))
          for topic in Self.texts(in: v) where !topics.contains(topic) { topics.append(topic) }
        }
      case "sources":
        guard let v = structured(field.value, "edge '\(id)': 'sources'") else { continue }
        guard case .array(let items) = v.content, !items.isEmpty else {
          if field.value.scalarText != nil {
            diagnostics.append(
              .error(
                "edge '\(id)': 'sources' must be a list of citations ({source, quote})", at: field.value.location,
                hint: "write it as JSON, [{\"source\": \"id\", \"quote\": \"…\"}], or rename the attribute"))
          }
          continue
        }
        cited = true
        f.append(("sources", v))
        for item in items {
          if case .object(let fields) = item.content,
            let source = fields.first(where: { $0.key == "source" })?.value.scalarText,
            !citedSources.contains(source)
          {
            citedSources.append(source)
          }
        }
      case "label":
        if field.value.scalarText != kind, field.value.scalarText != nil {
          drop("edge attribute 'label'", at: field.value.location)
        }
      case "id", "key":
        continue
      default:
        drop("edge attribute '\(field.name)'", at: field.value.location)
      }
    }
    if !cited {
      uncited = true
      f.append(
        (
          "sources",
          .list(
            [.record([("source", .text(syntheticSourceID, at: at)), ("quote", .text(edge.text, at: at))], at: at)],
            at: at)
        ))
    }
    return .record(f, at: at)
  }

  private mutating func weight(_ value: LocatedValue, edge: ImportedGraph.Edge, into f: inout [(String, LocatedValue)])
  {
    guard !graph.declaresStrength, edge.field("strength") == nil, let text = value.scalarText else { return }
    guard let w = Double(text.trimmed), w.isFinite else {
      diagnostics.append(
        .error("edge weight '\(text)' is not a number", at: value.location, hint: "give a number, e.g. 0.5"))
      return
    }
    if weightsAreStrengths {
      f.append(("strength", LocatedValue(.scalar(text.trimmed, quoted: false), at: value.location)))
    } else {
      weightsOutOfRange += 1
      if firstWeightOutOfRange == nil { firstWeightOutOfRange = value.location }
    }
  }

  private mutating func useRelationKind(_ id: String, directed: Bool, fromEdges: Bool) {
    if !relationKinds.contains(where: { $0.id == id }) { relationKinds.append((id, directed, fromEdges)) }
  }

  private static func texts(in value: LocatedValue) -> [String] {
    switch value.content {
    case .scalar: return value.scalarText.map { [$0] } ?? []
    case .array(let items): return items.compactMap(\.scalarText)
    case .object: return []
    }
  }

  // MARK: Declarations

  /// The id of the source standing for the imported file: `imported-` and the file's stem.
  private static func syntheticSourceID(_ fileName: String) -> String {
    let stem = fileName.split(separator: ".").first.map(String.init) ?? "file"
    let kebab = stem.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    return "imported-" + String(kebab)
  }

  private static func ids(in records: [LocatedValue]) -> [String] {
    records.compactMap { record in
      guard case .object(let fields) = record.content else { return nil }
      return fields.first { $0.key == "id" }?.value.scalarText
    }
  }

  private mutating func sources(declared: [LocatedValue]) -> [LocatedValue] {
    var out = declared
    let known = Set(Self.ids(in: declared))
    let missing = citedSources.filter { !known.contains($0) }
    if !missing.isEmpty {
      diagnostics.append(
        .warning(
          "\(missing.count) cited source(s) have no record in the file and are known only by their ids: "
            + Self.list(missing), at: root,
          hint: "GraphML and JSON keep source records; add titles to the imported network by hand"))
      for id in missing {
        out.append(
          .record(
            [
              ("id", .text(id, at: root)), ("title", .text(id, at: root)),
              ("note", .text("Known only by its id: \(fileName) holds no record of this source.", at: root)),
            ], at: root))
      }
    }
    if uncited {
      out.append(
        .record(
          [
            ("id", .text(syntheticSourceID, at: root)), ("title", .text(fileName, at: root)),
            ("file", .text(fileName, at: root)),
            (
              "note",
              .text(
                "The imported file itself. Its edges came without citations, so each relation cites its own "
                  + "element, record or object in the file, verbatim.", at: root)
            ),
          ], at: root))
    }
    return out
  }

  private mutating func topicList(declared: [LocatedValue]) -> [LocatedValue] {
    var out = declared
    let known = Set(Self.ids(in: declared))
    let missing = topics.filter { !known.contains($0) }
    if !missing.isEmpty {
      diagnostics.append(
        .warning(
          "\(missing.count) topic(s) have no record in the file and are named by their ids: " + Self.list(missing),
          at: root))
      for id in missing { out.append(.record([("id", .text(id, at: root)), ("name", .text(id, at: root))], at: root)) }
    }
    return out
  }

  private mutating func entityKindList(declared: [LocatedValue]) -> [LocatedValue] {
    var out = declared
    let known = Set(Self.ids(in: declared))
    for id in entityKinds where !known.contains(id) {
      let description =
        id == (options.entityKind ?? ImportOptions.defaultEntityKind)
        ? "a node of \(fileName) that names no kind" : "declared by the import of \(fileName)"
      out.append(.record([("id", .text(id, at: root)), ("description", .text(description, at: root))], at: root))
    }
    return out
  }

  private mutating func relationKindList(declared: [LocatedValue]) -> [LocatedValue] {
    var out = declared
    let known = Set(Self.ids(in: declared))
    var named: [String] = []
    for use in relationKinds where !known.contains(use.id) && !RelationKindRegistry.isBuiltIn(use.id) {
      if use.fromEdges { named.append(use.id) }
      let description =
        use.fromEdges
        ? "declared by the import of \(fileName)"
        : "an \(use.directed ? "" : "un")directed edge of \(fileName) that names no kind"
      out.append(
        .record(
          [
            ("id", .text(use.id, at: root)),
            ("influence", .text(use.directed ? "forward" : "mutual", at: root)),
            ("polarity", .text("neutral", at: root)),
            ("symmetric", LocatedValue(.scalar(use.directed ? "false" : "true", quoted: false), at: root)),
            ("strength", LocatedValue(.scalar("0.5", quoted: false), at: root)),
            ("description", .text(description, at: root)),
          ], at: root))
    }
    if !named.isEmpty {
      diagnostics.append(
        .warning(
          "relation kind(s) \(Self.list(named)) are not built in and were declared as neutral, strength 0.5, "
            + "influence along the edge", at: root,
          hint: "edit 'relation-kinds:' in the imported network to give them their real meaning"))
    }
    return out
  }

  private static func list(_ ids: [String]) -> String {
    let shown = ids.prefix(6).map { "'\($0)'" }.joined(separator: ", ")
    return ids.count > 6 ? shown + " and \(ids.count - 6) more" : shown
  }
}

extension LocatedValue {
  fileprivate var isScalar: Bool {
    if case .scalar = content { return true }
    return false
  }
}
