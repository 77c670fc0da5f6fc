import Clout
import CloutIO

/// Prints a `NetworkDiff`, every relation with its quotes.
public struct DiffView {
  public let network: Network
  public let diff: NetworkDiff
  public let filters: String
  /// The chain rules the ranking followed (they matter to `reach`).
  public let rules: ChainRules

  public init(network: Network, diff: NetworkDiff, filters: String, rules: ChainRules) {
    self.network = network
    self.diff = diff
    self.filters = filters
    self.rules = rules
  }

  private static let headings: [(NetworkDiff.Change, String, String)] = [
    (.started, "+", "started (in force on the second date, not on the first)"),
    (.ended, "−", "ended (in force on the first date, not on the second)"),
    (.passed, "~", "came and went (in force only between the dates)"),
  ]

  public func text() -> String {
    var out = "Changes between \(diff.from) and \(diff.to)\n"
    out += "  relations: \(filters)\n"
    out +=
      "  unchanged: \(diff.unchangedDated) dated relations in force on both dates, \(diff.undated) undated ones\n"
    for (change, mark, heading) in Self.headings {
      let items = diff.changes.filter { $0.change == change }
      out += "\n\(heading): \(items.count)\n"
      for c in items { out += line(c.relation, mark: mark) }
    }
    out += "\nstatus changes (the same tie recorded with a new status): \(diff.statusChanges.count)\n"
    for s in diff.statusChanges {
      let r = network.relations[s.after]
      out += "  \(r.from) \(r.kind) \(r.to): \(s.from) → \(s.to)\n"
      out += line(network.relations[s.before], mark: " ", indent: "    ")
      out += line(r, mark: " ", indent: "    ")
    }
    out += "\nranking by \(diff.measure.rawValue): \(RankView.meaning(diff.measure, rules: rules))\n"
    var table = Table(["\(diff.from)", "\(diff.to)", "move", "actor", "score before", "score after"])
    for m in diff.movements {
      let before = m.rankBefore.map { "\($0)\(m.tiedBefore ? "=" : "")" } ?? "–"
      let after = m.rankAfter.map { "\($0)\(m.tiedAfter ? "=" : "")" } ?? "–"
      let move: String
      switch (m.rankBefore, m.rankAfter) {
      case (let b?, let a?): move = a < b ? "↑\(b - a)" : (a > b ? "↓\(a - b)" : "=")
      case (nil, .some): move = "new"
      case (.some, nil): move = "gone"
      case (nil, nil): move = ""
      }
      let e = network.entities[m.vertex]
      table.add([
        before, after, move, "\(e.name) [\(e.id)]", formatNumber(m.scoreBefore), formatNumber(m.scoreAfter),
      ])
    }
    for row in table.text().split(separator: "\n") { out += "  \(row)\n" }
    if diff.movements.contains(where: { $0.tiedBefore || $0.tiedAfter }) { out += "  \(CompetitionRanks.rule)\n" }
    return out
  }

  private func line(_ r: Relation, mark: String, indent: String = "  ") -> String {
    var facts = [r.when ?? "undated", r.status.rawValue]
    if !r.about.isEmpty { facts.append("about " + r.about.joined(separator: ", ")) }
    var out = "\(indent)\(mark) \(r.from) \(r.kind) \(r.to)  (" + facts.joined(separator: " · ") + ")\n"
    for c in r.citations { out += "\(indent)    “\(c.quote)” — \(InfluenceText.citation(c.source, in: network))\n" }
    return out
  }

  public func tree() -> OutputValue {
    .object([
      ("from", .string(diff.from.description)), ("to", .string(diff.to.description)), ("filters", .string(filters)),
      ("unchanged_dated", .int(diff.unchangedDated)), ("undated", .int(diff.undated)),
      (
        "changes",
        .array(
          diff.changes.map { c in
            var fields: [(String, OutputValue)] = [("change", .string(c.change.rawValue))]
            if case .object(let relation) = RelationJSON.tree(c.relation) { fields += relation }
            return .object(fields)
          })
      ),
      (
        "status_changes",
        .array(
          diff.statusChanges.map { s in
            .object([
              ("before", RelationJSON.tree(network.relations[s.before])),
              ("after", RelationJSON.tree(network.relations[s.after])),
              ("from_status", .string(s.from.rawValue)), ("to_status", .string(s.to.rawValue)),
            ])
          })
      ),
      ("measure", .string(diff.measure.rawValue)),
      (
        "ranking",
        .array(
          diff.movements.map { m in
            .object([
              ("id", .string(network.entities[m.vertex].id)), ("rank_before", m.rankBefore.map { .int($0) } ?? .null),
              ("rank_after", m.rankAfter.map { .int($0) } ?? .null), ("tied_before", .bool(m.tiedBefore)),
              ("tied_after", .bool(m.tiedAfter)), ("score_before", .number(m.scoreBefore)),
              ("score_after", .number(m.scoreAfter)),
            ])
          })
      ),
    ])
  }
}
