import Clout

/// Writes a network as the CSV files `neo4j-admin database import` reads: an entities file with
/// an `id:ID(Entity)` column and `:LABEL`s, and a relations file with `:START_ID(Entity)`,
/// `:END_ID(Entity)` and `:TYPE`, every other column typed in its header (`strength:double`,
/// `aliases:string[]`, `first_day:date`…). Fields are those of `CypherWriter`; citations are the
/// parallel arrays `sources` and `quotes`.
///
/// Arrays are joined with the first of `;`, `|`, `¦` that no array element contains; when it is not
/// `;`, the import command needs `--array-delimiter`, which the notes give. Multi-line values need
/// `--multiline-fields=true`, also noted. Cost: O(n + m) plus the size of the values.
package enum Neo4jImportCSV {
  package struct Output: Sendable {
    package var entities: String
    package var relations: String
    /// Options `neo4j-admin database import` needs for these files.
    package var importOptions: [String]
  }

  package static func write(_ network: Network, scores: NodeScores = NodeScores()) -> Output {
    let graph = ExportGraph(network, scores: scores)
    var arrays: [[String]] = graph.nodes.map { ["Entity", CypherWriter.label(ofKind: kind(of: $0))] }
    for node in graph.nodes {
      for field in node.fields { if case .list(let items) = field.value { arrays.append(items) } }
    }
    for edge in graph.edges {
      for field in edge.fields { if case .list(let items) = field.value { arrays.append(items) } }
      arrays.append(edge.relation.citations.map(\.source))
      arrays.append(edge.relation.citations.map(\.quote))
    }
    let delimiter = [";", "|", "¦"].first { d in !arrays.contains { $0.contains { $0.contains(d) } } } ?? ";"
    var multiline = false
    func cell(_ s: String) -> String {
      if s.contains("\n") || s.contains("\r") { multiline = true }
      return CSVTable.cell(s)
    }
    func joined(_ items: [String]) -> String { items.joined(separator: delimiter) }

    let nodeColumns = ExportGraph.columns(graph.nodes.map { $0.fields.filter { $0.name != "label" } })
    var entities =
      (["id:ID(Entity)", ":LABEL", "name"] + nodeColumns.map { header($0.name, $0.sample) }).map(cell).joined(
        separator: ",") + "\n"
    for node in graph.nodes {
      var cells = [node.id, joined(["Entity", CypherWriter.label(ofKind: kind(of: node))])]
      cells.append(node.fields.first { $0.name == "label" }?.value.text ?? node.id)
      for column in nodeColumns { cells.append(text(node.fields.first { $0.name == column.name }?.value, joined)) }
      entities += cells.map(cell).joined(separator: ",") + "\n"
    }

    let edgeColumns = ExportGraph.columns(graph.edges.map { $0.fields.filter { $0.name != "sources" } })
    var relations =
      ([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id"] + edgeColumns.map { header($0.name, $0.sample) }
      + ["first_day:date", "last_day:date", "sources:string[]", "quotes:string[]"]).map(cell).joined(separator: ",")
      + "\n"
    for edge in graph.edges {
      let r = edge.relation
      var cells = [edge.source, edge.target, CypherWriter.relationshipType(ofKind: edge.kind), edge.id]
      for column in edgeColumns { cells.append(text(edge.fields.first { $0.name == column.name }?.value, joined)) }
      cells.append((r.date ?? r.start).map { DayText.iso($0.lowerBound) } ?? "")
      cells.append((r.date ?? r.end).map { DayText.iso($0.upperBound) } ?? "")
      cells.append(joined(r.citations.map(\.source)))
      cells.append(joined(r.citations.map(\.quote)))
      relations += cells.map(cell).joined(separator: ",") + "\n"
    }
    var options: [String] = []
    if delimiter != ";" { options.append("--array-delimiter=\(delimiter)") }
    if multiline { options.append("--multiline-fields=true") }
    return Output(entities: entities, relations: relations, importOptions: options)
  }

  private static func kind(of node: ExportGraph.Node) -> String {
    node.fields.first { $0.name == "kind" }?.value.text ?? ""
  }

  private static func header(_ name: String, _ sample: InteropValue) -> String {
    let safe = name.contains(":") ? name.split(separator: ":").joined(separator: "_") : name
    switch sample {
    case .double: return safe + ":double"
    case .integer: return safe + ":long"
    case .boolean: return safe + ":boolean"
    case .list: return safe + ":string[]"
    case .string, .structured: return safe
    }
  }

  private static func text(_ value: InteropValue?, _ joined: ([String]) -> String) -> String {
    guard let value else { return "" }
    if case .list(let items) = value { return joined(items) }
    return value.text
  }
}
