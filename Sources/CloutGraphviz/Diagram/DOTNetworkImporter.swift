import Clout
import Foundation

/// Turns a DOT graph into a `Network`: nodes become entities, edges relations.
///
/// Mapping (attributes as `DiagramBuilder` writes them, so its output reads back):
/// - node: id = node name; `kind` (else `defaultEntityKind`; kinds beyond the built-in ones are
///   declared in `entityKinds`); name = `name`, else the label's text (not HTML, not `\N`), else
///   the id; `name_<lang>` → names; `role`; `affiliation` (must name a node of the graph);
/// - edge: id = key, else `id`, else `e1`, `e2`… in edge order; `kind` (else `defaultRelationKind`;
///   must be in `relationKinds`); `status` (a `RelationStatus`, default active); `date`, `start`,
///   `end` (ISO, partial allowed); `strength`, `confidence` (numbers in 0…1); `about`
///   (comma-separated topic ids, declared as topics named by their id); `note`.
/// Labels, colours and shapes are presentation and are not read back; DOT has no sources, so the
/// relations come uncited. Undirected graphs give relations from tail to head as written.
/// Every unmappable value is reported at once. Cost: O(n + m).
public struct DOTNetworkImporter: Sendable {
  /// The kind of nodes without a `kind` attribute.
  public var defaultEntityKind: EntityKind
  /// The kind of edges without a `kind` attribute; nil makes such edges an error.
  public var defaultRelationKind: String?
  /// The relation kinds edges may use.
  public var relationKinds: RelationKindRegistry

  public init(
    defaultEntityKind: EntityKind = .organization, defaultRelationKind: String? = nil,
    relationKinds: RelationKindRegistry = RelationKindRegistry()
  ) {
    self.defaultEntityKind = defaultEntityKind
    self.defaultRelationKind = defaultRelationKind
    self.relationKinds = relationKinds
  }

  /// Reads DOT text through Graphviz and maps it.
  ///
  /// - Throws: `DOTImportError.graphviz` when Graphviz cannot read the text,
  ///   `.unmappable` with every problem otherwise.
  public func network(fromDOT text: String) throws(DOTImportError) -> Network {
    let parsed: ParsedDOT
    do {
      parsed = try Graphviz.shared.parse(dot: text)
    } catch {
      throw .graphviz(error)
    }
    return try network(from: parsed.graph)
  }

  /// Maps a parsed graph.
  ///
  /// - Throws: `DOTImportError.unmappable` with every problem.
  public func network(from graph: DOTGraph) throws(DOTImportError) -> Network {
    var problems: [DOTImportProblem] = []
    var network = Network(title: graph.attributes["label"].flatMap(plainText), relationKinds: relationKinds)
    let nodeIDs = Set(graph.nodes.map(\.id))
    for node in graph.nodes where graph.value("clout", of: node)?.string != "legend" {
      let element = "node " + DOTEscaping.id(node.id)
      let kind = graph.value("kind", of: node).map { EntityKind($0.string) } ?? defaultEntityKind
      if kind.id.isEmpty {
        problems.append(DOTImportProblem(element: element, message: "empty kind", hint: "give a kind such as person"))
      } else if !EntityKind.builtIn.contains(kind), network.entityKinds[kind] == nil {
        network.entityKinds[kind] = "declared by DOT import"
      }
      var names: [String: String] = [:]
      for (attribute, value) in node.attributes where attribute.hasPrefix("name_") {
        names[String(attribute.dropFirst("name_".count))] = DOTEscaping.displayText(ofEscString: value.string)
      }
      let affiliation = graph.value("affiliation", of: node)?.string
      if let affiliation, !nodeIDs.contains(affiliation) {
        problems.append(
          DOTImportProblem(
            element: element, message: "affiliation '\(affiliation)' is not a node of the graph",
            hint: "add a node \(DOTEscaping.id(affiliation)) or remove the attribute"))
      }
      let name =
        graph.value("name", of: node).map { DOTEscaping.displayText(ofEscString: $0.string) }
        ?? graph.value("label", of: node).flatMap { label in plainText(label, objectName: node.id) } ?? node.id
      network.add(
        Entity(
          id: node.id, kind: kind, name: name, names: names,
          role: graph.value("role", of: node).map { DOTEscaping.displayText(ofEscString: $0.string) },
          affiliation: affiliation))
    }
    var relationIDs: Set<String> = []
    for (index, edge) in graph.edges.enumerated() {
      let element =
        "edge " + DOTEscaping.id(edge.tail) + " -> " + DOTEscaping.id(edge.head)
        + (edge.key.map { " (key \($0), #\(index + 1))" } ?? " (#\(index + 1))")
      var id = edge.key ?? graph.value("id", of: edge)?.string ?? "e\(index + 1)"
      if edge.key == nil, relationIDs.contains(id) { id = "e\(index + 1)" }
      if !relationIDs.insert(id).inserted {
        problems.append(
          DOTImportProblem(element: element, message: "relation id '\(id)' is used twice", hint: "give unique keys"))
      }
      if let relation = relation(edge, id: id, graph: graph, element: element, problems: &problems) {
        for topic in relation.about where network.topic(topic) == nil { network.add(Topic(id: topic, name: topic)) }
        network.add(relation)
      }
    }
    if !problems.isEmpty { throw .unmappable(problems) }
    return network
  }

