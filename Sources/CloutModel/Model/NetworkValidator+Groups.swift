extension NetworkValidator {
  /// Checks the declared groups: unique ids, known members, each member listed once, colours in
  /// `#RRGGBB` form.
  static func checkGroups(of network: Network, entityIDs: [String], into found: inout [Diagnostic]) {
    duplicates(network.groups.map { ($0.id, $0.location) }, "group", into: &found)
    var listedIn: [String: String] = [:]
    for group in network.groups {
      if let color = group.color, !EntityGroup.isColor(color) {
        found.append(
          .error(
            "group '\(group.id)' has colour '\(color)'", at: group.location,
            hint: "write a colour as #RRGGBB, e.g. #0072B2"))
      }
      for member in group.members {
        if network.entity(member) == nil {
          found.append(
            .error(
              "group '\(group.id)' lists unknown entity '\(member)'", at: group.location,
              hint: suggestion(member, entityIDs, declare: "entities")))
        } else if let other = listedIn[member] {
          found.append(
            .error(
              "entity '\(member)' is listed in group '\(other)' and in group '\(group.id)'", at: group.location,
              hint: "an entity belongs to one group; its affiliates follow it"))
        } else {
          listedIn[member] = group.id
        }
      }
    }
  }
}
