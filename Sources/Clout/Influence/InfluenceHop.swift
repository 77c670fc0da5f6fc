/// One relation behind a hop of an influence chain, read the way the influence projection reads it.
public struct HopEvidence: Sendable, Hashable {
  /// The relation's position in `network.relations`.
  public let index: Int
  /// The relation as written (subject, kind, object, dates, status, topics, citations).
  public let relation: Relation
  /// How the relation gives influence along the hop: `forward` (its `from` moves its `to`),
  /// `reverse` (its `to` moves its `from`, as in member-of or reports-to) or `mutual`.
  public let reading: InfluenceDirection
  /// The polarity of the relation's kind.
  public let polarity: Polarity
  /// What it contributes: `(strength ?? kind default) × (confidence ?? status weight)`, in (0, 1].
  public let strength: Double

  public init(index: Int, relation: Relation, reading: InfluenceDirection, polarity: Polarity, strength: Double) {
    self.index = index
    self.relation = relation
    self.reading = reading
    self.polarity = polarity
    self.strength = strength
  }
}

/// One arc of the influence projection, `source` moves `target`, with the relations that make it.
///
/// Strength: the arc's weight, the noisy-or `1 − Π(1 − s_r)` of its relations' strengths (see
/// `InfluenceProjection`). Polarity: the sign of the strength-weighted balance `Σ s_r · sign(r)`
/// (cooperative +1, neutral 0, hostile −1): cooperative when positive, hostile when negative,
/// neutral when it is zero — every relation neutral, or the two signs in exact balance. `isMixed`
/// says that both cooperative and hostile relations stand behind the hop.
public struct InfluenceHop: Sendable, Hashable {
  /// The vertex that moves.
  public let source: Int
  /// The vertex that is moved.
  public let target: Int
  /// The arc's edge id in the projection graph.
  public let arc: Int
  /// The arc's combined strength in (0, 1].
  public let strength: Double
  /// The relations behind the arc, strongest contribution first (file order among equals).
  public let evidence: [HopEvidence]
  /// On a chain read under time order, the first day (`yyyymmdd`) the hop can have taken effect;
  /// nil when it holds throughout (undated) or outside a chain.
  public let day: Int?

  public init(source: Int, target: Int, arc: Int, strength: Double, evidence: [HopEvidence], day: Int? = nil) {
    self.source = source
    self.target = target
    self.arc = arc
    self.strength = strength
    self.evidence = evidence
    self.day = day
  }

  /// `Σ s_r · sign(r)` over the hop's relations.
  public var balance: Double {
    evidence.reduce(0) { $0 + $1.strength * Double($1.polarity.sign) }
  }

  /// The hop's polarity: the sign of `balance` (neutral when it is zero).
  public var polarity: Polarity {
    let b = balance
    let scale = evidence.reduce(0) { $0 + $1.strength }
    if abs(b) <= 1e-12 * max(scale, 1) { return .neutral }
    return b > 0 ? .cooperative : .hostile
  }

  /// Whether cooperative and hostile relations both stand behind the hop.
  public var isMixed: Bool {
    evidence.contains { $0.polarity == .cooperative } && evidence.contains { $0.polarity == .hostile }
  }
}
