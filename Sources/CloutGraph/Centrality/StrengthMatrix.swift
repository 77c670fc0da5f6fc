/// The adjacency matrix A of a graph with weights as STRENGTHS, stored row by row for fast
/// matrix–vector products in the spectral centralities (eigenvector, Katz, PageRank, HITS).
///
/// `A[u][v]` is the total weight of the arcs u→v: parallel arcs ADD UP (A lobbies B twice counts
/// twice). An undirected edge gives `A[u][v] = A[v][u] = w`; an undirected self-loop gives
/// `A[v][v] = w` once (networkx convention; the CSR lists it twice, so each of its two slots
/// carries w/2). A directed self-loop is the ordinary arc v→v.
///
/// `gather(x)` computes `y[v] = Σ_u M[v][u] · x[u]` over the stored rows: with `transposed` rows
/// (built from arcs entering v) that is `Aᵀx`, with forward rows `Ax`. Cost O(n + m) per product.
struct StrengthMatrix: Sendable {
  let vertexCount: Int
  private let offsets: [Int]
  private let columns: [Int32]
  private let values: [Double]

  /// - Parameters:
  ///   - transposed: rows from arcs entering each vertex (`Aᵀ`), otherwise from arcs leaving it (`A`).
  ///   - weighted: use the graph's weights (when it has any), otherwise 1 per arc.
  ///   - allowNegative: accept negative weights instead of throwing `GraphError.negativeWeight`.
  init(_ graph: CSRGraph, transposed: Bool, weighted: Bool, allowNegative: Bool) throws(GraphError) {
    let weights = weighted ? graph.edgeWeights : nil
    if let weights, !allowNegative {
      for (e, w) in weights.enumerated() where w < 0 { throw .negativeWeight(edge: e, value: w) }
    }
    vertexCount = graph.vertexCount
    offsets = transposed ? graph.inOffsets : graph.outOffsets
    columns = transposed ? graph.inNeighbors : graph.outNeighbors
    let edges = transposed ? graph.inEdges : graph.outEdges
    var values = [Double](repeating: 1, count: edges.count)
    for slot in 0..<edges.count {
      let e = Int(edges[slot])
      var w = weights?[e] ?? 1
      if !graph.isDirected, graph.edgeSources[e] == graph.edgeTargets[e] { w *= 0.5 }
      values[slot] = w
    }
    self.values = values
  }

  /// `y = M · x`.
  func gather(_ x: [Double], into y: inout [Double]) {
    for v in 0..<vertexCount {
      var sum = 0.0
      for slot in offsets[v]..<offsets[v + 1] { sum += values[slot] * x[Int(columns[slot])] }
      y[v] = sum
    }
  }

  /// The total weight of each row (out-strengths for `A`, in-strengths for `Aᵀ`), self-loops once.
  func rowSums() -> [Double] {
    (0..<vertexCount).map { v in
      var sum = 0.0
      for slot in offsets[v]..<offsets[v + 1] { sum += values[slot] }
      return sum
    }
  }
}

/// Vector helpers of the iterative centralities.
enum IterationMath {
  /// Σ |a_i − b_i|.
  static func l1Distance(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in 0..<a.count { s += abs(a[i] - b[i]) }
    return s
  }

  /// Σ |a_i|.
  static func l1Norm(_ a: [Double]) -> Double {
    var s = 0.0
    for x in a { s += abs(x) }
    return s
  }

  /// √(Σ a_i²).
  static func l2Norm(_ a: [Double]) -> Double {
    var s = 0.0
    for x in a { s += x * x }
    return s.squareRoot()
  }

  /// max |a_i − b_i|.
  static func maxDistance(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in 0..<a.count { s = max(s, abs(a[i] - b[i])) }
    return s
  }

  /// A positive start vector that is not uniform (1, 1 + 1/n, 1 + 2/n, …), used as a second start
  /// to detect eigenvectors that are not unique.
  static func ramp(_ n: Int) -> [Double] {
    (0..<n).map { 1 + Double($0) / Double(max(n, 1)) }
  }

  /// How far two converged results from different starts may differ (max norm) before the
  /// eigenvector is declared not unique.
  static let uniquenessTolerance = 1e-7

  /// Runs a power iteration from two starts, the uniform vector (all 1) and `ramp(n)`, and returns
  /// the limit from the uniform start when the two limits agree within `uniquenessTolerance`
  /// (max norm). Power iteration converges to the dominant eigenvector from almost every positive
  /// start when that eigenvector is unique; when the leading eigenvalue is shared (for example by
  /// two disconnected parts of the graph) the limit depends on the start, and two different starts
  /// show it. Used by eigenvector centrality and HITS.
  ///
  /// Cost: two runs of `iterate` plus O(n).
  ///
  /// - Parameters:
  ///   - n: the length of the vectors.
  ///   - notUnique: the message of the error thrown when the limits differ.
  ///   - iterate: the iteration, from a start vector to its limit.
  /// - Throws: `GraphError.undefined(notUnique)` when the limits differ, and whatever `iterate`
  ///   throws (the uniform start runs first).
  static func limitFromTwoStarts(
    n: Int, notUnique: String, _ iterate: (_ start: [Double]) throws(GraphError) -> [Double]
  ) throws(GraphError) -> [Double] {
    let first = try iterate([Double](repeating: 1, count: n))
    let second = try iterate(ramp(n))
    guard maxDistance(first, second) <= uniquenessTolerance else { throw .undefined(notUnique) }
    return first
  }
}
