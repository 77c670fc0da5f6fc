import Foundation
import Testing

/// Two export-control pairs that mirror each other, and China restricted by both countries.
private let mirrored = """
  clout: 1
  title: Mirrored controls
  sources:
    - id: note
      title: A note
  entities:
    - {id: netherlands, kind: country, name: Netherlands}
    - {id: japan, kind: country, name: Japan}
    - {id: asml, kind: company, name: ASML}
    - {id: tokyo-electron, kind: company, name: Tokyo Electron}
    - {id: china, kind: country, name: China}
  relations:
    - {from: netherlands, to: asml, kind: restricts, date: 2023-06, sources: [{source: note, quote: "a"}]}
    - {from: japan, to: tokyo-electron, kind: restricts, date: 2023-06, sources: [{source: note, quote: "a"}]}
    - {from: netherlands, to: china, kind: restricts, date: 2023-06, sources: [{source: note, quote: "a"}]}
    - {from: japan, to: china, kind: restricts, date: 2023-06, sources: [{source: note, quote: "a"}]}

  """

private func rows(_ json: String, _ key: String = "results") throws -> [[String: Any]] {
  let tree = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
  return tree?[key] as? [[String: Any]] ?? []
}

@Suite("Rankings share ranks between ties and say when nothing is ordered (issue 19, point 4)")
struct RankTiesTests {
  @Test func disconnectedPairsAllTie() throws {
    let folder = try Scratch()
    _ = try folder.write("pairs.txt", "a b\nc d\ne f\n")
    let table = try CLI.run(["rank", "pairs.txt", "--undirected", "--by", "pagerank"], in: folder.url)
    #expect(table.status == 0, "\(table)")
    #expect(table.stdout.contains("All 6 vertices tie at pagerank 0.166667"), "\(table)")
    let ranks = table.stdout.split(separator: "\n").dropFirst(3).map { $0.split(separator: " ").first ?? "" }
    #expect(ranks == Array(repeating: "1=", count: 6), "\(table)")
    #expect(!table.stdout.contains("\n2 "), "\(table)")

    let csv = try CLI.run(["rank", "pairs.txt", "--undirected", "--by", "pagerank", "--format", "csv"], in: folder.url)
    #expect(csv.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("1=,") }, "\(csv)")

    let json = try CLI.run(
      ["rank", "pairs.txt", "--undirected", "--by", "pagerank", "--format", "json"], in: folder.url)
    #expect(json.stdout.contains("\"all_tied\": true"), "\(json)")
    let results = try rows(json.stdout)
    #expect(results.count == 6)
    #expect(results.allSatisfy { $0["rank"] as? Int == 1 && $0["tied"] as? Bool == true }, "\(json)")
  }

  @Test func partialTiesUseCompetitionRanking() throws {
    let folder = try Scratch()
    _ = try folder.write("mirrored.yaml", mirrored)
    let json = try CLI.run(["rank", "mirrored.yaml", "--by", "reach", "--format", "json"], in: folder.url)
    #expect(json.status == 0, "\(json)")
    #expect(json.stdout.contains("\"all_tied\": false"), "\(json)")
    let results = try rows(json.stdout)
    // The two countries move two actors each, equally; the three others move nobody.
    #expect(results.map { $0["rank"] as? Int } == [1, 1, 3, 3, 3], "\(json)")
    #expect(results.allSatisfy { $0["tied"] as? Bool == true })
    let table = try CLI.run(["rank", "mirrored.yaml", "--by", "reach"], in: folder.url)
    #expect(table.stdout.contains("1=   japan "), "\(table)")
    #expect(table.stdout.contains("3=   tokyo-electron "), "\(table)")
    #expect(table.stdout.contains("standard competition ranking: 1, 2=, 2=, 4"), "\(table)")
    // An unambiguous order is printed as before, without marks.
    let pagerank = try CLI.run(["rank", "mirrored.yaml", "--by", "pagerank", "--format", "csv"], in: folder.url)
    #expect(pagerank.stdout.contains("\n1,china,China,country,"), "\(pagerank)")
  }

  @Test func filtersLeavingOnlyTiesSaySo() throws {
    let folder = try Scratch()
    _ = try folder.write("mirrored.yaml", mirrored)
    let run = try CLI.run(["rank", "mirrored.yaml", "--by", "reach", "--kind", "company"], in: folder.url)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("All 2 actors tie at reach 0: the measure does not tell them apart"), "\(run)")
  }

  @Test func influencersShareRanks() throws {
    let folder = try Scratch()
    _ = try folder.write("mirrored.yaml", mirrored)
    let text = try CLI.run(["influencers", "china", "mirrored.yaml"], in: folder.url)
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.contains("\n1=. Japan [japan]"), "\(text)")
    #expect(text.stdout.contains("\n1=. Netherlands [netherlands]"), "\(text)")
    let json = try CLI.run(["influencers", "china", "mirrored.yaml", "--format", "json"], in: folder.url)
    let found = try rows(json.stdout, "influencers")
    #expect(found.map { $0["rank"] as? Int } == [1, 1], "\(json)")
    #expect(found.allSatisfy { $0["tied"] as? Bool == true }, "\(json)")
  }

  @Test func helpStatesTheRule() throws {
    let run = try CLI.run(["rank", "--help"])
    #expect(run.stdout.contains("standard competition ranking"), "\(run)")
    #expect(run.stdout.contains("all_tied"), "\(run)")
  }
}
