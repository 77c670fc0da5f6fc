import Clout
import CloutIO
import Foundation

/// Influence chains as the page's data: who moves each actor and whom it moves, each with its
/// strongest chain, hop by hop, naming the relations (and so the evidence) behind every hop.
enum ReportChains {
  /// For every entity: `in` (the actors that move it) and `out` (the actors it moves), the
  /// `count` strongest of each (`InfluenceModel.influencers(of:)`, `influenced(by:)`).
  ///
  /// Cost: O(n · maxHops · (n + m)).
  static func perActor(_ model: InfluenceModel, count: Int, rules: ChainRules) -> OutputValue {
    var fields: [(String, OutputValue)] = []
    for v in 0..<model.vertexCount {
      let moves = (try? model.influencers(of: v, rules: rules, top: count))?.actors ?? []
      let moved = (try? model.influenced(by: v, rules: rules, top: count))?.actors ?? []
      if moves.isEmpty && moved.isEmpty { continue }
      fields.append(
        (
          model.id(v),
          .object([
            ("in", .array(moves.map { ranked($0, model) })), ("out", .array(moved.map { ranked($0, model) })),
          ])
        ))
    }
    return .object(fields)
  }

  private static func ranked(_ actor: RankedActor, _ model: InfluenceModel) -> OutputValue {
    guard case .object(var fields) = chain(actor.chain, model) else { return .null }
    fields.insert(("a", .string(model.id(actor.vertex))), at: 0)
    return .object(fields)
  }

  /// A chain: `s` strength, `p` polarity, `v` entity ids from source to target, `h` hops (`s`
  /// strength, `p` polarity, `r` relation ids strongest first).
  static func chain(_ chain: InfluenceChain, _ model: InfluenceModel) -> OutputValue {
    .object([
      ("s", .number(rounded(chain.strength))), ("p", .string(chain.polarity.rawValue)),
      ("v", .array(chain.vertices.map { .string(model.id($0)) })),
      (
        "h",
        .array(
          chain.hops.map { hop in
            .object([
              ("s", .number(rounded(hop.strength))), ("p", .string(hop.polarity.rawValue)),
              ("r", .array(hop.evidence.map { .string($0.relation.id) })),
            ])
          })
      ),
    ])
  }

  /// Six significant digits: enough to read and to sort, short in the page.
  static func rounded(_ x: Double) -> Double {
    guard x.isFinite, x != 0 else { return x.isFinite ? x : 0 }
    let digits = 6 - Int((log10(abs(x))).rounded(.up))
    let scale = pow(10.0, Double(max(0, min(15, digits))))
    return (x * scale).rounded() / scale
  }
}
