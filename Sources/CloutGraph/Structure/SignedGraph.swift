/// The undirected signed version of a graph whose edges carry signs (+1 cooperative, −1 hostile):
/// one edge per unordered pair of distinct vertices joined by at least one edge, in either
/// direction.
///
/// The sign of a pair is the minimum of the signs of all its edges — "negative dominates": if A
/// supports B but B attacks A, or A both lobbies and sanctions B, the tie is negative. Self-loops are
/// dropped (a triad or a two-colouring never involves them). This is the rule of the reference kit
/// (README §1) for structural balance.
///
/// Edges are sorted by (lower endpoint, higher endpoint). Memory: 9 bytes per edge for the list plus
/// 8 per adjacency slot (two per edge) plus 8 per vertex.
public struct SignedGraph: Sendable, Equatable {
  /// The number of vertices.
  public let vertexCount: Int
  /// Lower endpoint of each signed edge.
  public let edgeSources: [Int32]
  /// Higher endpoint of each signed edge.
  public let edgeTargets: [Int32]
  /// Sign of each signed edge, +1 or −1.
  public let edgeSigns: [Int8]

  /// `offsets[v]..<offsets[v + 1]` indexes `neighbors` and `incidentEdges` for vertex v.
  let offsets: [Int]
  let neighbors: [Int32]
  let incidentEdges: [Int32]

  /// The number of signed edges.
  public var edgeCount: Int { edgeSources.count }

  /// Builds the undirected signed version of a list of (possibly directed, possibly parallel)
  /// signed edges. O(m log m) for sorting the pairs.
  ///
  /// - Throws: `GraphError.lengthMismatch` if the arrays differ in length,
  ///   `GraphError.vertexOutOfRange` for a bad endpoint, `GraphError.undefined` for a sign other
  ///   than +1 or −1.
  public init(vertexCount: Int, sources: [Int32], targets: [Int32], signs: [Int]) throws(GraphError) {
    guard sources.count == targets.count, signs.count == sources.count else { throw .lengthMismatch }
    guard vertexCount >= 0, vertexCount <= Int(Int32.max) else { throw .vertexOutOfRange(vertexCount) }
    var keyed: [(key: UInt64, sign: Int8)] = []
    keyed.reserveCapacity(sources.count)
    for e in 0..<sources.count {
      let s = sources[e]
      let t = targets[e]
      if s < 0 || Int(s) >= vertexCount { throw .vertexOutOfRange(Int(s)) }
      if t < 0 || Int(t) >= vertexCount { throw .vertexOutOfRange(Int(t)) }
      guard signs[e] == 1 || signs[e] == -1 else {
        throw .undefined("edge \(e) has sign \(signs[e]); signs must be +1 or -1")
      }
      if s == t { continue }
      let (a, b) = s < t ? (s, t) : (t, s)
      keyed.append((UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), Int8(signs[e])))
    }
    keyed.sort { $0.key < $1.key }
    var us: [Int32] = []
    var vs: [Int32] = []
    var sg: [Int8] = []
    for (key, sign) in keyed {
      if let last = us.indices.last, UInt64(UInt32(us[last])) << 32 | UInt64(UInt32(vs[last])) == key {
        sg[last] = min(sg[last], sign)
      } else {
        us.append(Int32(truncatingIfNeeded: key >> 32))
        vs.append(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF))
        sg.append(sign)
      }
    }
    var offsets = [Int](repeating: 0, count: vertexCount + 1)
    for i in 0..<us.count {
      offsets[Int(us[i]) + 1] += 1
      offsets[Int(vs[i]) + 1] += 1
    }
    for v in 0..<vertexCount { offsets[v + 1] += offsets[v] }
    var cursor = offsets
    var neighbors = [Int32](repeating: 0, count: offsets[vertexCount])
    var incident = [Int32](repeating: 0, count: offsets[vertexCount])
    for i in 0..<us.count {
      let a = Int(us[i])
      let b = Int(vs[i])
      neighbors[cursor[a]] = vs[i]
      incident[cursor[a]] = Int32(truncatingIfNeeded: i)
      cursor[a] += 1
      neighbors[cursor[b]] = us[i]
      incident[cursor[b]] = Int32(truncatingIfNeeded: i)
      cursor[b] += 1
    }
    self.vertexCount = vertexCount
    self.edgeSources = us
    self.edgeTargets = vs
    self.edgeSigns = sg
    self.offsets = offsets
    self.neighbors = neighbors
    self.incidentEdges = incident
  }

  /// Slot range of vertex v in the adjacency.
  @inline(__always)
  func range(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }
}

extension CSRGraph {
  /// The undirected signed version of this graph, given a sign (+1 or −1) per edge id; see
  /// `SignedGraph` for the "negative dominates" rule. O(m log m).
  ///
  /// - Throws: `GraphError.lengthMismatch` unless there is one sign per edge,
  ///   `GraphError.undefined` for a sign other than ±1.
  public func signedUndirected(signs: [Int]) throws(GraphError) -> SignedGraph {
    try SignedGraph(vertexCount: vertexCount, sources: edgeSources, targets: edgeTargets, signs: signs)
  }
}
