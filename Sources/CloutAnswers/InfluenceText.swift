import Clout
import CloutIO

/// Prints influence chains hop by hop, every hop with the relations behind it (kind, how it is
/// read, date, status, what it adds) and every relation with its quotes and sources, as text or
/// as JSON trees.
public struct InfluenceText {
  public let model: InfluenceModel

  public init(model: InfluenceModel) { self.model = model }

  public var network: Network { model.network }

  /// `Name [id]`.
  public func actor(_ v: Int) -> String { "\(model.name(v)) [\(model.id(v))]" }

  /// `+ cooperative`, `− hostile`, `0 neutral`.
  public static func polarity(_ p: Polarity) -> String {
    switch p {
    case .cooperative: return "+ cooperative"
    case .hostile: return "− hostile"
    case .neutral: return "0 neutral"
    }
  }

  /// What a chain does to its target, in words.
  public static func effect(_ p: Polarity) -> String {
    switch p {
    case .cooperative: return "pushes with its target"
    case .hostile: return "pushes against its target"
    case .neutral: return "moves its target without a stated direction"
    }
  }

  /// A chain: one line per hop, then its relations and their quotes.
  public func text(_ chain: InfluenceChain, indent: String = "   ") -> String {
    var out = ""
    for (i, hop) in chain.hops.enumerated() {
      let number = chain.hops.count > 1 ? "\(i + 1). " : ""
      out +=
        "\(indent)\(number)\(model.name(hop.source)) → \(model.name(hop.target))  strength \(formatNumber(hop.strength))"
        + "  \(Self.polarity(hop.polarity))\(hop.isMixed ? " (mixed)" : "")\n"
      let inner = indent + (number.isEmpty ? "  " : "   ")
      for e in hop.evidence { out += relation(e, indent: inner) }
    }
    return out
  }

  /// One relation behind a hop and its citations.
  public func relation(_ e: HopEvidence, indent: String) -> String {
    let r = e.relation
    var facts = [r.when, r.status.rawValue].compactMap { $0 }
    if let c = r.confidence, c < 1 { facts.append("confidence \(formatNumber(c))") }
    if !r.about.isEmpty { facts.append("about " + r.about.joined(separator: ", ")) }
    facts.append("adds \(formatNumber(e.strength))")
    var out = "\(indent)· \(r.from) \(r.kind) \(r.to)"
    switch e.reading {
    case .reverse: out += " (so \(r.to) moves \(r.from))"
    case .mutual: out += " (both ways)"
    case .forward, .none: break
    }
    out += "  [\(e.polarity.rawValue)] " + facts.joined(separator: " · ") + "\n"
    for c in r.citations { out += "\(indent)    “\(c.quote)” — \(citation(c.source))\n" }
    return out
  }

  /// `outlet, date [id]`, the outlet without its parenthesised gloss and at most 40 characters.
  public func citation(_ id: String) -> String { Self.citation(id, in: network) }

  public static func citation(_ id: String, in network: Network) -> String {
    guard let s = network.source(id) else { return "[\(id)]" }
    var outlet = s.outlet ?? s.title
    if let cut = outlet.range(of: " (") { outlet = String(outlet[..<cut.lowerBound]) }
    if outlet.count > 40 { outlet = String(outlet.prefix(39)) + "…" }
    return (s.isReference ? "reference: " : "")
      + [outlet, s.date?.description].compactMap { $0 }.joined(separator: ", ")
      + " [\(id)]"
  }

  /// A chain as JSON, every hop with its relations and their sources.
  public func tree(_ chain: InfluenceChain) -> OutputValue {
    .object([
      ("from", .string(model.id(chain.source))), ("to", .string(model.id(chain.target))),
      ("strength", .number(chain.strength)), ("polarity", .string(chain.polarity.rawValue)),
      ("vertices", .array(chain.vertices.map { .string(model.id($0)) })),
      ("hops", .array(chain.hops.map(tree))),
    ])
  }

  public func tree(_ hop: InfluenceHop) -> OutputValue {
    .object([
      ("from", .string(model.id(hop.source))), ("to", .string(model.id(hop.target))),
      ("strength", .number(hop.strength)), ("polarity", .string(hop.polarity.rawValue)),
      ("mixed", .bool(hop.isMixed)), ("relations", .array(hop.evidence.map(tree))),
    ])
  }

  public func tree(_ e: HopEvidence) -> OutputValue {
    let r = e.relation
    return .object([
      ("id", .string(r.id)), ("from", .string(r.from)), ("kind", .string(r.kind)), ("to", .string(r.to)),
      ("read_as", .string(e.reading.rawValue)), ("polarity", .string(e.polarity.rawValue)),
      ("contributes", .number(e.strength)), ("date", .text(r.when)), ("status", .string(r.status.rawValue)),
      ("confidence", r.confidence.map { .number($0) } ?? .null), ("strength", r.strength.map { .number($0) } ?? .null),
      ("about", .array(r.about.map { .string($0) })), ("note", .text(r.note)),
      ("sources", .array(r.citations.map(tree))),
    ])
  }

  public func tree(_ c: Citation) -> OutputValue {
    let s = network.source(c.source)
    return .object([
      ("source", .string(c.source)), ("quote", .string(c.quote)), ("title", .text(s?.title)),
      ("outlet", .text(s?.outlet)), ("date", .text(s?.date?.description)), ("url", .text(s?.url)),
      ("file", .text(s?.file)),
    ])
  }
}
