import Clout
import CloutIO

/// Everything the network says about one entity.
public struct EntityCard {
  public let entity: Entity
  public let network: Network

  public init(entity: Entity, network: Network) {
    self.entity = entity
    self.network = network
  }

  public var outgoing: [Relation] { network.relations(from: entity.id) }
  public var incoming: [Relation] { network.relations(to: entity.id) }
  public var members: [Entity] { network.entities.filter { $0.affiliation == entity.id } }

  public func text() -> String {
    let e = entity
    var out = "\(e.name)  [\(e.id)]  \(e.kind)\n"
    for lang in e.names.keys.sorted() where e.names[lang] != e.name {
      out += "  \(lang): \(e.names[lang] ?? "")\n"
    }
    if !e.aliases.isEmpty { out += "  also: \(e.aliases.joined(separator: ", "))\n" }
    if let role = e.role { out += "  role: \(role)\n" }
    if let a = e.affiliation { out += "  affiliation: \(network.entity(a)?.name ?? a) [\(a)]\n" }
    for (k, v) in e.attributes.sorted(by: { $0.key < $1.key }) { out += "  \(k): \(v)\n" }
    if !members.isEmpty { out += "  members: \(members.map(\.id).joined(separator: ", "))\n" }
    out += "\nout (\(outgoing.count)):\n"
    for r in outgoing { out += line(r, other: r.to, arrow: "→") }
    out += "\nin (\(incoming.count)):\n"
    for r in incoming { out += line(r, other: r.from, arrow: "←") }
    return out
  }

  private func line(_ r: Relation, other: String, arrow: String) -> String {
    let name = network.entity(other)?.name ?? other
    var out = "  \(arrow) \(r.kind) \(name) [\(other)]"
    var facts: [String] = []
    if let when = r.when { facts.append(when) }
    facts.append(r.status.rawValue)
    if let c = r.confidence { facts.append("confidence \(c)") }
    if !r.about.isEmpty { facts.append("about " + r.about.joined(separator: ", ")) }
    if let p = r.place { facts.append("in \(p)") }
    out += "  (" + facts.joined(separator: "; ") + ")\n"
    if let note = r.note { out += "      \(note)\n" }
    for c in r.citations {
      let s = network.source(c.source)
      let cite =
        (s?.isReference == true ? "reference: " : "")
        + [s?.outlet, s?.date?.description].compactMap { $0 }.joined(separator: ", ")
      out += "      “\(c.quote)” — \(cite.isEmpty ? c.source : cite) [\(c.source)]\n"
    }
    return out
  }

  public func tree() -> OutputValue {
    let e = entity
    return .object([
      ("id", .string(e.id)), ("kind", .string(e.kind.id)), ("name", .string(e.name)),
      ("names", .object(e.names.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
      ("aliases", .array(e.aliases.map { .string($0) })),
      ("role", e.role.map { .string($0) } ?? .null),
      ("affiliation", e.affiliation.map { .string($0) } ?? .null),
      ("members", .array(members.map { .string($0.id) })),
      ("outgoing", .array(outgoing.map(RelationJSON.tree))),
      ("incoming", .array(incoming.map(RelationJSON.tree))),
    ])
  }
}
