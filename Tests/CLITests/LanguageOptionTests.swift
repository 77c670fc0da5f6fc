import Foundation
import Testing

/// A small network whose names are given in English and Japanese.
private let bilingual = """
  clout: 1
  title: Chip tools in two languages
  sources:
    - id: note
      title: A note
  topics:
    - {id: euv, name: EUV lithography, names: {ja: 極端紫外線露光}}
  entities:
    - {id: asml, kind: company, name: ASML, names: {ja: エーエスエムエル}, affiliation: netherlands}
    - {id: netherlands, kind: country, name: Netherlands, names: {en: Netherlands, ja: オランダ}}
    - {id: mark-rutte, kind: person, name: Mark Rutte, names: {ja: マルク・ルッテ}, affiliation: netherlands}
    - {id: tokyo-electron, kind: company, name: Tokyo Electron, names: {ja: 東京エレクトロン}, affiliation: japan}
    - {id: japan, kind: country, name: Japan, names: {ja: 日本}}
  relations:
    - from: mark-rutte
      to: netherlands
      kind: leads
      sources: [{source: note, quote: "leads"}]
    - from: netherlands
      to: asml
      kind: restricts
      date: 2023-06
      about: [euv]
      sources: [{source: note, quote: "controls"}]
    - from: japan
      to: tokyo-electron
      kind: restricts
      date: 2023-07
      sources: [{source: note, quote: "controls"}]

  """

/// A folder holding `chips.yaml` (the network above) and `edges.txt` (a plain edge list).
private func folder() throws -> Scratch {
  let folder = try Scratch()
  _ = try folder.write("chips.yaml", bilingual)
  _ = try folder.write("edges.txt", "a b\nb c\n")
  return folder
}

/// Every command that prints names, with arguments that make it print some, on `chips.yaml`.
private let commandsThatPrintNames: [[String]] = [
  ["rank"], ["metrics"], ["influencers", "asml"], ["influenced", "mark-rutte"], ["influence", "mark-rutte", "asml"],
  ["path", "mark-rutte", "asml"], ["brokers", "mark-rutte", "asml"], ["explain", "mark-rutte"], ["show", "asml"],
  ["list"], ["cut", "mark-rutte", "asml"], ["communities"], ["diff", "--from", "2023-01", "--to", "2024-01"],
]

@Suite("--lang on every command that prints names (issue 19, point 8)")
struct LanguageOptionTests {
  @Test(arguments: commandsThatPrintNames)
  func namesFollowTheLanguage(_ command: [String]) throws {
    let folder = try folder()
    let english = try CLI.run(command + ["chips.yaml"], in: folder.url)
    #expect(english.status == 0, "\(english)")
    #expect(!english.stdout.contains("オランダ") && !english.stdout.contains("ルッテ"), "\(english)")
    let japanese = try CLI.run(command + ["chips.yaml", "--lang", "ja"], in: folder.url)
    #expect(japanese.status == 0, "\(japanese)")
    #expect(
      ["オランダ", "エーエスエムエル", "マルク・ルッテ"].contains { japanese.stdout.contains($0) },
      "\(command.joined(separator: " ")) --lang ja printed no Japanese name\n\(japanese)")
  }

  @Test(
    arguments: commandsThatPrintNames + [
      ["export", "--format", "graphml"], ["render", "-o", "out.svg"], ["report", "-o", "out.html"],
    ])
  func unknownLanguageIsAUsageError(_ command: [String]) throws {
    let folder = try folder()
    let run = try CLI.run(command + ["chips.yaml", "--lang", "fr"], in: folder.url)
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("has no names in 'fr'; its languages are en, ja"), "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.svg").path))
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.html").path))
  }

  @Test func rankingNamesInTableJSONAndCSV() throws {
    let folder = try folder()
    let table = try CLI.run(["rank", "chips.yaml", "--lang", "ja"], in: folder.url)
    #expect(table.stdout.contains(" マルク・ルッテ "), "\(table)")
    let csv = try CLI.run(["rank", "chips.yaml", "--lang", "ja", "--format", "csv"], in: folder.url)
    #expect(csv.stdout.contains(",mark-rutte,マルク・ルッテ,person,"), "\(csv)")
    let json = try CLI.run(["rank", "chips.yaml", "--lang", "ja", "--format", "json"], in: folder.url)
    let tree = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let rows = tree?["results"] as? [[String: Any]] ?? []
    let names = Dictionary(
      uniqueKeysWithValues: rows.compactMap { row in
        (row["id"] as? String).map { ($0, row["name"] as? String ?? "") }
      })
    #expect(names["netherlands"] == "オランダ", "\(json)")
    #expect(names["japan"] == "日本", "\(json)")
  }

  @Test func chainsCardsAndListsFollowTheLanguage() throws {
    let folder = try folder()
    let chain = try CLI.run(["influence", "mark-rutte", "asml", "chips.yaml", "--lang", "ja"], in: folder.url)
    #expect(chain.stdout.contains("マルク・ルッテ → オランダ → エーエスエムエル"), "\(chain)")
    // A name in the display language still finds the actor, and the card lists it.
    let card = try CLI.run(["show", "Mark Rutte", "chips.yaml", "--lang", "ja"], in: folder.url)
    #expect(card.status == 0, "\(card)")
    #expect(card.stdout.hasPrefix("マルク・ルッテ  [mark-rutte]"), "\(card)")
    #expect(card.stdout.contains("en: Mark Rutte"), "\(card)")
    #expect(card.stdout.contains("affiliation: オランダ [netherlands]"), "\(card)")
    let topics = try CLI.run(["list", "topics", "chips.yaml", "--lang", "ja", "--format", "csv"], in: folder.url)
    #expect(topics.stdout.contains("euv,極端紫外線露光,1"), "\(topics)")
  }

  @Test func exportsAndDrawingsWriteTheLanguage() throws {
    let folder = try folder()
    // GraphML keeps every language's name in its own column; --lang chooses the label column's.
    let graphml = try CLI.run(["export", "chips.yaml", "--format", "graphml", "--lang", "ja"], in: folder.url)
    #expect(graphml.stdout.contains("<data key=\"n0\">オランダ</data>"), "\(graphml)")
    let gexf = try CLI.run(["export", "chips.yaml", "--format", "gexf", "--lang", "ja"], in: folder.url)
    #expect(gexf.stdout.contains("label=\"オランダ\""), "\(gexf)")
    let render = try CLI.run(["render", "chips.yaml", "-o", "chips.svg", "--lang", "ja"], in: folder.url)
    #expect(render.status == 0, "\(render)")
    let svg = try String(contentsOf: folder.url.appendingPathComponent("chips.svg"), encoding: .utf8)
    #expect(svg.contains("オランダ"))
  }

  @Test func anEdgeListHasNoLanguages() throws {
    let folder = try folder()
    let run = try CLI.run(["rank", "edges.txt", "--lang", "ja"], in: folder.url)
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("--lang ja: the vertices of edges.txt have labels, not names in languages"), "\(run)")
  }

  @Test func englishIsAlwaysAccepted() throws {
    let folder = try folder()
    let run = try CLI.run(["rank", "chips.yaml", "--lang", "en", "--format", "csv"], in: folder.url)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains(",netherlands,Netherlands,country,"), "\(run)")
  }
}
