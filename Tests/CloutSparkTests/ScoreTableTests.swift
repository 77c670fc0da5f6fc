import CloutIO
import Foundation
import Testing

@Suite("Scores from a results table")
struct ScoreTableTests {
  @Test("`clout rank --scores` ranks by the table's last score column, by key")
  func rankByScores() throws {
    let scratch = try Scratch()
    let file = scratch.path("pr.csv")
    try Data("rank,id,name,kind,pagerank\n1,china,China,country,0.25\n2,nvidia,\"Nvidia, Inc.\",company,0.5\n".utf8)
      .write(to: URL(fileURLWithPath: file))
    let clout = try #require(Paths.clout)
    let r = try run(clout, ["rank", "--scores", file, "--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.first == "rank,id,name,kind,pagerank")
    #expect(lines.count == 3)
    #expect(lines.dropFirst().first?.hasPrefix("1,nvidia,") == true)
    #expect(r.stderr.contains("has no score for"))
  }

  @Test("a score that is not a number, or a vertex the graph lacks, is an input error with its place")
  func badTables() throws {
    let scratch = try Scratch()
    let bad = scratch.path("bad.csv")
    try Data("key,pagerank\nchina,0.1\nnvidia,lots\n".utf8).write(to: URL(fileURLWithPath: bad))
    #expect(throws: InputError.self) { try ScoreTable.read(path: bad) }
    let clout = try #require(Paths.clout)
    var r = try run(clout, ["rank", "--scores", bad])
    #expect(r.status == 2)
    #expect(r.stderr.contains("bad.csv:3:"))
    #expect(r.stderr.contains("pagerank 'lots' is not a number"))
    let unknown = scratch.path("unknown.csv")
    try Data("key,pagerank\natlantis,0.1\n".utf8).write(to: URL(fileURLWithPath: unknown))
    r = try run(clout, ["rank", "--scores", unknown])
    #expect(r.status == 2)
    #expect(r.stderr.contains("unknown.csv:2:"))
    #expect(r.stderr.contains("'atlantis' is not a vertex"))
  }
}
