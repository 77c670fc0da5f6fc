import Clout

/// Starting positions that lay groups out side by side for force-directed layouts (`neato`,
/// `fdp`, `sfdp` start from a node's `pos` when it has one; `dot` ignores it).
///
/// Rule: the groups drawn go on one row, the first group at the left end, the second at the right
/// end and the others between them in legend order (two sides with the third parties between);
/// each group's members start on a square grid around the group's centre, one inch apart, in file
/// order. The layout then moves every node freely; only the start differs. Without groups, or with
/// one, no hints are given. Cost: O(n).
enum DiagramPlacement {
  static func hints(entities: [Entity], grouping: DiagramGrouping, bundles: [DiagramEdgeBundle]) -> [String: String] {
    guard grouping.drawn.count > 1 else { return [:] }
    var order = grouping.drawn.map(\.id)
    let second = order.remove(at: 1)
    order.append(second)
    var members: [String: [String]] = [:]
    for e in entities { if let g = grouping.groupOf[e.id] { members[g.id, default: []].append(e.id) } }
    var hints: [String: String] = [:]
    var left = 0.0
    for id in order {
      let list = members[id] ?? []
      let side = Int(Double(list.count).squareRoot().rounded(.up))
      for (i, entity) in list.enumerated() {
        let x = left + Double(i % max(1, side))
        let y = Double(i / max(1, side))
        hints[entity] = DiagramBuilder.number(x) + "," + DiagramBuilder.number(y)
      }
      left += Double(side) + 1.5
    }
    return hints
  }
}
