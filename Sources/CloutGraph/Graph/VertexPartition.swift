/// A partition of the vertices `0..<n` into numbered blocks (components, communities).
///
/// Blocks are numbered `0..<count` in order of their lowest vertex, so two partitions with the same
/// blocks are equal (`==`) whatever algorithm produced them. Memory: 4 bytes per vertex.
public struct VertexPartition: Sendable, Equatable {
  /// The number of blocks.
  public let count: Int
  /// The block of each vertex, in `0..<count`.
  public let labels: [Int32]

  /// Builds a partition from arbitrary non-negative block labels, renumbering the blocks in order of
  /// their lowest vertex. O(n + max label).
  ///
  /// - Throws: `GraphError.undefined` if a label is negative.
  public init(labels raw: [Int32]) throws(GraphError) {
    var maxLabel: Int32 = -1
    for (v, l) in raw.enumerated() {
      if l < 0 { throw .undefined("vertex \(v) has block label \(l); labels must be ≥ 0") }
      maxLabel = max(maxLabel, l)
    }
    self.init(renumbering: raw, labelBound: Int(maxLabel) + 1)
  }

  /// Renumbers labels known to lie in `0..<labelBound` by first appearance. O(n + labelBound).
  init(renumbering raw: [Int32], labelBound: Int) {
    var map = [Int32](repeating: -1, count: labelBound)
    var next: Int32 = 0
    var labels = [Int32](repeating: 0, count: raw.count)
    for v in 0..<raw.count {
      let old = Int(raw[v])
      if map[old] < 0 {
        map[old] = next
        next += 1
      }
      labels[v] = map[old]
    }
    self.count = Int(next)
    self.labels = labels
  }

  /// The vertices of each block, ascending, blocks in label order. O(n).
  public func members() -> [[Int]] {
    var out = [[Int]](repeating: [], count: count)
    for (v, l) in labels.enumerated() { out[Int(l)].append(v) }
    return out
  }

  /// The size of each block. O(n).
  public func sizes() -> [Int] {
    var out = [Int](repeating: 0, count: count)
    for l in labels { out[Int(l)] += 1 }
    return out
  }
}
