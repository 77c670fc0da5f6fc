extension Network {
  /// The affiliation chain of an entity: the entity itself, the entity it is affiliated with, that
  /// entity's affiliation, and so on (an official → their agency → its country).
  ///
  /// The chain stops before an entity already on it (a cycle) and at an affiliation that names no
  /// entity (a dangling reference; `NetworkValidator` reports both). Empty for an unknown id.
  /// Cost: O(chain length), at most the number of entities.
  public func affiliationChain(of id: String) -> [Entity] {
    guard var current = entity(id) else { return [] }
    var chain = [current]
    var seen: Set<String> = [current.id]
    while let next = current.affiliation.flatMap({ entity($0) }), seen.insert(next.id).inserted {
      chain.append(next)
      current = next
    }
    return chain
  }

  /// The top of an entity's affiliation chain (the entity itself when it has no affiliation).
  /// Cost: O(chain length).
  public func affiliationRoot(of id: String) -> Entity? { affiliationChain(of: id).last }

  /// The declared group an entity belongs to: the group that lists the first entity of its
  /// affiliation chain that any group lists (the earliest-declared group when several list it);
  /// nil when no group lists any entity of the chain. Cost: O(chain length · groups).
  public func group(of id: String) -> EntityGroup? {
    for entity in affiliationChain(of: id) {
      if let group = groups.first(where: { $0.members.contains(entity.id) }) { return group }
    }
    return nil
  }
}
