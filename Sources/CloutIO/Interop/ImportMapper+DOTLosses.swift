import Clout

extension ImportMapper {
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
