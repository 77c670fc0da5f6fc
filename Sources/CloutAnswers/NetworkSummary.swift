import Clout
import CloutIO

/// What a network holds, at a glance (`clout info`): entities and relations by kind, relations by
/// status, the date range, sources, and the weakly connected components of every relation,
/// whatever its status. Cost: O(n + m).
public struct NetworkSummary: Sendable {
  public let network: Network
  /// Counts by kind, most frequent first (ties by name); likewise for relations and statuses.
  public let entityKinds: [(String, Int)]
  public let relationKinds: [(String, Int)]
  public let statuses: [(String, Int)]
  public let firstDate: PartialDate?
  public let lastDate: PartialDate?
  /// Sizes of the weakly connected components, largest first.
  public let components: [Int]
  /// Entities in no relation.
  public let isolated: Int

  public init(_ network: Network) {
    self.network = network
    entityKinds = Self.counts(network.entities.map(\.kind.id))
    relationKinds = Self.counts(network.relations.map(\.kind))
    statuses = Self.counts(network.relations.map(\.status.rawValue))
    let dates = network.relations.flatMap { [$0.date, $0.start, $0.end].compactMap { $0 } }
    firstDate = dates.min()
    lastDate = dates.max()
    let graph = RelationGraph(network, filter: RelationFilter(statuses: Set(RelationStatus.allCases))).graph
    let sizes = graph.weaklyConnectedComponents().sizes().sorted(by: >)
    components = sizes
    isolated = (0..<graph.vertexCount).filter { graph.outDegree($0) + graph.inDegree($0) == 0 }.count
  }

  private static func counts(_ items: [String]) -> [(String, Int)] {
    var c: [String: Int] = [:]
    for i in items { c[i, default: 0] += 1 }
    return c.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
  }

  /// The summary as text; `origin` names the file.
  public func text(origin: String) -> String {
    var out = "\(network.title ?? origin)\n"
    if network.title != nil { out += "  file: \(origin)\n" }
    out += "\nentities: \(network.entities.count)\n"
    for (k, n) in entityKinds { out += "  \(k.padding(16))\(n)\n" }
    out += "\nrelations: \(network.relations.count)\n"
    for (k, n) in relationKinds { out += "  \(k.padding(16))\(n)\n" }
    out += "\nstatus:\n"
    for (k, n) in statuses { out += "  \(k.padding(16))\(n)\n" }
    out += "\ndates: \(firstDate.map(\.description) ?? "none")\(lastDate.map { " … \($0)" } ?? "")\n"
    out += "topics: \(network.topics.count)\n"
    out += "sources: \(network.sources.count)\n"
    for s in network.sources {
      let outlet = (s.isReference ? "reference: " : "") + (s.outlet ?? "")
      out += "  \(s.id.padding(28))\(s.date.map(\.description) ?? "")  \(outlet)\n"
    }
    out +=
      "\nconnected components: \(components.count) (largest \(components.first ?? 0) entities"
      + (isolated > 0 ? ", \(isolated) without relations)\n" : ")\n")
    return out
  }

  /// The summary as a JSON tree; `origin` names the file.
  public func tree(origin: String) -> OutputValue {
    func map(_ pairs: [(String, Int)]) -> OutputValue { .object(pairs.map { ($0.0, OutputValue.int($0.1)) }) }
    let sources: [OutputValue] = network.sources.map { s in
      .object([
        ("id", .string(s.id)), ("kind", .string(s.kind.rawValue)), ("title", .string(s.title)),
        ("outlet", .text(s.outlet)),
        ("date", .text(s.date?.description)),
      ])
    }
    var fields: [(String, OutputValue)] = [("file", .string(origin)), ("title", .text(network.title))]
    fields.append(("entities", .int(network.entities.count)))
    fields.append(("entities_by_kind", map(entityKinds)))
    fields.append(("relations", .int(network.relations.count)))
    fields.append(("relations_by_kind", map(relationKinds)))
    fields.append(("relations_by_status", map(statuses)))
    fields.append(("first_date", .text(firstDate?.description)))
    fields.append(("last_date", .text(lastDate?.description)))
    fields.append(("topics", .int(network.topics.count)))
    fields.append(("sources", .array(sources)))
    fields.append(("connected_components", .int(components.count)))
    fields.append(("component_sizes", .array(components.map(OutputValue.int))))
    fields.append(("entities_without_relations", .int(isolated)))
    return .object(fields)
  }
}
