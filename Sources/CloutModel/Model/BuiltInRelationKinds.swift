extension RelationKind {
  /// The kinds every network knows. Strengths are coarse priors for "how likely a relation of
  /// this kind is to move its target", meant to be overridden per relation where sources say more.
  public static let builtIn: [RelationKind] = [
    .init(
      id: "lobbies", influence: .forward, polarity: .cooperative, defaultStrength: 0.5,
      description: "A presses B to decide in A's favour"),
    .init(
      id: "sanctions", influence: .forward, polarity: .hostile, defaultStrength: 0.8,
      description: "A imposes sanctions or penalties on B"),
    .init(
      id: "restricts", influence: .forward, polarity: .hostile, defaultStrength: 0.7,
      description: "A limits what B may do: export controls, bans, entity-list listings"),
    .init(
      id: "negotiates", influence: .mutual, polarity: .neutral, symmetric: true, defaultStrength: 0.5,
      description: "A and B negotiate with each other", onward: false),
    .init(
      id: "advises", influence: .forward, polarity: .cooperative, defaultStrength: 0.5,
      description: "A advises B"),
    .init(
      id: "regulates", influence: .forward, polarity: .neutral, defaultStrength: 0.7,
      description: "A has regulatory authority over B"),
    .init(
      id: "criticizes", influence: .forward, polarity: .hostile, defaultStrength: 0.3,
      description: "A publicly criticises B"),
    .init(
      id: "opposes", influence: .forward, polarity: .hostile, defaultStrength: 0.4,
      description: "A opposes B or B's policy"),
    .init(
      id: "supports", influence: .forward, polarity: .cooperative, defaultStrength: 0.4,
      description: "A backs B or B's policy"),
    .init(
      id: "supplies", influence: .forward, polarity: .cooperative, defaultStrength: 0.5,
      description: "A supplies B; the supplier has leverage over the buyer"),
    .init(
      id: "depends-on", influence: .reverse, polarity: .cooperative, defaultStrength: 0.6,
      description: "A depends on B, so B can move A"),
    .init(
      id: "allied-with", influence: .mutual, polarity: .cooperative, symmetric: true, defaultStrength: 0.5,
      description: "A and B are allies"),
    .init(
      id: "member-of", influence: .reverse, polarity: .cooperative, defaultStrength: 0.6,
      description: "A is a member of B, so B can move A", onward: false),
    .init(
      id: "leads", influence: .forward, polarity: .cooperative, defaultStrength: 0.8,
      description: "A heads B"),
    .init(
      id: "appoints", influence: .forward, polarity: .cooperative, defaultStrength: 0.7,
      description: "A appoints B"),
    .init(
      id: "reports-to", influence: .reverse, polarity: .cooperative, defaultStrength: 0.8,
      description: "A reports to B, so B can move A"),
    .init(
      id: "retaliates", influence: .forward, polarity: .hostile, defaultStrength: 0.7,
      description: "A retaliates against B"),
    .init(
      id: "transships-via", influence: .none, polarity: .neutral, defaultStrength: 0.2,
      description: "A's goods pass through B"),
    .init(
      id: "invests-in", influence: .forward, polarity: .cooperative, defaultStrength: 0.4,
      description: "A invests in B"),
    .init(
      id: "rejects", influence: .forward, polarity: .hostile, defaultStrength: 0.5,
      description: "A rejects B, B's product or B's demand"),
    .init(
      id: "permits", influence: .forward, polarity: .cooperative, defaultStrength: 0.7,
      description: "A grants B a licence or approval"),
    .init(
      id: "pressures", influence: .forward, polarity: .neutral, defaultStrength: 0.5,
      description: "A urges or demands that B act"),
    .init(
      id: "meets", influence: .mutual, polarity: .neutral, symmetric: true, defaultStrength: 0.3,
      description: "A and B meet", onward: false),
    .init(
      id: "owns", influence: .forward, polarity: .cooperative, defaultStrength: 0.8,
      description: "A owns B"),
    .init(
      id: "competes-with", influence: .none, polarity: .hostile, symmetric: true, defaultStrength: 0.2,
      description: "A and B compete"),
  ]
}
