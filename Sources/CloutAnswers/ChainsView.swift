import Clout
import CloutIO

/// The answer of `clout path` on a network: the strongest chains from one actor to another under
/// the chain rules (or, with `--hops`, those of fewest hops), each hop with the relations behind
/// it and how they make its strength, as text and JSON.
public struct ChainsView {
  public let model: InfluenceModel
  public let source: Int
  public let target: Int
  public let chains: [InfluenceChain]
  /// The chain rules the chains followed (ignored when ranked by hops).
  public let rules: ChainRules
  /// Whether the chains were ranked by number of hops (`--hops`), every relation counted.
  public let hops: Bool
  /// The relation filters in force, in words (`FilterSpec.summary`).
  public let filters: String

  public init(
    model: InfluenceModel, source: Int, target: Int, chains: [InfluenceChain], rules: ChainRules, hops: Bool,
    filters: String
  ) {
    self.model = model
    self.source = source
    self.target = target
    self.chains = chains
    self.rules = rules
    self.hops = hops
    self.filters = filters
  }

  /// The chains of `source` to `target`: the `k` strongest under `rules`, or with `hops` the `k`
  /// of fewest hops in the influence projection.
  public static func find(
    in model: InfluenceModel, from source: Int, to target: Int, k: Int, rules: ChainRules, hops: Bool
  ) throws(InfluenceError) -> [InfluenceChain] {
    if hops {
      let paths = (try? model.graph.kShortestPaths(from: source, to: target, k: k, weighted: false)) ?? []
      return paths.map { model.chain(from: source, arcs: $0.edges) }
    }
    return try model.strongestChains(from: source, to: target, k: k, rules: rules)
  }

  /// What the chains followed, in words.
  public var ruleText: String { hops ? "fewest hops, every relation counted" : rules.statement }

  /// The answer as `--format json` prints it.
  public func tree() -> OutputValue {
    let p = InfluenceText(model: model)
    return .object([
      ("from", .string(model.id(source))), ("to", .string(model.id(target))), ("rules", .string(ruleText)),
      ("max_hops", hops ? .null : .int(rules.maxHops)), ("time_order", .bool(!hops && rules.timeOrder)),
      ("filters", .string(filters)), ("chains", .array(chains.map(p.tree))),
    ])
  }

  /// The answer as the command line prints it.
  public func text() -> String {
    let p = InfluenceText(model: model)
    var out = "chains: \(ruleText)\n"
    for (i, c) in chains.enumerated() {
      let measure =
        hops
        ? "\(c.hops.count) hops, strength \(formatStrength(c.strength))" : "strength \(formatStrength(c.strength))"
      out +=
        "chain \(i + 1): \(c.vertices.map { model.name($0) }.joined(separator: " → "))  (\(measure))  "
        + InfluenceText.polarity(c.polarity) + "\n"
      out += p.text(c, indent: "  ")
    }
    return out
  }
}
