import Clout

/// The entities and relations a diagram draws, in network order.
struct DiagramSelection {
  var entities: [Entity]
  var relations: [Relation]
  /// Relation ids on the emphasised path.
  var pathRelations: Set<String>

  /// Applies the filter, the ego network and the path of `options`.
  ///
  /// Ego network: the entities within `depth` hops of the focus over the filtered relations,
  /// ignoring direction, and the filtered relations among them — `networkx.ego_graph(G, focus,
  /// radius=depth, undirected=True)` on the multigraph. Cost: O(n + m) (breadth-first search).
  ///
  /// - Throws: `DiagramError` for a focus or path entity that does not exist, a negative depth,
  ///   a path step with no drawn relation between its ends, or a relation naming an unknown entity.
  static func select(from network: Network, options: DiagramOptions) throws(DiagramError) -> DiagramSelection {
    for relation in network.relations {
      for end in [relation.from, relation.to] where network.entity(end) == nil {
        throw DiagramError("relation '\(relation.id)' names unknown entity '\(end)'; validate the network first")
      }
    }
    var relations = network.relations.filter { options.filter.keeps($0, in: network) }
    var keep: Set<String>?
    if let focus = options.focus {
      guard network.entity(focus) != nil else { throw DiagramError("no entity '\(focus)' to focus on") }
      guard options.depth >= 0 else { throw DiagramError("the depth of the ego network must be 0 or more") }
      let ego = egoNetwork(of: focus, depth: options.depth, relations: relations)
      keep = ego
      relations = relations.filter { ego.contains($0.from) && ego.contains($0.to) }
    }
    var pathRelations: Set<String> = []
    for id in options.path where network.entity(id) == nil {
      throw DiagramError("no entity '\(id)' on the path to highlight")
    }
    if options.path.count > 1 {
      let allKept = network.relations.filter { options.filter.keeps($0, in: network) }
      for (a, b) in zip(options.path, options.path.dropFirst()) {
        let links = allKept.filter { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }
        guard !links.isEmpty else {
          throw DiagramError("no drawn relation links '\(a)' and '\(b)' on the path (check the filters)")
        }
        pathRelations.formUnion(links.map(\.id))
      }
      let drawn = Set(relations.map(\.id))
      relations += allKept.filter { pathRelations.contains($0.id) && !drawn.contains($0.id) }
      let order = Dictionary(network.relations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
      relations.sort { (order[$0.id] ?? 0) < (order[$1.id] ?? 0) }
      keep?.formUnion(options.path)
    }
    var touched = Set(relations.flatMap { [$0.from, $0.to] })
    touched.formUnion(options.path)
    if let focus = options.focus { touched.insert(focus) }
    let showAll = options.showsIsolated || (options.filter.isEmpty && options.focus == nil)
    let entities = network.entities.filter { entity in
      if let keep, !keep.contains(entity.id) { return false }
      return showAll || touched.contains(entity.id)
    }
    return DiagramSelection(entities: entities, relations: relations, pathRelations: pathRelations)
  }

  /// Entities within `depth` undirected hops of `focus` over `relations` (breadth-first search).
  static func egoNetwork(of focus: String, depth: Int, relations: [Relation]) -> Set<String> {
    var neighbours: [String: [String]] = [:]
    for r in relations {
      neighbours[r.from, default: []].append(r.to)
      neighbours[r.to, default: []].append(r.from)
    }
    var seen: Set<String> = [focus]
    var frontier = [focus]
    for _ in 0..<depth where !frontier.isEmpty {
      var next: [String] = []
      for v in frontier {
        for w in neighbours[v] ?? [] where seen.insert(w).inserted { next.append(w) }
      }
      frontier = next
    }
    return seen
  }
}
