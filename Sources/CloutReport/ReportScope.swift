import Clout

/// The part of a network a report shows: the relations its filter keeps, around its focus when it
/// has one, and the entities they touch (every entity when nothing is filtered).
///
/// Cost: O(n + m · depth).
enum ReportScope {
  static func network(_ network: Network, options: ReportOptions) throws(ReportError) -> Network {
    var relations = network.relations.filter { options.filter.keeps($0, in: network) }
    var kept: Set<String>
    if let focus = options.focus {
      guard network.entity(focus) != nil else { throw .unknownFocus(focus) }
      kept = [focus]
      for _ in 0..<max(0, options.depth) {
        var next = kept
        for r in relations where kept.contains(r.from) || kept.contains(r.to) {
          next.insert(r.from)
          next.insert(r.to)
        }
        if next.count == kept.count { break }
        kept = next
      }
      relations = relations.filter { kept.contains($0.from) && kept.contains($0.to) }
    } else if options.filter.isEmpty {
      kept = Set(network.entities.map(\.id))
    } else {
      kept = Set(relations.flatMap { [$0.from, $0.to] })
    }
    var scoped = Network(
      title: network.title, description: network.description,
      entities: network.entities.filter { kept.contains($0.id) }, topics: network.topics, sources: network.sources,
      relationKinds: network.relationKinds, entityKinds: network.entityKinds, relations: relations,
      groups: network.groups)
    scoped.stories = network.stories
    return scoped
  }
}
