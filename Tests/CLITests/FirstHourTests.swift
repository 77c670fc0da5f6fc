import Foundation
import Testing

/// A small network a newcomer might write, in a project folder of its own.
private let chipTools = """
  clout: 1
  title: Chip-tool export controls, 2023
  sources:
    - id: note
      title: A note
  entities:
    - {id: asml, kind: company, name: ASML, affiliation: netherlands}
    - {id: netherlands, kind: country, name: Netherlands, names: {en: Netherlands, ja: オランダ}}
    - {id: mark-rutte, kind: person, name: Mark Rutte, role: Prime Minister, affiliation: netherlands}
    - {id: tokyo-electron, kind: company, name: Tokyo Electron, affiliation: japan}
    - {id: japan, kind: country, name: Japan}
  relations:
    - from: netherlands
      to: asml
      kind: restricts
      date: 2023-06
      sources: [{source: note, quote: "controls"}]
    - from: mark-rutte
      to: netherlands
      kind: leads
      sources: [{source: note, quote: "leads"}]
    - from: japan
      to: tokyo-electron
      kind: restricts
      date: 2023-07
      sources: [{source: note, quote: "controls"}]

  """

/// A folder holding `chip-tools.yaml`.
private func project() throws -> Scratch {
  let folder = try Scratch()
  try chipTools.write(to: folder.url.appendingPathComponent("chip-tools.yaml"), atomically: true, encoding: .utf8)
  return folder
}

@Suite("A newcomer's first hour, run as a user would")
struct FirstHourTests {
  // MARK: 1. Which network

  @Test func withoutFileTheBundledNetworkIsNamed() throws {
    let folder = try project()
    let run = try CLI.run(["show", "asml"], in: folder.url)
    #expect(run.status == 2)
    #expect(run.stderr.contains("clout: network us-china-tech.yaml (bundled): no FILE given"), "\(run)")
    #expect(run.stderr.contains("no entity matches 'asml' in “US–China technology-control network"), "\(run)")
    #expect(run.stderr.contains("`clout list`"))
  }

  @Test func environmentVariableNamesTheNetwork() throws {
    let folder = try project()
    let run = try CLI.run(["show", "asml"], in: folder.url, environment: ["CLOUT_NETWORK": "chip-tools.yaml"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("ASML  [asml]"), "\(run)")
    #expect(run.stderr.contains("clout: network chip-tools.yaml (from CLOUT_NETWORK)"), "\(run)")
  }

  @Test func settingsFileNamesTheNetworkFromASubfolder() throws {
    let folder = try project()
    try "# this project's network\nnetwork: chip-tools.yaml\n".write(
      to: folder.url.appendingPathComponent(".clout.yaml"), atomically: true, encoding: .utf8)
    let sub = folder.url.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let run = try CLI.run(["validate"], in: sub)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("chip-tools.yaml: 5 entities, 3 relations"), "\(run)")
    #expect(run.stderr.contains("(from ../.clout.yaml)") || run.stderr.contains(".clout.yaml)"), "\(run)")
  }

  @Test func malformedSettingsFileIsALocatedError() throws {
    let folder = try project()
    try "netwrk: chip-tools.yaml\n".write(
      to: folder.url.appendingPathComponent(".clout.yaml"), atomically: true, encoding: .utf8)
    let run = try CLI.run(["info"], in: folder.url)
    #expect(run.status == 2)
    #expect(run.stderr.contains(".clout.yaml:1:1: error: unknown setting 'netwrk: chip-tools.yaml'"), "\(run)")
    #expect(run.stdout.isEmpty)
  }

  // MARK: 2. Find actors

