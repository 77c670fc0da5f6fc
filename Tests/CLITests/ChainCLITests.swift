import Foundation
import Testing

/// End to end: the chain commands name the same strongest chain for a pair, state their rules,
/// share one hop-limit option, and print a strength of 1 as 1.
@Suite struct ChainCLITests {
  static let seed = CLI.packageRoot.appendingPathComponent("graphs/us-china-tech.yaml").path
  static let fixture = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/chip-tools.yaml").path

  static func json(_ arguments: [String]) throws -> [String: Any] {
    let run = try CLI.run(arguments)
    #expect(run.status == 0, "\(run)")
    return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
  }

  /// (vertices, strength) of the first chain of a JSON answer's `chains`.
  static func first(_ object: [String: Any], _ key: String = "chains") throws -> ([String], Double) {
    let chains = try #require(object[key] as? [[String: Any]])
    let chain = try #require(chains.first)
    return (try #require(chain["vertices"] as? [String]), try #require(chain["strength"] as? Double))
  }

  @Test(arguments: [
    ("jensen-huang", "donald-trump", [String]()), ("donald-trump", "nvidia", []),
    ("howard-lutnick", "kessler", ["--max-hops", "2"]), ("china", "donald-trump", ["--about", "rare-earths"]),
  ])
  func pathInfluenceAndInfluencersAgree(_ from: String, _ to: String, _ options: [String]) throws {
    let path = try Self.first(try Self.json(["path", from, to, Self.seed, "--format", "json"] + options))
    let influence = try Self.first(try Self.json(["influence", from, to, Self.seed, "--format", "json"] + options))
    #expect(path.0 == influence.0 && path.1 == influence.1)
    let ranking = try Self.json(["influencers", to, Self.seed, "--format", "json", "--top", "1000"] + options)
    let actors = try #require(ranking["influencers"] as? [[String: Any]])
    let mine = try #require(actors.first { $0["id"] as? String == from })
    let chain = try #require(mine["chain"] as? [String: Any])
    #expect(chain["vertices"] as? [String] == path.0)
    #expect(chain["strength"] as? Double == path.1)
    let moved = try Self.json(["influenced", from, Self.seed, "--format", "json", "--top", "1000"] + options)
    let reached = try #require(moved["influenced"] as? [[String: Any]])
    let it = try #require(reached.first { $0["id"] as? String == to })
    #expect((it["chain"] as? [String: Any])?["vertices"] as? [String] == path.0)
  }

  @Test func renderPathDrawsTheChainPathNames() throws {
    let scratch = try Scratch()
    let out = scratch.url.appendingPathComponent("p.dot").path
    let render = try CLI.run(["render", Self.seed, "-o", out, "--path", "jensen-huang", "trump-administration"])
    #expect(render.status == 0, "\(render)")
    let path = try CLI.run(["path", "jensen-huang", "trump-administration", Self.seed])
    let named = try #require(path.stdout.split(separator: "\n").first { $0.hasPrefix("chain 1: ") })
    let vertices = named.dropFirst("chain 1: ".count).components(separatedBy: "  (")[0]
    #expect(render.stderr.contains("path: \(vertices), strength"), "\(render.stderr) vs \(vertices)")
    #expect(render.stderr.contains("chains of at most 4 hops"))
  }

  @Test func everyChainCommandStatesItsRulesAndTakesMaxHops() throws {
    let commands: [[String]] = [
      ["path", "jensen-huang", "donald-trump"], ["influence", "jensen-huang", "donald-trump"],
      ["influencers", "donald-trump"], ["influenced", "jensen-huang"], ["brokers", "united-states", "china"],
      ["explain", "donald-trump"], ["rank"], ["diff", "--from", "2025-06", "--to", "2025-12"],
    ]
    for c in commands {
      let run = try CLI.run(c + [Self.seed, "--max-hops", "3"])
      #expect(run.status == 0, "\(c): \(run)")
      #expect(run.stdout.contains("chains of at most 3 hops"), "\(c)")
      #expect(run.stdout.contains("time-respecting"), "\(c)")
      let help = try CLI.run([c[0], "--help"])
      #expect(help.stdout.contains("--max-hops") && help.stdout.contains("default 4"), "\(c[0]) --help")
    }
    let untimed = try CLI.run(["path", "jensen-huang", "donald-trump", Self.seed, "--no-time-order"])
    #expect(untimed.stdout.contains("time order ignored"))
  }

  @Test func timeOrderDecidesTheLobbyistCase() throws {
    let timed = try Self.first(try Self.json(["path", "lobbyist", "tokyo-electron", Self.fixture, "--format", "json"]))
    #expect(!(timed.0 == ["lobbyist", "wang-wentao", "tokyo-electron"]))
    let untimed = try Self.first(
      try Self.json(["path", "lobbyist", "tokyo-electron", Self.fixture, "--format", "json", "--no-time-order"]))
    #expect(untimed.0 == ["lobbyist", "wang-wentao", "tokyo-electron"])
    #expect(abs(untimed.1 - 0.4) < 1e-12)
  }

  @Test func aChainOfStrengthOnePrintsOne() throws {
    let scratch = try Scratch()
    let file = scratch.url.appendingPathComponent("one.yaml")
    try """
    clout: 1
    title: strength one
    sources:
      - id: s
        title: t
    entities:
      - {id: a, kind: person, name: A}
      - {id: b, kind: person, name: B}
      - {id: c, kind: person, name: C}
    relations:
      - {from: a, to: b, kind: leads, strength: 1, sources: [{source: s, quote: q}]}
      - {from: b, to: c, kind: leads, strength: 1, sources: [{source: s, quote: q}]}
    """.write(to: file, atomically: true, encoding: .utf8)
    let text = try CLI.run(["path", "a", "c", file.path])
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.contains("(strength 1)"), "\(text)")
    #expect(!text.stdout.contains("0.999"))
    let json = try Self.first(try Self.json(["path", "a", "c", file.path, "--format", "json"]))
    #expect(json.1 == 1)
  }

  @Test func signedCommunitiesNumberTheSameInTableAndCSV() throws {
    let table = try CLI.run(["communities", Self.fixture])
    let csv = try CLI.run(["communities", Self.fixture, "--format", "csv"])
    #expect(table.status == 0 && csv.status == 0)
    #expect(table.stdout.contains("signed modularity"))
    // The table's community 1 lists China's community; the CSV numbers china the same.
    let firstLine = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("1. ") })
    let chinaRow = try #require(csv.stdout.split(separator: "\n").first { $0.hasPrefix("china,") })
    let number = chinaRow.split(separator: ",")[2]
    #expect(firstLine.contains("China") == (number == "1"))
    // The picture numbers its clusters the same way: china sits in the cluster of its CSV number.
    let scratch = try Scratch()
    let dot = scratch.url.appendingPathComponent("c.dot")
    let render = try CLI.run(["render", Self.fixture, "-o", dot.path, "--cluster-by", "community"])
    #expect(render.status == 0, "\(render)")
    let text = try String(contentsOf: dot, encoding: .utf8)
    let start = try #require(text.range(of: "subgraph \"cluster_community-\(number)\""))
    let rest = text[start.upperBound...]
    let cluster = rest.range(of: "subgraph ").map { rest[..<$0.lowerBound] } ?? rest
    #expect(cluster.contains("\tchina\t") || cluster.contains("\t\tchina"))
  }
}
