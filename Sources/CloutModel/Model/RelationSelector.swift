/// Names relations by what they say rather than by id: every relation `from` → `to`, of a kind,
/// about a topic. A selector with an `id` names that one relation.
///
/// Fields left nil match anything; `from` and `to` match the relation as written, and also the
/// other way round when `eitherWay` is set (for symmetric kinds such as `negotiates`).
public struct RelationSelector: Hashable, Sendable {
  public var id: String?
  public var from: String?
  public var to: String?
  public var kind: String?
  /// A topic id the relation must be about.
  public var about: String?
  public var eitherWay: Bool

  public init(
    id: String? = nil, from: String? = nil, to: String? = nil, kind: String? = nil, about: String? = nil,
    eitherWay: Bool = false
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.kind = kind
    self.about = about
    self.eitherWay = eitherWay
  }

  /// Whether `relation` is one of those named.
  public func matches(_ relation: Relation) -> Bool {
    if let id, relation.id != id { return false }
    if let kind, relation.kind != kind { return false }
    if let about, !relation.about.contains(about) { return false }
    if ends(relation.from, relation.to) { return true }
    return eitherWay && ends(relation.to, relation.from)
  }

  private func ends(_ a: String, _ b: String) -> Bool {
    (from == nil || from == a) && (to == nil || to == b)
  }

  /// The relations of `network` it names, in file order. Cost: O(relations).
  public func select(in network: Network) -> [Relation] { network.relations.filter(matches) }

  /// A short description for messages: `china → donald-trump (negotiates, about rare-earths)`.
  public var description: String {
    if let id { return "relation '\(id)'" }
    var text = "\(from ?? "*") \(eitherWay ? "↔" : "→") \(to ?? "*")"
    let details = [kind, about.map { "about \($0)" }].compactMap { $0 }
    if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
    return text
  }
}
