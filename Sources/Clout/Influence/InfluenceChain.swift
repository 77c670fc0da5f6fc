/// A chain of influence: hops `v₀ → v₁ → … → v_k` along the influence projection, each hop carrying
/// the relations (and so the quotes and sources) behind it.
///
/// Strength: the product of the hop strengths, the probability that the source's push reaches the
/// target when every hop passes it on independently with its strength (1 for the empty chain).
///
/// Polarity — does the chain push with or against its target? The product of the hop signs
/// (cooperative +1, hostile −1), where a neutral hop (regulates, negotiates, pressures, meets)
/// passes the sign on unchanged; a chain of neutral hops only is neutral. This is the sign of a path
/// in a signed graph (Cartwright & Harary 1956, "Structural balance"): lobbies (+) → regulates (0)
/// → sanctions (−) is hostile to its target; criticizes (−) → sanctions (−) is cooperative, in the
/// sense that pressure on a hostile actor relieves its target. It is a structural reading of the
/// recorded relations, not a claim about anyone's intent.
public struct InfluenceChain: Sendable, Hashable {
  /// Where the chain starts (the actor that moves).
  public let source: Int
  /// The hops in order; empty when `source` is the target itself.
  public let hops: [InfluenceHop]

  public init(source: Int, hops: [InfluenceHop]) {
    self.source = source
    self.hops = hops
  }

  /// Where the chain ends (the actor that is moved).
  public var target: Int { hops.last?.target ?? source }

  /// The vertices from source to target.
  public var vertices: [Int] { [source] + hops.map(\.target) }

  /// The arc ids from source to target.
  public var arcs: [Int] { hops.map(\.arc) }

  /// The product of the hop strengths, multiplied from source to target.
  public var strength: Double { hops.reduce(1.0) { $0 * $1.strength } }

  /// The chain's polarity (see the type's documentation).
  public var polarity: Polarity { Self.polarity(of: hops.map(\.polarity)) }

  /// The polarity of a chain whose hops have these polarities: the product of the non-neutral
  /// signs, neutral when every hop is neutral.
  public static func polarity(of hops: [Polarity]) -> Polarity {
    var sign = 1
    var signed = false
    for p in hops where p != .neutral {
      sign *= p.sign
      signed = true
    }
    if !signed { return .neutral }
    return sign > 0 ? .cooperative : .hostile
  }
}
