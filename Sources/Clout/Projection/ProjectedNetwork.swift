extension Network {
  /// The influence projection as a network of its own, for exporting to tools that know only
  /// weighted graphs: one relation per ordered pair `a → b` in which `a` moves `b`, whose
  /// `strength` is the pair's combined strength (noisy-or of its relations, with their statuses
  /// and confidences applied, exactly the arc weight that Clout's rankings use), whose kind says
  /// its polarity (`influences-cooperative`, `-hostile`, `-neutral`, or `-mixed` when its relations
  /// disagree), and which cites every quote of the relations it combines. Relations the filter
  /// drops (by default the denied ones) are left out; so are kinds that carry no influence.
  ///
  /// Entities, topics and sources are kept as they are, so the projection exports with names,
  /// kinds and affiliations. Cost: O(m log m) for m relations.
  public func influenceProjection(filter: RelationFilter = RelationFilter()) -> Network {
    let projection = InfluenceProjection(self, filter: filter)
    let g = projection.graph
    var projected: [Relation] = []
    for u in 0..<g.vertexCount {
      for slot in g.outRange(u) {
        let arc = Int(g.outEdges[slot])
        let v = Int(g.outNeighbors[slot])
        let parts = projection.arcRelations[arc].map { relations[$0] }
        let polarities = Set(parts.compactMap { kind(of: $0)?.polarity })
        let polarity = polarities.count == 1 ? polarities.first?.rawValue ?? "neutral" : "mixed"
        let combined = zip(parts, projection.arcContributions[arc]).map { r, s in
          "\(r.id) (\(r.kind), \((s * 1000).rounded() / 1000))"
        }
        projected.append(
          Relation(
            id: "p\(projected.count + 1)", from: projection.entityIDs[u], to: projection.entityIDs[v],
            kind: "influences-\(polarity)", strength: g.weight(ofEdge: arc),
            about: Array(Set(parts.flatMap(\.about))).sorted(),
            note: "combines " + combined.joined(separator: ", "),
            citations: parts.flatMap(\.citations)))
      }
    }
    var kinds = RelationKindRegistry(kinds: [])
    for (polarity, text) in [
      (Polarity.cooperative, "cooperative"), (.hostile, "hostile"), (.neutral, "neutral"), (.neutral, "mixed"),
    ] {
      kinds.register(
        RelationKind(
          id: "influences-\(text)", influence: .forward, polarity: polarity, defaultStrength: 1,
          description: "the influence projection: from moves to, \(text); strength is the combined strength"))
    }
    return Network(
      title: title.map { "\($0) — influence projection" }, description: description, entities: entities,
      topics: topics, sources: sources, relationKinds: kinds, entityKinds: entityKinds, relations: projected,
      groups: groups)
  }
}
