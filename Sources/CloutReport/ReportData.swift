import Clout
import CloutGraphviz
import CloutIO

/// The network as the page's embedded JSON: entities with every name (for search), relations with
/// dates as sortable day numbers and their citations, sources, topics, kinds and statuses with
/// labels in the report's language.
enum ReportData {
  static func entities(_ scoped: Network, full: Network, language: String, words: DiagramVocabulary) -> OutputValue {
    .array(
      scoped.entities.map { e in
        var f: [(String, OutputValue)] = [
          ("id", .string(e.id)), ("name", .string(e.name)), ("label", .string(e.name(in: language))),
          ("kind", .string(e.kind.id)), ("kindLabel", .string(words.entityKind(e.kind))),
        ]
        if !e.names.isEmpty { f.append(("names", strings(e.names))) }
        if !e.aliases.isEmpty { f.append(("aliases", .array(e.aliases.map { .string($0) }))) }
        if let v = e.role { f.append(("role", .string(v))) }
        if let a = e.affiliation {
          f.append(("affiliation", .string(a)))
          f.append(("affiliationName", .string(full.entity(a)?.name(in: language) ?? a)))
        }
        if let v = e.note { f.append(("note", .string(v))) }
        return .object(f)
      })
  }

  static func relations(_ network: Network) -> OutputValue {
    .array(
      network.relations.map { r in
        var f: [(String, OutputValue)] = [
          ("id", .string(r.id)), ("from", .string(r.from)), ("to", .string(r.to)), ("kind", .string(r.kind)),
          ("status", .string(r.status.rawValue)),
        ]
        if let w = r.when { f.append(("when", .string(w))) }
        if let d = r.firstDay { f.append(("first", .int(d))) }
        if let d = r.lastDay { f.append(("last", .int(d))) }
        if let v = r.confidence { f.append(("confidence", .number(v))) }
        if let v = r.strength { f.append(("strength", .number(v))) }
        if !r.about.isEmpty { f.append(("about", .array(r.about.map { .string($0) }))) }
        if let v = r.place { f.append(("place", .string(v))) }
        if let v = r.note { f.append(("note", .string(v))) }
        f.append(
          (
            "cites",
            .array(
              r.citations.map { c in
                var cf: [(String, OutputValue)] = [("s", .string(c.source)), ("q", .string(c.quote))]
                if let n = c.note { cf.append(("n", .string(n))) }
                return .object(cf)
              })
          ))
        return .object(f)
      })
  }

  /// The sources cited by the report's relations, by id.
  static func sources(_ network: Network) -> OutputValue {
    let cited = Set(network.relations.flatMap { $0.citations.map(\.source) })
    return .object(
      network.sources.filter { cited.contains($0.id) }.map { s in
        var f: [(String, OutputValue)] = [("title", .string(s.title))]
        if let v = s.outlet { f.append(("outlet", .string(v))) }
        if let v = s.author { f.append(("author", .string(v))) }
        if let v = s.date { f.append(("date", .string(v.description))) }
        if let v = s.language { f.append(("language", .string(v))) }
        if let v = s.url { f.append(("url", .string(v))) }
        if let v = s.file { f.append(("file", .string(v))) }
        return (s.id, .object(f))
      })
  }

  /// The topics the report's relations are about, in file order.
  static func topics(_ network: Network, language: String) -> OutputValue {
    let used = Set(network.relations.flatMap(\.about))
    return .array(
      network.topics.filter { used.contains($0.id) }.map { t in
        .object([("id", .string(t.id)), ("label", .string(t.name(in: language)))])
      })
  }

  /// The relation kinds used, in order of first use, with label and polarity.
  static func kinds(_ network: Network, words: DiagramVocabulary) -> OutputValue {
    var seen: [String] = []
    for r in network.relations where !seen.contains(r.kind) { seen.append(r.kind) }
    return .array(
      seen.map { id in
        let kind = network.relationKinds[id]
        return .object([
          ("id", .string(id)), ("label", .string(words.relationKind(id))),
          ("polarity", .string(kind?.polarity.rawValue ?? "neutral")),
          ("description", .string(kind?.description ?? "")),
        ])
      })
  }

  /// The statuses used, in their canonical order.
  static func statuses(_ network: Network, words: DiagramVocabulary) -> OutputValue {
    let used = Set(network.relations.map(\.status))
    return .array(
      RelationStatus.allCases.filter(used.contains).map { s in
        .object([("id", .string(s.rawValue)), ("label", .string(words.statusName(s)))])
      })
  }

  /// The first and last month any relation starts or ends, as `YYYY-MM` (null when undated).
  static func months(_ network: Network) -> OutputValue {
    let days = network.relations.flatMap { [$0.firstDay, $0.lastDay].compactMap { $0 } }
    guard let low = days.min(), let high = days.max() else { return .null }
    func month(_ day: Int) -> String {
      let y = day / 10_000
      let m = day / 100 % 100
      return String(y) + "-" + (m < 10 ? "0" : "") + String(m)
    }
    return .object([("from", .string(month(low))), ("to", .string(month(high)))])
  }

  static func strings(_ map: [String: String]) -> OutputValue {
    .object(map.keys.sorted().map { ($0, .string(map[$0] ?? "")) })
  }
}
