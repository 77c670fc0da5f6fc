import Clout

/// Which bloc each country (or any other anchor entity) belongs to, and how an entity finds its bloc.
public struct BlocMap: Sendable, Hashable {
  /// The blocs, in legend order.
  public var blocs: [AffiliationBloc]
  /// Anchor entity id (usually a country) → bloc id.
  public var anchors: [String: String]
  /// The bloc of a country that `anchors` does not list; nil leaves such countries unaffiliated.
  public var otherCountries: String?
  /// The bloc of entities with no anchor and no country up their chain.
  public var unaffiliated: AffiliationBloc

  public init(
    blocs: [AffiliationBloc], anchors: [String: String], otherCountries: String?,
    unaffiliated: AffiliationBloc = .unaffiliated
  ) {
    self.blocs = blocs
    self.anchors = anchors
    self.otherCountries = otherCountries
    self.unaffiliated = unaffiliated
  }

  /// The map for US–China networks: the United States; China with Hong Kong (a special
  /// administrative region of the PRC); US treaty allies of the seed network and beyond (Japan,
  /// South Korea, Australia, the Philippines and the NATO members most present in export-control
  /// news); every other country is a third country. Taiwan, not a treaty ally, is a third country
  /// unless mapped otherwise.
  public static let usChina = BlocMap(
    blocs: [.unitedStates, .china, .allies, .thirdCountries],
    anchors: [
      "united-states": "united-states", "china": "china", "hong-kong": "china", "japan": "allies",
      "south-korea": "allies", "australia": "allies", "philippines": "allies", "netherlands": "allies",
      "germany": "allies", "united-kingdom": "allies", "france": "allies", "italy": "allies", "canada": "allies",
      "belgium": "allies", "poland": "allies",
    ],
    otherCountries: "third-countries")

  /// The bloc an entity belongs to.
  ///
  /// Definition: walk the chain entity → its `affiliation` → that entity's `affiliation`…; the
  /// first entity on it whose id is in `anchors` gives the bloc; failing that, the first entity of
  /// kind `country` gives `otherCountries`; failing that (or on a cycle or a dangling reference),
  /// `unaffiliated`. Cost: O(chain length), at most the number of entities.
  public func bloc(of entity: Entity, in network: Network) -> AffiliationBloc {
    var current: Entity? = entity
    var seen: Set<String> = []
    var firstCountry: Entity?
    while let e = current, seen.insert(e.id).inserted {
      if let id = anchors[e.id], let bloc = bloc(id) { return bloc }
      if firstCountry == nil, e.kind == .country { firstCountry = e }
      current = e.affiliation.flatMap { network.entity($0) }
    }
    if firstCountry != nil, let other = otherCountries.flatMap(bloc) { return other }
    return unaffiliated
  }

  /// The top of an entity's affiliation chain (the entity itself when it has no affiliation);
  /// stops at a cycle or a dangling reference. Cost: O(chain length).
  public static func root(of entity: Entity, in network: Network) -> Entity {
    var current = entity
    var seen: Set<String> = [entity.id]
    while let next = current.affiliation.flatMap({ network.entity($0) }), seen.insert(next.id).inserted {
      current = next
    }
    return current
  }

  /// The bloc with this id.
  public func bloc(_ id: String) -> AffiliationBloc? {
    if id == unaffiliated.id { return unaffiliated }
    return blocs.first { $0.id == id }
  }
}
