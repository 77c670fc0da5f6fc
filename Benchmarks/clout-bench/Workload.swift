import Clout
import CloutIO

/// The operations `Benchmarks/peers.py` times, done by Clout on the same file, in the same order and
/// with the same parameters (see that script's `CALLS` and docs/benchmarks.md):
/// load with weights (on `threads` threads, like everything else), unweighted PageRank (α 0.85, L1 change below 1e-8, dangling mass spread
/// uniformly), BFS and Dijkstra distances from the manifest's source, weak and strong components,
/// unnormalised directed betweenness (exact on S, 256 sampled sources on M and L), closeness on S
/// (incoming distances, Wasserman–Faust), the simple undirected graph, its core numbers, and
/// unweighted Louvain on it.
struct Workload {
  let size: String
  let path: String
  let source: Int
  let threads: Int
  let betweenness: String
  let skip: Set<String>

  /// Times of each operation (wall and CPU seconds) and the checks of its result.
  private(set) var times: [(String, Double)] = []
  private(set) var cpu: [(String, Double)] = []
  private(set) var checks: [String: Any] = [:]
  private(set) var extra: [String: Any] = [:]

  private mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T? {
    if skip.contains(name) { return nil }
    let c0 = Stopwatch.cpu()
    let t0 = Stopwatch.wall()
    let result = try body()
    times.append((name, Stopwatch.wall() - t0))
    cpu.append((name, Stopwatch.cpu() - c0))
    return result
  }

  mutating func run() throws {
    let path = self.path
    let source = self.source
    let t = threads
    guard let g = try time("load", { try EdgeListReader.read(path: path, directed: true, threads: t).graph }) else {
      return
    }
    extra["rss_peak_after_load_mib"] = Stopwatch.maxRSSMiB()
    extra["vmhwm_after_load_mib"] = Stopwatch.highWaterMarkMiB() ?? 0
    checks["load"] = ["n": g.vertexCount, "m": g.edgeCount, "weighted": g.isWeighted]
    let plain = g.unweighted()
    let clock = IterationClock()
    if let pr = try time(
      "pagerank",
      {
        clock.mark()
        return try plain.pageRankResult(
          alpha: 0.85, weighted: false, tolerance: 1e-8, maxIterations: 1000, threads: t,
          progress: { _, _ in clock.mark() })
      })
    {
      var check = Checks.pageRank(pr.scores)
      check["iterations"] = pr.iterations
      checks["pagerank"] = check
      extra.merge(clock.figures()) { _, new in new }
    }
    if let d = try time("bfs", { try g.distances(from: source, weighted: false) }) {
      checks["bfs"] = Checks.distances(d)
    }
    if let d = try time("dijkstra", { try g.distances(from: source, weighted: true) }) {
      checks["dijkstra"] = Checks.distances(d)
    }
    if let p = time("wcc", { g.weaklyConnectedComponents() }) { checks["wcc"] = Checks.components(p) }
    if let p = time("scc", { g.stronglyConnectedComponents() }) { checks["scc"] = Checks.components(p) }
    switch betweenness {
    case "exact":
      if let b = try time("betweenness", { try plain.betweenness(weighted: false, normalized: false, threads: t) }) {
        checks["betweenness"] = Checks.centrality(b)
      }
    case "sample256":
      if let b = try time(
        "betweenness_k256",
        {
          try plain.sampledBetweenness(pivots: 256, seed: 42, weighted: false, normalized: false, threads: t)
        })
      {
        checks["betweenness_k256"] = Checks.centrality(b.vertices)
      }
    default: break
    }
    if size == "S", let c = try time("closeness", { try plain.closeness(weighted: false, threads: t) }) {
      checks["closeness"] = Checks.centrality(c)
    }
    guard let u = time("to_undirected", { g.simpleUndirected() }) else { return }
    checks["to_undirected"] = ["m": u.edgeCount]
    if let k = time("kcore", { u.coreNumbers() }) { checks["kcore"] = Checks.cores(k) }
    if let l = try time("louvain", { try u.louvain(weighted: false, seed: 42) }) {
      checks["louvain"] = ["communities": l.partition.count, "modularity": l.modularity]
    }
  }
}
