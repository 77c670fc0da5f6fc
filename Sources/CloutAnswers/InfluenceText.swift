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

  /// A chain: one line per hop, then its relations and their quotes; a hop of several relations
  /// says how noisy-or combines them.
  public func text(_ chain: InfluenceChain, indent: String = "   ") -> String {
    var out = ""
    for (i, hop) in chain.hops.enumerated() {
      let number = chain.hops.count > 1 ? "\(i + 1). " : ""
      out +=
        "\(indent)\(number)\(model.name(hop.source)) → \(model.name(hop.target))  strength \(formatStrength(hop.strength))"
        + "  \(Self.polarity(hop.polarity))\(hop.isMixed ? " (mixed)" : "")"
        + (hop.day.map { "  from \(Self.day($0))" } ?? "") + "\n"
      let inner = indent + (number.isEmpty ? "  " : "   ")
      for e in hop.evidence { out += relation(e, indent: inner) }
      if hop.evidence.count > 1 { out += "\(inner)\(Self.noisyOr(hop))\n" }
    }
    return out
  }

  /// `2024-05-01` from `20240501`.
  public static func day(_ d: Int) -> String {
    String(format: "%04d-%02d-%02d", d / 10_000, (d / 100) % 100, d % 100)
  }

  /// How a hop's relations make its strength, in words and numbers.
  public static func noisyOr(_ hop: InfluenceHop) -> String {
    let factors = hop.evidence.map { "(1 − \(formatStrength($0.strength)))" }.joined()
    return "= 1 − \(factors) = \(formatStrength(hop.strength)): the hop moves its target unless every one of its "
      + "\(hop.evidence.count) relations fails (noisy-or)"
  }

  /// One relation behind a hop and its citations, with how its strength is made:
  /// `kind strength × status weight (or confidence) = contribution`.
  public func relation(_ e: HopEvidence, indent: String) -> String {
    let r = e.relation
    var facts = [r.when, r.status.rawValue].compactMap { $0 }
    if !r.about.isEmpty { facts.append("about " + r.about.joined(separator: ", ")) }
    let kindStrength = r.strength ?? network.kind(of: r)?.defaultStrength ?? e.strength
    let weight =
      r.confidence.map { "confidence \(formatStrength($0))" }
      ?? "\(r.status.rawValue) weight \(formatStrength(r.status.defaultWeight))"
    facts.append(
      "strength \(formatStrength(kindStrength))\(r.strength == nil ? " (kind default)" : "") × \(weight) "
        + "= \(formatStrength(e.strength))")
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
      ("mixed", .bool(hop.isMixed)), ("day", hop.day.map { .string(Self.day($0)) } ?? .null),
      ("relations", .array(hop.evidence.map(tree))),
    ])
  }

  public func tree(_ e: HopEvidence) -> OutputValue {
    let r = e.relation
    return .object([
      ("id", .string(r.id)), ("from", .string(r.from)), ("kind", .string(r.kind)), ("to", .string(r.to)),
      ("read_as", .string(e.reading.rawValue)), ("polarity", .string(e.polarity.rawValue)),
      ("contributes", .number(e.strength)), ("date", .text(r.when)), ("status", .string(r.status.rawValue)),
      ("status_weight", .number(r.status.defaultWeight)),
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
