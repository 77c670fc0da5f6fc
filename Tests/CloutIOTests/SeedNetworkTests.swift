import Clout
import CloutIO
import Foundation
import Testing

/// The seed network, read once.
private let seed = Result { try NetworkLoader.load(path: PackagePaths.seedNetwork.path) }

@Suite("The seed network: clean, big enough, bilingual, every quote verbatim")
struct SeedNetworkTests {
  @Test func loadsWithNoFindings() throws {
    let loaded = try seed.get()
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description).joined(separator: "\n"))")
  }

  @Test func isBigEnough() throws {
    let network = try seed.get().network
    #expect(network.entities.count >= 60)
    #expect(network.relations.count >= 60)
    #expect(network.sources.filter { $0.kind == .article }.count == 5)
    #expect(network.sources.allSatisfy { $0.kind == .article || $0.file != nil }, "every reference record is archived")
    #expect(!network.topics.isEmpty)
  }

  @Test func everyEntityHasAnEnglishAndAJapaneseName() throws {
    let network = try seed.get().network
    for entity in network.entities {
      let hasEnglish = entity.names["en"].map { $0.contains { !$0.isWhitespace } } ?? false
      let hasJapanese = entity.names["ja"].map { $0.contains { !$0.isWhitespace } } ?? false
      #expect(hasEnglish, "\(entity.id) has no English name")
      #expect(hasJapanese, "\(entity.id) has no Japanese name")
    }
  }

  @Test func everySourceHasItsArticle() throws {
    for source in try seed.get().network.sources {
      let file = try #require(source.file, "\(source.id) names no file")
      let url = PackagePaths.seedFolder.appendingPathComponent(file)
      #expect(FileManager.default.fileExists(atPath: url.path), "\(source.id): \(url.path) is missing")
    }
  }

  @Test func theLoaderCheckedEveryQuoteAgainstItsArchivedText() throws {
    let loaded = try seed.get()
    let report = try #require(loaded.archive)
    #expect(report.sourcesArchived == loaded.network.sources.count)
    #expect(report.quotesChecked == loaded.network.relations.reduce(0) { $0 + $1.citations.count })
  }

  /// The same check, done here by hand, so that a loader that skipped it could not pass.
  @Test func everyQuoteIsVerbatimInItsArticle() throws {
    let network = try seed.get().network
    var articles: [String: String] = [:]
    for source in network.sources {
      guard let file = source.file else { continue }
      let url = PackagePaths.seedFolder.appendingPathComponent(file)
      articles[source.id] = try String(contentsOf: url, encoding: .utf8)
    }
    var checked = 0
    for relation in network.relations {
      #expect(!relation.citations.isEmpty, "\(relation.id) has no citation")
      for citation in relation.citations {
        guard let article = articles[citation.source] else {
          Issue.record("\(relation.id) cites \(citation.source), which has no article")
          continue
        }
        #expect(
          article.contains(citation.quote),
          "\(relation.id) (\(relation.from) \(relation.kind) \(relation.to)): quote not in \(citation.source): \(citation.quote)"
        )
        checked += 1
      }
    }
    #expect(checked >= network.relations.count)
  }

  @Test func everyRelationKindUsedIsKnownAndEveryIDUnique() throws {
    let network = try seed.get().network
    #expect(Set(network.entities.map(\.id)).count == network.entities.count)
    #expect(Set(network.relations.map(\.id)).count == network.relations.count)
    for relation in network.relations {
      #expect(network.kind(of: relation) != nil, "\(relation.id): \(relation.kind)")
    }
  }
}

@Suite("Looking up the seed network's actors in English and Japanese")
struct SeedLookupTests {
  private func resolve(_ query: String) throws -> EntityResolver.Resolution {
    EntityResolver(try seed.get().network).resolve(query)
  }

  private func expectFound(
    _ query: String, _ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let result = try resolve(query)
    guard case .found(let entity) = result else {
      Issue.record("'\(query)' gave \(result), not \(id)", sourceLocation: sourceLocation)
      return
    }
    #expect(entity.id == id, "'\(query)'", sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    "howard-lutnick", "Howard Lutnick", "howard lutnick", "lutnick", "Lutnick", "ＬＵＴＮＩＣＫ", "ラトニック", "ルートニック",
    "ﾗﾄﾆｯｸ", "ﾙｰﾄﾆｯｸ", "ハワード・ラトニック", "ハワードラトニック",
  ])
  func lutnick(_ query: String) throws {
    try expectFound(query, "howard-lutnick")
  }

  @Test(arguments: ["scott-bessent", "Scott Bessent", "bessent", "ベセント", "ベイセント", "ベッセント", "ﾍﾞｾﾝﾄ", "ﾍﾞｲｾﾝﾄ", "ﾍﾞｯｾﾝﾄ"])
  func bessent(_ query: String) throws {
    try expectFound(query, "scott-bessent")
  }

  @Test(arguments: [("習近平", "xi-jinping"), ("Xi Jinping", "xi-jinping"), ("エヌビディア", "nvidia"), ("NVIDIA", "nvidia")])
  func others(_ query: String, _ id: String) throws {
    try expectFound(query, id)
  }

  @Test func ambiguousQueryListsCandidates() throws {
    guard case .ambiguous(let candidates) = try resolve("trump") else {
      Issue.record("'trump' should be ambiguous")
      return
    }
    #expect(Set(candidates.map(\.id)).isSuperset(of: ["donald-trump", "trump-administration"]))
  }

  @Test func missSuggestsCloseMatches() throws {
    guard case .notFound(let suggestions) = try resolve("Howard Lutnik") else {
      Issue.record("'Howard Lutnik' should not be found")
      return
    }
    #expect(suggestions.first == "howard-lutnick")
  }
}
