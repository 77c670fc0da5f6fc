/// Checks that a network is consistent: every reference resolves, ids are unique, dates are in
/// order, numbers are in range, every relation is cited. Reports every problem at once.
public enum NetworkValidator {
  /// All problems of `network`, in the order they appear in its file.
  public static func validate(_ network: Network) -> [Diagnostic] {
    var found: [Diagnostic] = []
    duplicates(network.entities.map { ($0.id, $0.location) }, "entity", into: &found)
    duplicates(network.topics.map { ($0.id, $0.location) }, "topic", into: &found)
    duplicates(network.sources.map { ($0.id, $0.location) }, "source", into: &found)
    duplicates(network.relations.map { ($0.id, $0.location) }, "relation", into: &found)

    let knownKinds = Set(EntityKind.builtIn).union(network.entityKinds.keys)
    let entityIDs = network.entities.map(\.id)
    for kind in network.relationKinds.kinds where !(0...1).contains(kind.defaultStrength) {
      found.append(
        .error(
          "relation kind '\(kind.id)' has strength \(kind.defaultStrength)", at: kind.location,
          hint: "give a number between 0 and 1"))
    }
    for entity in network.entities {
      if entity.id.contains(where: \.isWhitespace) {
        let kebab = entity.id.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-")
        found.append(
          .warning(
            "entity id '\(entity.id)' contains spaces; it is kept as written, and commands need it quoted",
            at: entity.location, hint: "a kebab-case id such as '\(kebab)' is easier to type"))
      }
      if !knownKinds.contains(entity.kind) {
        found.append(
          .error(
            "entity '\(entity.id)' has unknown kind '\(entity.kind)'", at: entity.location,
            hint: suggestion(entity.kind.id, knownKinds.map(\.id), declare: "entity-kinds")
              + (closeMatches(to: entity.kind.id, in: knownKinds.map(\.id)).isEmpty
                ? "; the built-in kinds are " + EntityKind.builtIn.map(\.id).joined(separator: ", ") : "")))
      }
      if let affiliation = entity.affiliation {
        if affiliation == entity.id {
          found.append(.error("entity '\(entity.id)' is affiliated with itself", at: entity.location))
        } else if network.entity(affiliation) == nil {
          found.append(
            .error(
              "entity '\(entity.id)' names unknown affiliation '\(affiliation)'", at: entity.location,
              hint: suggestion(affiliation, entityIDs, declare: "entities")))
        }
      }
    }
    affiliationCycles(network, into: &found)
    for relation in network.relations { check(relation, in: network, entityIDs: entityIDs, into: &found) }
    StoryValidator.validate(network, into: &found)
    checkGroups(of: network, entityIDs: entityIDs, into: &found)
    return found
  }

  /// Reports each cycle of affiliations longer than one (a in b, b in a) once, at the entity of
  /// the cycle declared first. Cost: O(entities), each affiliation chain followed once.
  private static func affiliationCycles(_ network: Network, into found: inout [Diagnostic]) {
    var index: [String: Int] = [:]
    for (i, entity) in network.entities.enumerated() where index[entity.id] == nil { index[entity.id] = i }
    // 0: not visited, 1: on the chain being followed, 2: done.
    var state = [UInt8](repeating: 0, count: network.entities.count)
    for start in network.entities.indices where state[start] == 0 {
      var chain: [Int] = []
      var at: Int? = start
      while let i = at, state[i] == 0 {
        state[i] = 1
        chain.append(i)
        let next = network.entities[i].affiliation.flatMap { index[$0] }
        at = next == i ? nil : next
      }
      if let i = at, state[i] == 1, let from = chain.firstIndex(of: i), let first = chain[from...].min() {
        let cycle = chain[from...]
        let names = (cycle + [i]).map { "'\(network.entities[$0].id)'" }.joined(separator: " → ")
        found.append(
          .error(
            "entity '\(network.entities[first].id)' is in an affiliation cycle: \(names)",
            at: network.entities[first].location, hint: "an entity cannot belong, through others, to itself"))
      }
      for i in chain { state[i] = 2 }
    }
  }

