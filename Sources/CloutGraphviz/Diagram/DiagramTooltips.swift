import Clout

/// The evidence a diagram carries in SVG tooltips (plain text; the builder escapes it).
struct DiagramTooltips {
  let network: Network
  let words: DiagramVocabulary
  let language: String

  /// Kind, ends, date, status, confidence, topics, each citation's quote with its source's title,
  /// outlet and date, and the note.
  func relation(_ relation: Relation) -> String {
    let from = network.entity(relation.from)?.name(in: language) ?? relation.from
    let to = network.entity(relation.to)?.name(in: language) ?? relation.to
    var lines = ["\(words.relationKind(relation.kind)): \(from) → \(to)"]
    var facts: [String] = []
    if let when = relation.when { facts.append("\(words.word(.date)): \(when)") }
    facts.append("\(words.word(.status)): \(words.statusName(relation.status))")
    if let confidence = relation.confidence { facts.append("\(words.word(.confidence)): \(confidence)") }
    lines.append(facts.joined(separator: " · "))
    if !relation.about.isEmpty {
      let topics = relation.about.map { network.topic($0)?.name(in: language) ?? $0 }
      lines.append("\(words.word(.about)): " + topics.joined(separator: ", "))
    }
    for citation in relation.citations {
      var line = "“\(citation.quote)”"
      if let source = network.source(citation.source) {
        var detail = [source.outlet, source.date?.description].compactMap { $0 }
        detail = detail.filter { !$0.isEmpty }
        let what = source.isReference ? "\(words.word(.reference)): " : ""
        line += " — \(what)\(source.title)" + (detail.isEmpty ? "" : " (" + detail.joined(separator: ", ") + ")")
      } else {
        line += " — \(citation.source)"
      }
      lines.append(line)
    }
    if let note = relation.note { lines.append("\(words.word(.note)): \(note)") }
    return lines.joined(separator: "\n")
  }

  /// Name, kind, role and affiliation chain.
  func entity(_ entity: Entity, group: DiagramGroup?) -> String {
    var lines = ["\(entity.name(in: language)) (\(words.entityKind(entity.kind)))"]
    if let role = entity.role { lines.append("\(words.word(.role)): \(role)") }
    let chain = network.affiliationChain(of: entity.id).dropFirst().map { $0.name(in: language) }
    if !chain.isEmpty { lines.append("→ " + chain.joined(separator: " → ")) }
    if let group { lines.append("\(words.word(.groups)): \(group.label)") }
    return lines.joined(separator: "\n")
  }

  /// The URL of the first cited source that has one.
  func url(of relation: Relation) -> String? {
    for citation in relation.citations {
      if let url = network.source(citation.source)?.url, !url.isEmpty { return url }
    }
    return nil
  }
}
