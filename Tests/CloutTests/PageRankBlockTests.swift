import Clout
import Testing

@testable import CloutGraph

/// The cache-blocked PageRank sweep gives the plain pull sweep's scores bit for bit, for any block
/// size and thread count, and is not used where a vertex's in-slots are not sorted by tail.
@Suite struct PageRankBlockTests {
  static func solve(_ g: CSRGraph, shift: Int, threads: Int, teleport: [Double]? = nil) throws -> PageRankResult {
    try PageRankKernel(graph: g, weighted: false, threads: threads, blockShift: shift).solve(
      alpha: 0.85, teleport: teleport, tolerance: 1e-13, maxIterations: 1000, progress: nil)
  }

  @Test func blockedSweepGivesThePlainSweepsBits() throws {
    // Enough slots for the sweep to be shared between threads; one block of 2^20 is the plain sweep.
    let g = try ScaleKernelTests.graph(n: 20_000, m: 160_000, seed: 13).unweighted()
    let plain = try Self.solve(g, shift: 20, threads: 1)
    #expect(plain.iterations > 1)
    for shift in [3, 9, 12] {
      for threads in [1, 2, 3] {
        #expect(try Self.solve(g, shift: shift, threads: threads) == plain, "shift \(shift) threads \(threads)")
      }
    }
    var p = [Double](repeating: 0, count: g.vertexCount)
    for v in stride(from: 0, to: p.count, by: 7) { p[v] = Double(v % 5 + 1) / Double(p.count) }
    let sum = p.reduce(0, +)
    let teleport = p.map { $0 / sum }
    #expect(
      try Self.solve(g, shift: 10, threads: 2, teleport: teleport)
        == Self.solve(g, shift: 20, threads: 1, teleport: teleport))
  }

  @Test func blockedSweepHandlesEmptyBlocksAndIsolatedVertices() throws {
    // Vertices 0..<500 have no edges at all; the rest form a small random digraph.
    let (s, t, _) = CSRLayoutTests.randomEdges(n: 300, m: 2000, seed: 4)
    let g = try CSRGraph(
      vertexCount: 800, sources: s.map { $0 + 500 }, targets: t.map { $0 + 500 }, directed: true)
    let plain = try Self.solve(g, shift: 20, threads: 1)
    for shift in [1, 4, 6] { #expect(try Self.solve(g, shift: shift, threads: 1) == plain) }
  }

  @Test func reversedViewFallsBackToThePlainSweep() throws {
    let g = try ScaleKernelTests.graph(n: 2000, m: 16_000, seed: 21).unweighted().reversed()
    #expect(try Self.solve(g, shift: 4, threads: 1) == Self.solve(g, shift: 20, threads: 1))
  }
}
