import Clout
import CloutIO

/// The answer of `clout rank`: actors (or edge-list vertices) ordered by a measure, best first,
/// ties by id and sharing their rank (`CompetitionRanks`), as a table, CSV or a JSON tree. When
/// every actor ties, the table says so instead of pretending to order them.
public struct RankView {
  /// What a sampled betweenness estimate rests on (`--samples`, `--seed`) and its error bound.
  public struct Sampling {
    public var sources: Int
    public var seed: UInt64
    public var errorBound: Double

    public init(sources: Int, seed: UInt64, errorBound: Double) {
      self.sources = sources
      self.seed = seed
      self.errorBound = errorBound
    }
  }

  /// Scores read from a table (`rank --scores`) instead of computed: the column's name, where
  /// they came from, and which vertices the table scores (the others are left out).
  public struct ScoreColumn {
    public var name: String
    public var origin: String
    public var scored: [Bool]

    public init(name: String, origin: String, scored: [Bool]) {
      self.name = name
      self.origin = origin
      self.scored = scored
    }
  }

  public let g: AnalysisGraph
  public let measure: Measure
  /// The scores' column name: the measure's, or the score table's.
  public let name: String
  /// What the number means, the line a table starts with.
  public let meaning: String
  public let scores: [Double]
  /// The vertices shown, in rank order.
  public let order: [Int]
  /// The ranks of every vertex ranked (not only those shown), in rank order: ties share a rank.
  public let ranks: CompetitionRanks
  public let sampling: Sampling?
  /// The chain rules (they matter to `reach`).
  public let rules: ChainRules

  /// Ranks every vertex (or those of entity kind `kind`), keeping the first `top` (0: all).
  public init(
    g: AnalysisGraph, measure: Measure, scores: [Double], kind: String?, top: Int, sampling: Sampling?,
    rules: ChainRules = ChainRules(), column: ScoreColumn? = nil
  ) {
    self.g = g
    self.measure = measure
    self.scores = scores
    self.sampling = column == nil ? sampling : nil
    self.rules = rules
    self.name = column?.name ?? measure.rawValue
    self.meaning = column.map { "scores read from \($0.origin)" } ?? Self.meaning(measure, rules: rules)
    var order = Array(0..<g.vertexCount)
    if let column { order = order.filter { column.scored[$0] } }
    if let kind { order = order.filter { g.kinds[$0] == kind } }
    order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : g.ids[$0] < g.ids[$1] }
    self.ranks = CompetitionRanks(sortedScores: order.map { scores[$0] })
    self.order = top > 0 ? Array(order.prefix(top)) : order
  }

  /// An edge list has no names or kinds: its labels are the ids.
  private var plain: Bool { g.network == nil && g.names == g.ids && g.kinds.allSatisfy(\.isEmpty) }

  /// The answer as `--format json` prints it.
  public func tree() -> OutputValue {
    let rows: [OutputValue] = order.enumerated().map { rank, v in
      .object(
        plain
          ? [
            ("rank", .int(ranks.ranks[rank])), ("tied", .bool(ranks.tied[rank])), ("id", .string(g.ids[v])),
            ("score", .number(scores[v])),
          ]
          : [
            ("rank", .int(ranks.ranks[rank])), ("tied", .bool(ranks.tied[rank])), ("id", .string(g.ids[v])),
            ("name", .string(g.names[v])), ("kind", .string(g.kinds[v])), ("score", .number(scores[v])),
          ])
    }
    var fields: [(String, OutputValue)] = [
      ("measure", .string(name)), ("means", .string(meaning)),
    ]
    if let sampling {
      fields.append(
        (
          "sampled",
          .object([
            ("sources", .int(sampling.sources)), ("seed", .int(Int(truncatingIfNeeded: sampling.seed))),
            ("error_bound", .number(sampling.errorBound)), ("confidence", .number(0.95)),
          ])
        ))
    }
    fields.append(("all_tied", .bool(ranks.allTied)))
    fields.append(("results", .array(rows)))
    return .object(fields)
  }

  /// The one line every ranking prints: what its number means (with the chain rules for reach).
  public static func meaning(_ measure: Measure, rules: ChainRules) -> String {
    measure == .reach ? "\(measure.summary) (\(rules.statement))" : measure.summary
  }

  /// The answer as `--format table` prints it: what the number means, then the table; when every
  /// actor ties, a sentence saying so first, and when some do, the rule for shared ranks after it.
  public func text() -> String {
    var out = "\(name): \(meaning)\n"
    if ranks.allTied, let v = order.first {
      out +=
        "All \(ranks.ranks.count) \(plain ? "vertices" : "actors") tie at \(name) \(formatNumber(scores[v])): "
        + "the measure does not tell them apart, so they share rank 1.\n"
    }
    out += table().text()
    if !ranks.allTied, ranks.tied.prefix(order.count).contains(true) { out += CompetitionRanks.rule + "\n" }
    return out
  }

  /// The answer as a table (`--format table` prints its text, `--format csv` its CSV).
  public func table() -> Table {
    var table = Table(plain ? ["rank", "id", name] : ["rank", "id", "name", "kind", name])
    for (rank, v) in order.enumerated() {
      let score = formatNumber(scores[v])
      table.add(
        plain
          ? [ranks.label(rank), g.ids[v], score] : [ranks.label(rank), g.ids[v], g.names[v], g.kinds[v], score])
    }
    return table
  }
}
