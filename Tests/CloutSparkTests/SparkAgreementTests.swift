import Clout
import CloutIO
import CloutSpark
import Foundation
import Testing

/// Real Spark (pyspark 4.3.0 in local mode, loopback only) against Clout's own algorithms: PageRank
/// without weights, normalised, to 1e-6 in L1; the same weakly connected components; and the
/// driver JVM gone afterwards. Two Spark sessions in all (about 10–60 s each, by the machine's load).
@Suite(
  "Spark agrees with Clout", .serialized, .enabled(if: sparkEnabled, "set CLOUT_SPARK_TESTS=1 (scripts/spark-tests)"))
struct SparkAgreementTests {
  /// A digraph with what PageRank and components must get right: sinks, self-loops, parallel
  /// arcs, isolated vertices and several components. Deterministic (a 64-bit LCG).
  static func generatedGraph() throws -> CSRGraph {
    var state: UInt64 = 0x5EED
    func below(_ n: Int) -> Int32 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int32((state >> 33) % UInt64(n))
    }
    var sources: [Int32] = []
    var targets: [Int32] = []
    for _ in 0..<1_500 {  // the giant part: vertices 0..<300, out-arcs only from 0..<250 (50 sinks)
      sources.append(below(250))
      targets.append(below(300))
    }
    sources += [3, 3, 7, 7]  // a parallel arc and self-loops
    targets += [5, 5, 7, 7]
    for k in stride(from: 300, to: 330, by: 3) {  // ten 3-vertex components
      sources += [Int32(k), Int32(k + 1)]
      targets += [Int32(k + 1), Int32(k + 2)]
    }
    // 330..<400 stay isolated
    return try CSRGraph(vertexCount: 400, sources: sources, targets: targets, weights: nil, directed: true)
  }

  /// Checks Spark's vectors against Clout's on `g`.
  static func expectAgreement(pagerank: [Double], components: [Int], on g: CSRGraph) throws {
    let clout = try g.pageRank(weighted: false)
    let l1 = zip(pagerank, clout).map { abs($0 - $1) }.reduce(0, +)
    #expect(l1 < 1e-6, "L1 distance between Spark's and Clout's PageRank: \(l1)")
    #expect(abs(pagerank.reduce(0, +) - 1) < 1e-9)
    let partition = g.connectedComponents()
    var smallest: [Int32: Int] = [:]
    for (v, label) in partition.labels.enumerated() where smallest[label] == nil { smallest[label] = v }
    let expected = partition.labels.map { smallest[$0] ?? -1 }
    #expect(components == expected)
    #expect(partition.count > 10)
  }

  @Test("a generated graph through the library: PageRank and components")
  func generated() throws {
    let g = try Self.generatedGraph()
    let runtime = try SparkRuntime.find()
    let result = try SparkRunner.run(
      .graph(g, labels: (0..<g.vertexCount).map { "v\($0)" }), vertexCount: g.vertexCount,
      job: SparkJob(algorithms: [.pagerank, .components], master: "local[2]"), runtime: runtime, origin: "generated")
    let pagerank = try #require(result.pagerank)
    let components = try #require(result.components)
    try Self.expectAgreement(pagerank: pagerank, components: components, on: g)
    #expect(result.arcs == g.edgeCount)
    #expect(result.engine == "graphx")
    #expect(result.jvmStopped)
    #expect(result.loopbackOnly)
    let pid = try #require(result.jvmPID)
    #expect(!processExists(pid), "the Spark JVM \(pid) is still running")
  }

  @Test("the seed network through `clout spark`: its influence projection, JSON out, JVM gone")
  func seedNetwork() throws {
    let clout = try #require(Paths.clout)
    let r = try run(clout, ["spark", "pagerank,components", "--top", "0", "--format", "json"])
    try #require(r.status == 0, "clout spark failed:\n\(r.stderr)")
    #expect(!r.stderr.contains("Traceback"))
    let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    let object = try #require(parsed as? [String: Any])
    let rows = try #require(object["results"] as? [[String: Any]])
    let network = try NetworkLoader.load(path: Paths.seedNetwork).network
    let g = AnalysisGraph(network: network).graph
    #expect(rows.count == g.vertexCount)
    var pagerank = [Double](repeating: .nan, count: g.vertexCount)
    var components = [Int](repeating: -1, count: g.vertexCount)
    for row in rows {
      let id = try #require(row["id"] as? String)
      let component = try #require(row["component"] as? String)
      let v = try #require(network.entityPosition(id))
      pagerank[v] = try #require(row["pagerank"] as? Double)
      components[v] = try #require(network.entityPosition(component))
    }
    let clout0 = try g.pageRank(weighted: false)
    let l1 = zip(pagerank, clout0).map { abs($0 - $1) }.reduce(0, +)
    #expect(l1 < 1e-6, "L1 distance on the seed network: \(l1)")
    let partition = g.connectedComponents()
    var smallest: [Int32: Int] = [:]
    for (v, label) in partition.labels.enumerated() where smallest[label] == nil { smallest[label] = v }
    #expect(components == partition.labels.map { smallest[$0] ?? -1 })
    #expect(object["jvm_stopped"] as? Bool == true)
    #expect(object["loopback_only"] as? Bool == true)
    let pid = try #require(object["jvm_pid"] as? Int)
    #expect(!processExists(pid), "the Spark JVM \(pid) is still running")
  }
}
