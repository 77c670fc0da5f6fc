/// Computed scores to write as node attributes of an export (`clout export --scores
/// pagerank,influence`), so that the receiving tool shows Clout's numbers next to its own.
/// Each column is written as a typed double attribute under its name; entities without a value
/// get none.
public struct NodeScores: Sendable {
  public var columns: [(name: String, values: [String: Double])]

  public init(columns: [(name: String, values: [String: Double])] = []) {
    self.columns = columns
  }
}
