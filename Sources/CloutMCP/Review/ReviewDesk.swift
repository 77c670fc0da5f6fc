import Clout
import CloutAnswers
import CloutIO
import Foundation
import MCP

typealias MCPValue = MCP.Value

/// Takes an assistant's proposals (`propose_actor`, `propose_relation`), checks them
/// (`ReviewCheck`) and appends those that pass to the network's review file. One at a time, so
/// two calls never write the file at once.
actor ReviewDesk {
  let network: Network
  let networkFile: String
  let texts: SourceTexts

  init(network: Network, networkFile: String) {
    self.network = network
    self.networkFile = networkFile
    texts = SourceTexts(networkFile: networkFile)
  }

  var reviewPath: String { ReviewFile.path(forNetwork: networkFile) }

  func proposeActor(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let existing = try pending()
    var fields: [(String, OutputValue)] = [
      ("id", .string(try a.requiredString("id"))), ("kind", .string(try a.requiredString("kind"))),
      ("name", .string(try a.requiredString("name"))),
    ]
    let names = try a.values["names"].map { v throws(AnswerError) in try Self.names(v) }
    if let names, !names.isEmpty { fields.append(("names", .object(names.map { ($0.0, .string($0.1)) }))) }
    let aliases = try a.strings("aliases")
    if !aliases.isEmpty { fields.append(("aliases", .array(aliases.map { .string($0) }))) }
    if let role = try a.string("role") { fields.append(("role", .string(role))) }
    if let affiliation = try a.string("affiliation") {
      fields.append(("affiliation", .string(try resolve(affiliation, proposed: existing))))
    }
    if let note = try a.string("note") { fields.append(("note", .string(note))) }
    return try accept(Proposal(kind: .entity, fields: fields + (try citation(a)), location: nil), existing)
  }

  func proposeRelation(_ a: ToolArguments) throws(AnswerError) -> ToolAnswer {
    let existing = try pending()
    var fields: [(String, OutputValue)] = [
      ("from", .string(try resolve(try a.requiredString("from"), proposed: existing))),
      ("to", .string(try resolve(try a.requiredString("to"), proposed: existing))),
      ("kind", .string(try a.requiredString("kind"))),
    ]
    let about = try a.strings("about")
    if !about.isEmpty { fields.append(("about", .array(about.map { .string($0) }))) }
    for key in ["date", "start", "end", "status"] {
      if let v = try a.string(key) { fields.append((key, .string(v))) }
    }
    for key in ["confidence", "strength"] {
      if let x = try a.double(key) { fields.append((key, .number(x))) }
    }
    for key in ["place", "note"] {
      if let v = try a.string(key) { fields.append((key, .string(v))) }
    }
    return try accept(Proposal(kind: .relation, fields: fields + (try citation(a)), location: nil), existing)
  }

  /// The proposals already in the review file.
  private func pending() throws(AnswerError) -> [Proposal] {
    do throws(InputError) {
      return try ReviewFile.read(reviewPath)
    } catch {
      throw AnswerError(error.description)
    }
  }

  /// An entity of the network by any of its names, or the id of a pending proposed entity.
  private func resolve(_ query: String, proposed: [Proposal]) throws(AnswerError) -> String {
    if proposed.contains(where: { $0.kind == .entity && $0.string("id") == query }) { return query }
    return try EntityMatch.resolve(query, in: network).id
  }

  private func citation(_ a: ToolArguments) throws(AnswerError) -> [(String, OutputValue)] {
    let source = try a.requiredString("source")
    let quote = try a.requiredString("quote")
    return [
      ("sources", .array([.object([("source", .string(source)), ("quote", .string(quote))])])),
      ("proposed", .string(ISO8601DateFormatter().string(from: Date()))),
    ]
  }

  private func accept(_ p: Proposal, _ existing: [Proposal]) throws(AnswerError) -> ToolAnswer {
    var check = ReviewCheck(network: network, texts: texts)
    check.proposedEntities = Set(existing.filter { $0.kind == .entity }.compactMap { $0.string("id") })
    if p.kind == .entity, let id = p.string("id"), check.proposedEntities.contains(id) {
      throw AnswerError("entity '\(id)' is already proposed in \(reviewPath)")
    }
    let problems = check.problems(p)
    if !problems.isEmpty {
      throw AnswerError(
        "proposal refused: " + problems.map(\.message).joined(separator: "; "),
        suggestions: problems.compactMap(\.closest))
    }
    let all = existing + [p]
    do throws(InputError) {
      try ReviewFile.write(all, network: (networkFile as NSString).lastPathComponent, to: reviewPath)
    } catch {
      throw AnswerError(error.description)
    }
    let tree = OutputValue.object([
      ("accepted", .bool(true)), ("review_file", .string(reviewPath)), ("pending", .int(all.count)),
      ("proposal", .object([("type", .string(p.kind.rawValue))] + p.fields)),
    ])
    let text =
      "accepted: \(p.title), quote found verbatim in its source; written to \(reviewPath) "
      + "(\(all.count) proposal\(all.count == 1 ? "" : "s") awaiting review by a person; the network file is unchanged)\n"
    return ToolAnswer(structured: tree, text: text)
  }

  /// `names`: an object of language → name.
  private static func names(_ v: MCPValue) throws(AnswerError) -> [(String, String)] {
    guard case .object(let object) = v else { throw AnswerError("propose_actor: argument 'names' must be an object") }
    var out: [(String, String)] = []
    for key in object.keys.sorted() {
      guard case .string(let s)? = object[key] else {
        throw AnswerError("propose_actor: names.\(key) must be a text")
      }
      out.append((key, s))
    }
    return out
  }
}