  @Test func listFiltersByKindAffiliationAndText() throws {
    let folder = try project()
    let people = try CLI.run(["list", "chip-tools.yaml", "--kind", "person"], in: folder.url)
    #expect(people.status == 0, "\(people)")
    #expect(people.stdout.contains("mark-rutte") && !people.stdout.contains("asml "), "\(people)")
    let dutch = try CLI.run(
      ["list", "chip-tools.yaml", "--affiliation", "netherlands", "--format", "csv"], in: folder.url)
    #expect(dutch.stdout.hasPrefix("id,kind,name,role,affiliation,relations\n"), "\(dutch)")
    #expect(dutch.stdout.contains("asml,company,ASML,,netherlands,1\n"), "\(dutch)")
    #expect(!dutch.stdout.contains("tokyo-electron"))
    let search = try CLI.run(["list", "chip-tools.yaml", "--search", "tokyo", "--format", "json"], in: folder.url)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any])
    let items = try #require(object["items"] as? [[String: String]])
    #expect(items.map { $0["id"] } == ["tokyo-electron"])
    let kinds = try CLI.run(["list", "kinds", "chip-tools.yaml"], in: folder.url)
    #expect(kinds.stdout.contains("restricts"), "\(kinds)")
    let bad = try CLI.run(["list", "chip-tools.yaml", "--kind", "persn"], in: folder.url)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("did you mean 'person'?"), "\(bad)")
  }

  // MARK: 3. Names

  @Test func namesMatchWholeWords() throws {
    let huang = try CLI.run(["show", "huang"])
    #expect(huang.stdout.hasPrefix("Jensen Huang  [jensen-huang]"), "\(huang)")
    let us = try CLI.run(["show", "us"])
    #expect(us.stdout.hasPrefix("United States  [united-states]"), "\(us)")
    let tokyo = try CLI.run(["show", "东京"])
    #expect(tokyo.status == 2)
    #expect(!tokyo.stderr.contains("did you mean"), "\(tokyo)")
  }

  // MARK: 4. Filters that match nothing

  @Test func unknownEntityKindIsAUsageError() throws {
    let run = try CLI.run(["rank", "--entity-kinds", "persn"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("unknown entity kind 'persn'; did you mean 'person'?"), "\(run)")
    #expect(run.stdout.isEmpty)
  }

  @Test func filtersThatKeepNoRelationSaySo() throws {
    let folder = try project()
    let run = try CLI.run(["rank", "chip-tools.yaml", "--as-of", "1990", "--dated-only"], in: folder.url)
    #expect(run.status == 2)
    #expect(run.stderr.contains("0 of the network's 3 relations pass these filters"), "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
  }

  // MARK: 5. Validation for authors

  @Test func validationSpeaksToAuthors() throws {
    let folder = try Scratch()
    let text = """
      clout: 1
      sources:
        - {id: s1, title: A}
      entities:
        - id: a
          type: person
          name: A
          affiliation: b
        - {id: b, kind: thinktank, name: B, affiliation: a}
      relations:
        - {from: a, to: b, kind: retaliates-against, sources: [{source: s1, quote: x}]}

      """
    let file = folder.url.appendingPathComponent("net.yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let run = try CLI.run(["validate", file.path])
    #expect(run.status == 1)
    // One typo, one message: no extra "unknown field 'type'" warning.
    #expect(
      run.stderr.contains("net.yaml:6:5: error: entity 'a': 'kind' is missing; 'type' is written in its place"),
      "\(run)")
    #expect(!run.stderr.contains("unknown field 'type'"), "\(run)")
    #expect(
      run.stderr.contains(
        "unknown kind 'thinktank' — declare it under 'entity-kinds:'; the built-in kinds are person, agency"))
    #expect(run.stderr.contains("is in an affiliation cycle: 'a' → 'b' → 'a'"), "\(run)")
    #expect(run.stderr.contains("did you mean 'retaliates'?"), "\(run)")
    let json = try CLI.run(["validate", file.path, "--format", "json"])
    #expect(json.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.first?["errors"] as? Int == 4, "\(json)")
    let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.contains { $0["line"] as? Int == 6 && $0["column"] as? Int == 5 })
  }

  // MARK: 7. Spreadsheets

  @Test func sheetsAsKumuAndGephiUsersWriteThem() throws {
    let folder = try Scratch()
    try "Id,Label,Type,Aliases,Description\nJensen Huang,Jensen Huang,person,フアン;Huang,CEO\nnvidia,Nvidia,company,,\n"
      .write(to: folder.url.appendingPathComponent("net.nodes.csv"), atomically: true, encoding: .utf8)
    try "Source,Target,Kind,Strength,Date,Description\nJensen Huang,nvidia,leads,0.9,2025-12,runs it\n".write(
      to: folder.url.appendingPathComponent("net.edges.csv"), atomically: true, encoding: .utf8)
    let run = try CLI.run(["import", "net.nodes.csv", "-o", "net.yaml"], in: folder.url)
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.contains("entity id 'Jensen Huang' contains spaces"), "\(run)")
    let yaml = try String(contentsOf: folder.url.appendingPathComponent("net.yaml"), encoding: .utf8)
    #expect(yaml.contains("strength: 0.9"), "\(yaml)")
    #expect(yaml.contains("date: 2025-12"))
    #expect(yaml.contains("note: runs it"))
    #expect(yaml.contains("aliases: [フアン, Huang]"), "\(yaml)")
  }

  @Test func templateWritesSheetsAndASkeletonThatValidates() throws {
    let folder = try Scratch()
    let run = try CLI.run(["template", "-o", "new/chips"], in: folder.url)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("Affiliation  the Id of the actor it belongs to"))
    let nodes = try String(contentsOf: folder.url.appendingPathComponent("new/chips.nodes.csv"), encoding: .utf8)
    #expect(nodes.hasPrefix("Id,Label,Type"))
    let check = try CLI.run(["validate", "new/chips.yaml"], in: folder.url)
    #expect(check.status == 0, "\(check)")
    let again = try CLI.run(["template", "-o", "new/chips"], in: folder.url)
    #expect(again.status == 2)
    #expect(again.stderr.contains("never overwrites"))
  }

  // MARK: 9. The command line

  @Test func misspeltCommandsAndBadCounts() throws {
    let shwo = try CLI.run(["shwo", "lutnick"])
    #expect(shwo.status == 2)
    #expect(shwo.stderr.contains("'shwo' is not a clout command; did you mean 'show'?"), "\(shwo)")
    let influencer = try CLI.run(["influencer", "x"])
    #expect(influencer.stderr.contains("'influencers'"), "\(influencer)")
    let help = try CLI.run(["help", "nonsense"])
    #expect(help.status == 2)
    let top = try CLI.run(["rank", "--top", "-1"])
    #expect(top.status == 2)
    #expect(top.stderr.contains("--top: -1 is negative"), "\(top)")
    let same = try CLI.run(["path", "lutnick", "howard-lutnick"])
    #expect(same.status == 2)
    #expect(same.stderr.contains("FROM and TO are the same actor"), "\(same)")
  }

  @Test func formatsACommandHasNot() throws {
    // Cards, chains and summaries have no CSV form: a usage error, never a table.
    for arguments in [["show", "lutnick"], ["info"], ["influencers", "nvidia"], ["path", "china", "nvidia"]] {
      let run = try CLI.run(arguments + ["--format", "csv"])
      #expect(run.status == 2, "\(arguments) \(run)")
      #expect(run.stdout.isEmpty && run.stderr.contains("'table' and 'json'"), "\(arguments) \(run)")
    }
    let rank = try CLI.run(["rank", "--format", "csv", "--top", "3"])
    #expect(rank.status == 0 && rank.stdout.hasPrefix("rank,id,name,kind,"), "\(rank)")
  }

  @Test func exportWithoutOutputWritesGraphMLToStandardOutput() throws {
    let run = try CLI.run(["export"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("<?xml"), "\(run)")
    #expect(run.stdout.contains("<graphml"))
  }

  @Test func outputFoldersAreCreatedOrRefusedBeforeWork() throws {
    let folder = try Scratch()
    let made = try CLI.run(["export", "-o", "a/b/net.graphml"], in: folder.url)
    #expect(made.status == 0, "\(made)")
    #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("a/b/net.graphml").path))
    try Data().write(to: folder.url.appendingPathComponent("plain"))
    let refused = try CLI.run(["render", "-o", "plain/x.svg"], in: folder.url)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("plain is a file, not a folder"), "\(refused)")
    // Refused before the network was read or drawn: no layout message.
    #expect(!refused.stderr.contains("layout"), "\(refused)")
  }

  // MARK: 11. Numbers a person reads

  @Test func csvNumbersCarryNoFloatNoise() throws {
    let run = try CLI.run(["metrics", "--format", "csv"])
    #expect(run.status == 0)
    let cells = run.stdout.split(separator: "\n").dropFirst().flatMap { $0.split(separator: ",").dropFirst(3) }
    for cell in cells where Double(cell) != nil {
      // Ten significant digits at most, and no float residue like 2.5e-13 where the value is zero.
      let mantissa = cell.split(separator: "e").first ?? cell
      let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
      #expect(digits.count <= 10, "\(cell)")
      #expect(Double(cell) == 0 || abs(Double(cell) ?? 0) > 1e-10, "\(cell)")
    }
  }
}
