import Clout

/// Writes a network in Clout's own schema (docs/FORMAT.md), as YAML or JSON. Reading the output
/// back gives the same network (ids, fields, order and citations).
public enum NetworkEncoder {
  public static func encode(_ network: Network, as format: NetworkFormat) -> String {
    let tree = tree(network)
    switch format {
    case .yaml: return YAMLWriter.write(tree)
    case .json: return tree.json()
    }
  }

  /// The ordered value tree of a network, in the field order of docs/FORMAT.md.
  public static func tree(_ network: Network) -> OutputValue {
    var top: [(String, OutputValue)] = [("clout", .number(1))]
    if let t = network.title { top.append(("title", .string(t))) }
    if let d = network.description { top.append(("description", .string(d))) }
    top.append(("sources", .array(network.sources.map(source))))
    top.append(("topics", .array(network.topics.map(topic))))
    if !network.entityKinds.isEmpty {
      top.append(
        (
          "entity-kinds",
          .array(
            network.entityKinds.keys.sorted().map { k in
              .object([("id", .string(k.id)), ("description", .string(network.entityKinds[k] ?? ""))])
            })
        ))
    }
    let declared = network.relationKinds.kinds.filter { kind in
      !RelationKind.builtIn.contains(kind)
    }
    if !declared.isEmpty { top.append(("relation-kinds", .array(declared.map(relationKind)))) }
    top.append(("entities", .array(network.entities.map(entity))))
    top.append(("relations", .array(network.relations.map(relation))))
    if !network.stories.isEmpty { top.append(("stories", .array(network.stories.map(StoryEncoder.story)))) }
    if !network.groups.isEmpty { top.append(("groups", .array(network.groups.map(group)))) }
    return .object(top)
  }

  private static func group(_ g: EntityGroup) -> OutputValue {
    var f: [(String, OutputValue)] = [("id", .string(g.id)), ("name", .string(g.name))]
    if !g.names.isEmpty { f.append(("names", names(g.names))) }
    f.append(("members", .array(g.members.map { .string($0) })))
    if let v = g.color { f.append(("color", .string(v))) }
    if let v = g.note { f.append(("note", .string(v))) }
    return .object(f)
  }

  private static func names(_ names: [String: String]) -> OutputValue {
    .object(
      names.keys.sorted { ($0 == "en" ? "" : $0) < ($1 == "en" ? "" : $1) }.map { ($0, .string(names[$0] ?? "")) })
  }

  private static func source(_ s: Source) -> OutputValue {
    var f: [(String, OutputValue)] = [("id", .string(s.id)), ("title", .string(s.title))]
    if s.kind != .article { f.append(("kind", .string(s.kind.rawValue))) }
    if let v = s.outlet { f.append(("outlet", .string(v))) }
    if let v = s.author { f.append(("author", .string(v))) }
    if let v = s.date { f.append(("date", .string(v.description))) }
    if let v = s.language { f.append(("language", .string(v))) }
    if let v = s.url { f.append(("url", .string(v))) }
    if let v = s.file { f.append(("file", .string(v))) }
    if let v = s.note { f.append(("note", .string(v))) }
    return .object(f)
  }

  private static func topic(_ t: Topic) -> OutputValue {
    var f: [(String, OutputValue)] = [("id", .string(t.id)), ("name", .string(t.name))]
    if !t.names.isEmpty { f.append(("names", names(t.names))) }
    if let v = t.note { f.append(("note", .string(v))) }
    return .object(f)
  }

  private static func relationKind(_ k: RelationKind) -> OutputValue {
    .object(
      [
        ("id", .string(k.id)), ("influence", .string(k.influence.rawValue)), ("polarity", .string(k.polarity.rawValue)),
        ("symmetric", .bool(k.symmetric)), ("strength", .number(k.defaultStrength)),
        ("description", .string(k.description)),
      ] + (k.onward ? [] : [("onward", .bool(false))]) + (k.names.isEmpty ? [] : [("names", names(k.names))]))
  }

  private static func entity(_ e: Entity) -> OutputValue {
    var f: [(String, OutputValue)] = [("id", .string(e.id)), ("kind", .string(e.kind.id)), ("name", .string(e.name))]
    if !e.names.isEmpty { f.append(("names", names(e.names))) }
    if !e.aliases.isEmpty { f.append(("aliases", .array(e.aliases.map { .string($0) }))) }
    if let v = e.role { f.append(("role", .string(v))) }
    if let v = e.affiliation { f.append(("affiliation", .string(v))) }
    if !e.attributes.isEmpty {
      f.append(("attributes", .object(e.attributes.keys.sorted().map { ($0, .string(e.attributes[$0] ?? "")) })))
    }
    if let v = e.note { f.append(("note", .string(v))) }
    return .object(f)
  }

  private static func relation(_ r: Relation) -> OutputValue {
    var f: [(String, OutputValue)] = [
      ("id", .string(r.id)), ("from", .string(r.from)), ("to", .string(r.to)), ("kind", .string(r.kind)),
    ]
    if !r.about.isEmpty { f.append(("about", .array(r.about.map { .string($0) }))) }
    if let v = r.date { f.append(("date", .string(v.description))) }
    if let v = r.start { f.append(("start", .string(v.description))) }
    if let v = r.end { f.append(("end", .string(v.description))) }
    if let v = r.lasts { f.append(("lasts", .string(v.description))) }
    f.append(("status", .string(r.status.rawValue)))
    if let v = r.confidence { f.append(("confidence", .number(v))) }
    if let v = r.strength { f.append(("strength", .number(v))) }
    if let v = r.place { f.append(("place", .string(v))) }
    if let v = r.note { f.append(("note", .string(v))) }
    f.append(
      (
        "sources",
        .array(
          r.citations.map { c in
            var cf: [(String, OutputValue)] = [("source", .string(c.source)), ("quote", .string(c.quote))]
            if let n = c.note { cf.append(("note", .string(n))) }
            return .object(cf)
          })
      ))
    return .object(f)
  }
}
