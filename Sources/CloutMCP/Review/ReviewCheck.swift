import Clout
import CloutIO

/// The checks a proposal must pass, both when an assistant makes it and when `clout validate`
/// reads the review file: its references resolve, its values are well-formed, and every quote
/// occurs verbatim in the archived text of its source (the project's `QuoteCheck`, the check
/// `clout validate` applies to the network's own quotes).
struct ReviewCheck: Sendable {
  /// One reason to refuse a proposal; for a quote not found, the closest passage of the source.
  struct Problem: Sendable, Equatable {
    var message: String
    var closest: String?
  }

  let network: Network
  let texts: SourceTexts
  /// Ids of entities proposed before, which a relation may name.
  var proposedEntities: Set<String> = []

  func problems(_ p: Proposal) -> [Problem] {
    var out: [Problem] = []
    switch p.kind {
    case .entity: out += entityProblems(p)
    case .relation: out += relationProblems(p)
    }
    let citations = p.citations
    if citations.isEmpty {
      out.append(Problem(message: "\(p.title): no citation; give a source id and a verbatim quote from it"))
    }
    for c in citations { out += quoteProblems(c.source, c.quote) }
    return out
  }

  private func entityProblems(_ p: Proposal) -> [Problem] {
    var out: [Problem] = []
    guard let id = p.string("id"), !id.isEmpty else { return [Problem(message: "entity: 'id' is required")] }
    if network.entity(id) != nil { out.append(Problem(message: "entity '\(id)' is already in the network")) }
    if p.string("name")?.isEmpty ?? true { out.append(Problem(message: "entity '\(id)': 'name' is required")) }
    if p.string("kind")?.isEmpty ?? true {
      out.append(
        Problem(
          message: "entity '\(id)': 'kind' is required (" + EntityKind.builtIn.map(\.id).joined(separator: ", ")
            + ")"))
    }
    if let a = p.string("affiliation"), network.entity(a) == nil, !proposedEntities.contains(a) {
      out.append(Problem(message: "entity '\(id)': affiliation '\(a)' is no entity of the network"))
    }
    return out
  }

  private func relationProblems(_ p: Proposal) -> [Problem] {
    var out: [Problem] = []
    for end in ["from", "to"] {
      guard let id = p.string(end), !id.isEmpty else {
        out.append(Problem(message: "relation: '\(end)' is required"))
        continue
      }
      if network.entity(id) == nil, !proposedEntities.contains(id) {
        let close = closeMatches(to: id, in: network.entities.map(\.id))
        out.append(
          Problem(
            message: "relation: '\(end)' names '\(id)', which is no entity of the network or of the proposals"
              + (close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?")))
      }
    }
    if let kind = p.string("kind"), !kind.isEmpty {
      if !network.relationKinds.contains(kind) {
        let close = closeMatches(to: kind, in: network.relationKinds.kinds.map(\.id))
        out.append(
          Problem(
            message: "relation: unknown relation kind '\(kind)'"
              + (close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?")))
      }
    } else {
      out.append(Problem(message: "relation: 'kind' is required"))
    }
    for t in p.strings("about") where network.topic(t) == nil {
      let close = closeMatches(to: t, in: network.topics.map(\.id))
      out.append(
        Problem(
          message: "relation: unknown topic '\(t)'"
            + (close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?")))
    }
    for field in ["date", "start", "end"] {
      if let d = p.string(field), PartialDate(d) == nil {
        out.append(Problem(message: "relation: \(field) '\(d)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"))
      }
    }
    if let s = p.string("status"), RelationStatus(rawValue: s) == nil {
      out.append(
        Problem(
          message: "relation: status '\(s)' is not one of "
            + RelationStatus.allCases.map(\.rawValue).joined(separator: ", ")))
    }
    for field in ["confidence", "strength"] {
      if let x = p.number(field), !(0...1).contains(x) {
        out.append(Problem(message: "relation: \(field) \(x) is outside 0…1"))
      }
    }
    return out
  }

  private func quoteProblems(_ sourceID: String, _ quote: String) -> [Problem] {
    guard let source = network.source(sourceID) else {
      let close = closeMatches(to: sourceID, in: network.sources.map(\.id))
      return [
        Problem(
          message: "unknown source '\(sourceID)'"
            + (close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"))
      ]
    }
    guard let text = texts.text(of: source) else { return [Problem(message: texts.missing(source))] }
    switch QuoteCheck(text: text).find(quote) {
    case .verbatim: return []
    case .missing(let closest):
      var message = "the quote does not occur verbatim in the archived text of source '\(sourceID)'"
      if let path = texts.path(of: source) { message += " (\(path))" }
      if let closest {
        message += "; the closest passage (line \(closest.line), column \(closest.column)) is: “\(closest.text)”"
      }
      return [Problem(message: message, closest: closest?.text)]
    }
  }
}
