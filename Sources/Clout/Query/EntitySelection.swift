/// Which entities a listing shows: by kind, by affiliation (direct or through the chain of
/// affiliations, so `china` selects China's ministries and their officials), and by text (any
/// name, alias, role or id, matched as ``EntityResolver`` matches words).
///
/// Cost: O(n · a) for n entities and affiliation chains of length a, plus the text match.
public struct EntitySelection: Sendable, Equatable {
  public var kinds: Set<EntityKind>
  /// Entity ids; an entity is kept when one of them is on its affiliation chain.
  public var affiliations: Set<String>
  /// Text every kept entity matches (a name, alias, role or id containing every word of it).
  public var text: String?

  public init(kinds: Set<EntityKind> = [], affiliations: Set<String> = [], text: String? = nil) {
    self.kinds = kinds
    self.affiliations = affiliations
    self.text = text
  }

  public var isEmpty: Bool { kinds.isEmpty && affiliations.isEmpty && (text ?? "").isEmpty }

  /// The entities of `network` that pass, in file order.
  public func select(in network: Network) -> [Entity] {
    let words = text.map(EntityResolver.words) ?? []
    return network.entities.filter { e in
      if !kinds.isEmpty, !kinds.contains(e.kind) { return false }
      if !affiliations.isEmpty, affiliationChain(of: e, in: network).allSatisfy({ !affiliations.contains($0) }) {
        return false
      }
      if !words.isEmpty {
        let haystack = (e.allNames + [e.role ?? ""]).map(EntityResolver.normalize)
        let nameWords = (e.allNames + [e.role ?? ""]).flatMap(EntityResolver.words)
        return words.allSatisfy { w in
          nameWords.contains { $0.hasPrefix(w) } || haystack.contains { $0.contains(w) && w.count >= 2 }
        }
      }
      return true
    }
  }

  /// The ids above `entity`, nearest first, stopping at a cycle.
  func affiliationChain(of entity: Entity, in network: Network) -> [String] {
    var chain: [String] = []
    var seen: Set<String> = [entity.id]
    var next = entity.affiliation
    while let id = next, seen.insert(id).inserted {
      chain.append(id)
      next = network.entity(id)?.affiliation
    }
    return chain
  }
}
