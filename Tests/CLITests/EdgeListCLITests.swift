import Foundation
import Testing

/// Eight vertices (integer labels, so 5 and 6 exist without arcs): a 3-cycle, 3→4 with a loop on
/// 4, and 7→3.
private let smallEdges = "0 1\n1 2\n2 0\n3 4\n4 4\n7 3\n"

@Suite("clout on plain edge lists: info, validate, sampled betweenness, chosen metrics")
struct EdgeListCLITests {
  @Test func infoSummarisesAnEdgeList() throws {
    let scratch = try Scratch()
    let file = try scratch.write("small.txt", smallEdges)
    let run = try CLI.run(["info", file, "--format", "json"])
    #expect(run.status == 0, "\(run)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(object?["vertices"] as? Int == 8)
    #expect(object?["edges"] as? Int == 6)
    #expect(object?["self_loops"] as? Int == 1)
    #expect(object?["isolated_vertices"] as? Int == 2)
    #expect(object?["max_in_degree"] as? Int == 2)
    #expect(object?["weak_components"] as? Int == 4)
    #expect(object?["largest_weak_component"] as? Int == 3)
    #expect(object?["strong_components"] as? Int == 6)
    #expect(object?["largest_strong_component"] as? Int == 3)
    let text = try CLI.run(["info", file])
    #expect(text.stdout.contains("(edge list, directed, unweighted)"), "\(text)")
    #expect(text.stdout.contains("strong components: 6 (largest 3)"), "\(text)")
    let undirected = try CLI.run(["info", file, "--undirected", "--format", "json"])
    let u = try JSONSerialization.jsonObject(with: Data(undirected.stdout.utf8)) as? [String: Any]
    #expect(u?["directed"] as? Bool == false)
    #expect(u?["self_loops"] as? Int == 1)
    #expect(u?["strong_components"] == nil)
  }

  @Test func validateChecksAnEdgeListLineByLine() throws {
    let scratch = try Scratch()
    let good = try scratch.write("good.txt", smallEdges)
    let ok = try CLI.run(["validate", good])
    #expect(ok.status == 0, "\(ok)")
    #expect(ok.stdout.contains("8 vertices, 6 arcs — no errors"), "\(ok)")
    let bad = try scratch.write("bad.txt", "0 1\n1 x2 3\n")
    let run = try CLI.run(["validate", bad])
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("\(bad):2:"), "\(run)")
  }

  @Test func networkCommandsRefuseAnEdgeListClearly() throws {
    let scratch = try Scratch()
    let file = try scratch.write("small.txt", smallEdges)
    let run = try CLI.run(["export", file, "--format", "graphml"])
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("is an edge list"), "\(run)")
    #expect(run.stdout.isEmpty)
  }

  @Test func sampledBetweennessStatesItsBoundAndIsExactWithEverySource() throws {
    let scratch = try Scratch()
    let file = try scratch.write("path.txt", "0 1\n1 2\n2 3\n3 4\n4 5\n")
    let exact = try CLI.run(["rank", file, "--by", "betweenness", "--format", "json", "--top", "0"])
    #expect(exact.status == 0, "\(exact)")
    // As many samples as vertices: every vertex is a source, so the result is exact and unannounced.
    let all = try CLI.run(["rank", file, "--by", "betweenness", "--format", "json", "--top", "0", "--samples", "6"])
    #expect(all.stdout == exact.stdout, "\(all)")
    #expect(all.stderr.isEmpty, "\(all)")
    let some = try CLI.run(["rank", file, "--by", "betweenness", "--format", "json", "--samples", "2", "--seed", "7"])
    #expect(some.status == 0, "\(some)")
    #expect(some.stderr.contains("estimated from 2 sampled sources (seed 7)"), "\(some)")
    let object = try JSONSerialization.jsonObject(with: Data(some.stdout.utf8)) as? [String: Any]
    let sampled = object?["sampled"] as? [String: Any]
    #expect(sampled?["sources"] as? Int == 2)
    // n/(n−1)·√(ln(2n/δ)/(2k)) with n = 6, k = 2, δ = 0.05.
    let bound = 6.0 / 5.0 * (log(2 * 6 / 0.05) / 4).squareRoot()
    #expect(abs((sampled?["error_bound"] as? Double ?? 0) - bound) < 1e-9, "\(some)")
    let again = try CLI.run(["rank", file, "--by", "betweenness", "--format", "json", "--samples", "2", "--seed", "7"])
    #expect(again.stdout == some.stdout)
  }

  @Test func rankOfAnEdgeListShowsIdsAndScoresOnly() throws {
    let scratch = try Scratch()
    let file = try scratch.write("small.txt", smallEdges)
    let run = try CLI.run(["rank", file, "--by", "in-degree", "--top", "1", "--format", "csv"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == "rank,id,in-degree\n1,4,2\n", "\(run)")
  }

  @Test func metricsComputesTheChosenMeasuresInOrder() throws {
    let scratch = try Scratch()
    let file = try scratch.write("small.txt", smallEdges)
    let run = try CLI.run(["metrics", file, "--measures", "core,in-degree"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("id,name,kind,core,in-degree\n"), "\(run)")
    let bad = try CLI.run(["metrics", file, "--measures", "pagerank,bogus"])
    #expect(bad.status == 2, "\(bad)")
    #expect(bad.stderr.contains("unknown measure 'bogus'"), "\(bad)")
  }
}
