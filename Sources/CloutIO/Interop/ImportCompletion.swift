import Clout

extension ImportMapper {
  /// Completes a network mapped by another importer (DOT, read by CloutGraphviz) the way
  /// `network(from:options:)` completes its own: relations without citations cite a source
  /// standing for the imported file with `quotes[i]` — relation i's text in the file, verbatim —
  /// as the quote; relation kinds that no relation uses are left undeclared; then it is validated.
  ///
  /// - Parameters:
  ///   - quotes: one per relation, in order; an empty quote leaves the relation uncited (and
  ///     validation reports it).
  ///   - warnings: what the importer found, kept with the validation findings.
  public static func completing(
    _ network: Network, quotes: [String], origin: String, warnings: [Diagnostic] = []
  ) -> LoadedNetwork {
    let fileName = origin.split(separator: "/").last.map(String.init) ?? origin
    let stem = fileName.split(separator: ".").first.map(String.init) ?? "file"
    var sourceID = "imported-" + String(stem.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    while network.source(sourceID) != nil { sourceID += "-file" }
    var relations: [Relation] = []
    var uncited = false
    for (i, relation) in network.relations.enumerated() {
      var r = relation
      if r.citations.isEmpty, i < quotes.count, !quotes[i].allSatisfy(\.isWhitespace) {
        r.citations = [Citation(source: sourceID, quote: quotes[i])]
        uncited = true
      }
      relations.append(r)
    }
    var sources = network.sources
    if uncited {
      sources.append(
        Source(
          id: sourceID, title: fileName, file: fileName,
          note:
            "The imported file itself. Its edges came without citations, so each relation cites its own "
            + "statement in the file, verbatim."))
    }
    let used = Set(relations.map(\.kind))
    let kinds = network.relationKinds.kinds.filter { RelationKindRegistry.isBuiltIn($0.id) || used.contains($0.id) }
    let completed = Network(
      title: network.title, description: network.description, entities: network.entities, topics: network.topics,
      sources: sources, relationKinds: RelationKindRegistry(kinds: kinds), entityKinds: network.entityKinds,
      relations: relations)
    return LoadedNetwork(
      network: completed, diagnostics: warnings + NetworkValidator.validate(completed), origin: origin)
  }

  /// The relation kinds an importer of kind-less edges needs: `links-to` (forward) and
  /// `linked-with` (mutual), neutral, strength 0.5, besides the built-in ones.
  public static func importRelationKinds(origin: String) -> RelationKindRegistry {
    let fileName = origin.split(separator: "/").last.map(String.init) ?? origin
    var registry = RelationKindRegistry()
    registry.register(
      RelationKind(
        id: ImportOptions.directedRelationKind, influence: .forward, polarity: .neutral, defaultStrength: 0.5,
        description: "a directed edge of \(fileName) that names no kind"))
    registry.register(
      RelationKind(
        id: ImportOptions.undirectedRelationKind, influence: .mutual, polarity: .neutral, symmetric: true,
        defaultStrength: 0.5, description: "an undirected edge of \(fileName) that names no kind"))
    return registry
  }

  /// What a DOT file drawn by Clout's style cannot hold of a network: its data attributes carry
  /// entities' kind, names, role and affiliation and relations' kind, dates, status, strength,
  /// confidence, topics and note; the rest is left out.
  public static func dotLosses(of network: Network) -> [Diagnostic] {
    var lost: [String] = []
    if network.entities.contains(where: { !$0.aliases.isEmpty }) { lost.append("aliases") }
    if network.entities.contains(where: { !$0.attributes.isEmpty }) { lost.append("free attributes") }
    if network.entities.contains(where: { $0.note != nil }) { lost.append("entities' notes") }
    if network.relations.contains(where: { $0.place != nil }) { lost.append("places") }
    if network.relations.contains(where: { !$0.citations.isEmpty }) {
      lost.append("citations (quotes show in tooltips but are not read back)")
    }
    if !network.sources.isEmpty { lost.append("the records of \(network.sources.count) source(s)") }
    if network.topics.contains(where: { $0.name != $0.id || !$0.names.isEmpty }) { lost.append("topics' names") }
    if network.relationKinds.kinds.contains(where: { !RelationKind.builtIn.contains($0) }) {
      lost.append("the meaning of declared relation kinds")
    }
    guard !lost.isEmpty else { return [] }
    return [
      .warning(
        "DOT keeps what a diagram shows; it has no place for " + lost.joined(separator: ", ") + "; they were left out",
        hint: "use GraphML or JSON to keep everything")
    ]
  }
}
