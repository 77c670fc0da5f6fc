import Clout

/// Groups drawn entities into clusters for `DiagramOptions.Clustering`.
struct DiagramClusters {
  struct Group {
    let key: String
    let label: String
    var members: [String]
  }

  /// The groups in order of their first member; groups by affiliation that hold one entity only
  /// are left out (a box around a lone entity says nothing). Cost: O(n · chain length).
  static func groups(
    of entities: [Entity], mode: DiagramOptions.Clustering, network: Network, grouping: DiagramGrouping,
    words: DiagramVocabulary
  ) -> [Group] {
    var groups: [Group] = []
    var index: [String: Int] = [:]
    func add(_ entity: Entity, key: String, label: String) {
      if let i = index[key] {
        groups[i].members.append(entity.id)
      } else {
        index[key] = groups.count
        groups.append(Group(key: key, label: label, members: [entity.id]))
      }
    }
    for entity in entities {
      switch mode {
      case .none:
        return []
      case .affiliation:
        let root = network.affiliationRoot(of: entity.id) ?? entity
        add(entity, key: root.id, label: root.name(in: words.language))
      case .group:
        guard let group = grouping.groupOf[entity.id] else { continue }
        add(entity, key: group.id, label: group.label)
      case .kind:
        add(entity, key: entity.kind.id, label: words.entityKind(entity.kind))
      case .communities(let map):
        guard let community = map[entity.id] else { continue }
        add(entity, key: "community-\(community)", label: "\(words.word(.community)) \(community)")
      }
    }
    if case .affiliation = mode { return groups.filter { $0.members.count > 1 } }
    return groups
  }
}