  private static func check(_ r: Relation, in network: Network, entityIDs: [String], into found: inout [Diagnostic]) {
    let at = r.location
    let label = "relation '\(r.id)' (\(r.from) \(r.kind) \(r.to))"
    for (role, id) in [("from", r.from), ("to", r.to)] where network.entity(id) == nil {
      found.append(
        .error(
          "\(label): unknown entity '\(id)' in '\(role)'", at: at,
          hint: suggestion(id, entityIDs, declare: "entities")))
    }
    if r.from == r.to { found.append(.warning("\(label) links an entity to itself", at: at)) }
    if !network.relationKinds.contains(r.kind) {
      found.append(
        .error(
          "\(label): unknown relation kind '\(r.kind)'", at: at,
          hint: suggestion(r.kind, network.relationKinds.kinds.map(\.id), declare: "relation-kinds")))
    }
    for topic in r.about where network.topic(topic) == nil {
      found.append(
        .error(
          "\(label): unknown topic '\(topic)' in 'about'", at: at,
          hint: suggestion(topic, network.topics.map(\.id), declare: "topics")))
    }
    if let s = r.strength, !(0...1).contains(s) {
      found.append(.error("\(label): strength \(s) is outside 0…1", at: at, hint: "give a number between 0 and 1"))
    }
    if let c = r.confidence, !(0...1).contains(c) {
      found.append(.error("\(label): confidence \(c) is outside 0…1", at: at, hint: "give a number between 0 and 1"))
    }
    if r.date != nil && (r.start != nil || r.end != nil) {
      found.append(
        .error(
          "\(label) has both 'date' and 'start'/'end'", at: at,
          hint: "use 'date' for an event, 'start'/'end' for a period"))
    }
    if let lasts = r.lasts, r.end != nil || (r.date == nil && r.start == nil) {
      found.append(
        .error(
          "\(label) has 'lasts: \(lasts)' but " + (r.end != nil ? "also an 'end'" : "no 'date' or 'start'"), at: at,
          hint: "'lasts' says how long an event (date) or an open state (start, no end) holds"))
    }
    if let s = r.start, let e = r.end, e.upperBound < s.lowerBound {
      found.append(.error("\(label) ends (\(e)) before it starts (\(s))", at: at, hint: "swap or correct the dates"))
    }
    if r.citations.isEmpty {
      found.append(
        .error("\(label) has no citation", at: at, hint: "add 'sources:' with a source id and a verbatim quote"))
    }
    for citation in r.citations {
      if network.source(citation.source) == nil {
        found.append(
          .error(
            "\(label) cites unknown source '\(citation.source)'", at: at,
            hint: suggestion(citation.source, network.sources.map(\.id), declare: "sources")))
      }
      if citation.quote.allSatisfy(\.isWhitespace) {
        found.append(
          .error(
            "\(label) cites '\(citation.source)' without a quote", at: at, hint: "copy the supporting words verbatim"))
      }
    }
  }

  static func duplicates(_ items: [(String, SourceLocation?)], _ what: String, into found: inout [Diagnostic]) {
    var first: [String: SourceLocation?] = [:]
    for (id, location) in items {
      if let earlier = first[id] {
        let whereEarlier = earlier.map { " (first declared at line \($0.line))" } ?? ""
        found.append(
          .error("duplicate \(what) id '\(id)'\(whereEarlier)", at: location, hint: "give each \(what) its own id"))
      } else {
        first[id] = location
      }
    }
  }

  static func suggestion(_ word: String, _ candidates: [String], declare section: String) -> String {
    let close = closeMatches(to: word, in: candidates)
    if close.isEmpty { return "declare it under '\(section):'" }
    return "did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
  }
}
