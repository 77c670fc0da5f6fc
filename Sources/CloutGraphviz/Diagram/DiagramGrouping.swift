import Clout

/// Which group each drawn entity is coloured by, and the groups the legend lists: exactly those
/// drawn, in order of their first member.
///
/// Rule, from the data only:
/// 1. When the network declares groups, an entity takes `Network.group(of:)` (the group listing the
///    first entity of its affiliation chain); its colour is the group's, else the next colour of
///    `DiagramPalette.groupColors` in declaration order. Entities of no group are drawn as
///    "other" (grey).
/// 2. Otherwise entities are grouped by the top of their affiliation chain
///    (`Network.affiliationRoot(of:)`); each top that heads at least two drawn entities gets the
///    next palette colour in order of first appearance, while the palette lasts; the rest are
///    "other". When no top heads two entities there are no groups (plain fill, no legend section).
/// 3. A community map (`DiagramOptions.colorByCommunity`) replaces both: one group per community,
///    the largest first, coloured while the palette lasts.
/// Cost: O(n · (chain length + groups)).
public struct DiagramGrouping: Sendable {
  /// Entity id → its group (absent: plain fill).
  public var groupOf: [String: DiagramGroup] = [:]
  /// The groups drawn, in legend order.
  public var drawn: [DiagramGroup] = []

  init() {}

  /// The grouping of every entity of a network, with names in `language`.
  public init(network: Network, language: String = "en") {
    self = Self.resolve(
      entities: network.entities, network: network, communities: nil, words: DiagramVocabulary(language: language))
  }

  static func resolve(
    entities: [Entity], network: Network, communities: [String: Int]?, words: DiagramVocabulary
  ) -> DiagramGrouping {
    let other = DiagramGroup(
      id: "clout-other", label: words.word(.other), fill: DiagramPalette.greyTint, border: DiagramPalette.grey)
    let palette = DiagramPalette.groupColors
    var result = DiagramGrouping()
    var order: [String] = []
    func assign(_ entity: Entity, _ group: DiagramGroup) {
      result.groupOf[entity.id] = group
      if !order.contains(group.id) {
        order.append(group.id)
        result.drawn.append(group)
      }
    }
    if let communities {
      var sizes: [Int: Int] = [:]
      for e in entities { if let c = communities[e.id] { sizes[c, default: 0] += 1 } }
      let ranked = sizes.keys.sorted { (sizes[$0] ?? 0, $1) > (sizes[$1] ?? 0, $0) }
      var colour: [Int: DiagramGroup] = [:]
      for (i, c) in ranked.enumerated() where i < palette.count && (sizes[c] ?? 0) > 1 {
        colour[c] = DiagramGroup(id: "community-\(c)", label: "\(words.word(.community)) \(c)", color: palette[i])
      }
      for e in entities where communities[e.id] != nil { assign(e, colour[communities[e.id] ?? -1] ?? other) }
      result.drawn.sort { ($0.id == other.id ? 1 : 0) < ($1.id == other.id ? 1 : 0) }
      return result
    }
    if !network.groups.isEmpty {
      var byID: [String: DiagramGroup] = [:]
      var next = 0
      for group in network.groups {
        var color = group.color
        if color == nil {
          color = palette[next % palette.count]
          next += 1
        }
        byID[group.id] = DiagramGroup(id: group.id, label: group.name(in: words.language), color: color ?? "")
      }
      for e in entities { assign(e, network.group(of: e.id).flatMap { byID[$0.id] } ?? other) }
      return result
    }
    var roots: [String: Entity] = [:]
    var counts: [String: Int] = [:]
    for e in entities {
      let root = network.affiliationRoot(of: e.id) ?? e
      roots[e.id] = root
      counts[root.id, default: 0] += 1
    }
    guard counts.values.contains(where: { $0 > 1 }) else { return result }
    var colour: [String: DiagramGroup] = [:]
    for e in entities {
      guard let root = roots[e.id], (counts[root.id] ?? 0) > 1, colour[root.id] == nil, colour.count < palette.count
      else { continue }
      colour[root.id] = DiagramGroup(id: root.id, label: root.name(in: words.language), color: palette[colour.count])
    }
    for e in entities { assign(e, roots[e.id].flatMap { colour[$0.id] } ?? other) }
    return result
  }
}