  private func relation(
    _ edge: DOTEdge, id: String, graph: DOTGraph, element: String, problems: inout [DOTImportProblem]
  ) -> Relation? {
    let count = problems.count
    func text(_ name: String) -> String? { graph.value(name, of: edge)?.string }
    let kind = text("kind") ?? defaultRelationKind
    if let kind {
      if !relationKinds.contains(kind) {
        let known = relationKinds.kinds.map(\.id).joined(separator: ", ")
        problems.append(
          DOTImportProblem(element: element, message: "unknown relation kind '\(kind)'", hint: "use one of \(known)"))
      }
    } else {
      problems.append(
        DOTImportProblem(
          element: element, message: "no kind attribute",
          hint: "add kind=… to the edge, or give a default relation kind"))
    }
    var status = RelationStatus.active
    if let value = text("status") {
      if let parsed = RelationStatus(rawValue: value) {
        status = parsed
      } else {
        let known = RelationStatus.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(
          DOTImportProblem(element: element, message: "unknown status '\(value)'", hint: "use one of \(known)"))
      }
    }
    func date(_ name: String) -> PartialDate? {
      guard let value = text(name) else { return nil }
      guard let date = PartialDate(value) else {
        problems.append(
          DOTImportProblem(
            element: element, message: "\(name) '\(value)' is not a date", hint: "write YYYY, YYYY-MM or YYYY-MM-DD"))
        return nil
      }
      return date
    }
    func fraction(_ name: String) -> Double? {
      guard let value = text(name) else { return nil }
      guard let x = Double(value), (0...1).contains(x) else {
        problems.append(
          DOTImportProblem(element: element, message: "\(name) '\(value)' is not a number between 0 and 1"))
        return nil
      }
      return x
    }
    let relation = Relation(
      id: id, from: edge.tail, to: edge.head, kind: kind ?? "", strength: fraction("strength"), date: date("date"),
      start: date("start"), end: date("end"), status: status, confidence: fraction("confidence"),
      about: (text("about") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      },
      note: text("note").map { DOTEscaping.displayText(ofEscString: $0) })
    return problems.count == count ? relation : nil
  }

  /// The text a plain (non-HTML) label shows; nil for HTML labels and the `\N` default.
  private func plainText(_ value: DOTValue, objectName: String) -> String? {
    guard case .text(let label) = value, label != "\\N", !label.isEmpty else { return nil }
    return DOTEscaping.displayText(ofEscString: label, objectName: objectName)
  }

  private func plainText(_ value: DOTValue) -> String? { plainText(value, objectName: "") }
}
