import ArgumentParser
import Clout
import CloutIO

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show an actor's card: names, role, affiliation and every relation in and out, with evidence.",
    discussion: """
      ENTITY is an id, a name or alias in any language (case- and width-insensitive), or a unique \
      part of one, such as a surname: `clout show lutnick`, `clout show ラトニック`.
      """)

  @Argument(help: "The entity: id, name, alias or a unique part of one.")
  var entity: String

  @OptionGroup var input: NetworkArgument

  @Option(help: "Output format: table or json.")
  var format: OutputFormat = .table

  func run() throws {
    let network = try input.load().network
    let e = try EntityLookup.resolve(entity, in: network)
    let card = EntityCard(entity: e, network: network)
    switch format {
    case .json: print(card.tree().json(), terminator: "")
    case .table, .csv: print(card.text(), terminator: "")
    }
  }
}

/// Everything the network says about one entity.
struct EntityCard {
  let entity: Entity
  let network: Network

  var outgoing: [Relation] { network.relations(from: entity.id) }
  var incoming: [Relation] { network.relations(to: entity.id) }
  var members: [Entity] { network.entities.filter { $0.affiliation == entity.id } }

  func text() -> String {
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

  func tree() -> OutputValue {
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

/// A relation as JSON output, with its citations.
enum RelationJSON {
  static func tree(_ r: Relation) -> OutputValue {
    .object([
      ("id", .string(r.id)), ("from", .string(r.from)), ("kind", .string(r.kind)), ("to", .string(r.to)),
      ("date", r.when.map { .string($0) } ?? .null), ("status", .string(r.status.rawValue)),
      ("confidence", r.confidence.map { .number($0) } ?? .null), ("strength", r.strength.map { .number($0) } ?? .null),
      ("about", .array(r.about.map { .string($0) })), ("place", r.place.map { .string($0) } ?? .null),
      ("note", r.note.map { .string($0) } ?? .null),
      (
        "sources",
        .array(r.citations.map { .object([("source", .string($0.source)), ("quote", .string($0.quote))]) })
      ),
    ])
  }
}
