import Clout
import Testing

/// Actors named as in the seed network, in English and Japanese, with their katakana variants.
private let network = Network(entities: [
  Entity(
    id: "howard-lutnick", kind: .person, name: "Howard Lutnick", names: ["en": "Howard Lutnick", "ja": "ラトニック"],
    aliases: ["ルートニック", "ハワード・ラトニック"], role: "US Secretary of Commerce"),
  Entity(
    id: "scott-bessent", kind: .person, name: "Scott Bessent", names: ["en": "Scott Bessent", "ja": "ベセント"],
    aliases: ["ベイセント", "ベッセント", "スコット・ベセント"]),
  Entity(id: "donald-trump", kind: .person, name: "Donald Trump", names: ["en": "Donald Trump", "ja": "トランプ"]),
  Entity(
    id: "trump-administration", kind: .agency, name: "Trump administration",
    names: ["en": "Trump administration", "ja": "トランプ政権"]),
  Entity(
    id: "us-commerce-department", kind: .agency, name: "US Department of Commerce",
    names: ["en": "US Department of Commerce", "ja": "商務省"], aliases: ["米商務省"]),
  Entity(
    id: "china-mofcom", kind: .agency, name: "Ministry of Commerce of China",
    names: ["en": "Ministry of Commerce of China", "ja": "中国商務部"]),
  Entity(id: "china", kind: .country, name: "China", names: ["en": "China", "ja": "中国"], aliases: ["北京"]),
  Entity(id: "xi-jinping", kind: .person, name: "Xi Jinping", names: ["en": "Xi Jinping", "ja": "習近平"]),
  Entity(id: "nvidia", kind: .company, name: "Nvidia", names: ["en": "Nvidia", "ja": "エヌビディア"], aliases: ["NVIDIA"]),
  Entity(id: "jose", kind: .person, name: "José Núñez", names: ["en": "José Núñez"]),
  Entity(id: "jensen-huang", kind: .person, name: "Jensen Huang", names: ["ja": "ジェンスン・フアン"]),
  Entity(id: "zhuang-bo", kind: .person, name: "Zhuang Bo", names: ["zh": "莊博"]),
  Entity(id: "united-states", kind: .country, name: "United States", names: ["ja": "米国"]),
  Entity(id: "us-senate", kind: .agency, name: "US Senate"),
  Entity(id: "meti", kind: .agency, name: "Ministry of Economy, Trade and Industry", names: ["ja": "経済産業省"]),
])

private let resolver = EntityResolver(network)

private func expectFound(_ query: String, _ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  let result = resolver.resolve(query)
  guard case .found(let entity) = result else {
    Issue.record("'\(query)' gave \(result), not \(id)", sourceLocation: sourceLocation)
    return
  }
  #expect(entity.id == id, "'\(query)'", sourceLocation: sourceLocation)
}

@Suite("EntityResolver: ids, names and aliases in any language, case and width folded")
struct EntityResolverTests {
  @Test(arguments: ["howard-lutnick", "Howard Lutnick", "howard lutnick", "HOWARD-LUTNICK", "Howard  Lutnick"])
  func byIDOrEnglishName(_ query: String) {
    expectFound(query, "howard-lutnick")
  }

  @Test(arguments: ["ラトニック", "ルートニック", "ハワード・ラトニック", "ハワードラトニック", "ハワード ラトニック"])
  func byJapaneseNameOrAlias(_ query: String) {
    expectFound(query, "howard-lutnick")
  }

  @Test(arguments: ["ベセント", "ベイセント", "ベッセント", "スコット・ベセント", "bessent", "BESSENT"])
  func bessentByEverySpelling(_ query: String) {
    expectFound(query, "scott-bessent")
  }

  @Test(arguments: ["ＬＵＴＮＩＣＫ", "ｌｕｔｎｉｃｋ", "ﾗﾄﾆｯｸ", "ﾙｰﾄﾆｯｸ", "Ｈｏｗａｒｄ Ｌｕｔｎｉｃｋ"])
  func widthInsensitive(_ query: String) {
    expectFound(query, "howard-lutnick")
  }

  @Test(arguments: ["ﾍﾞｾﾝﾄ", "ﾍﾞｲｾﾝﾄ", "ﾍﾞｯｾﾝﾄ", "ｽｺｯﾄ･ﾍﾞｾﾝﾄ"])
  func halfWidthKatakanaWithVoicedMarks(_ query: String) {
    expectFound(query, "scott-bessent")
  }

  @Test(arguments: ["lutnick", "Lutnick", "LUTNICK", "トニック"])
  func uniquePartOfAName(_ query: String) {
    expectFound(query, "howard-lutnick")
  }

  @Test func otherLanguagesAndAliases() {
    expectFound("習近平", "xi-jinping")
    expectFound("北京", "china")
    expectFound("中国", "china")
    expectFound("NVIDIA", "nvidia")
    expectFound("エヌビディア", "nvidia")
    expectFound("米商務省", "us-commerce-department")
    expectFound("jose nunez", "jose")
    expectFound("Núñez", "jose")
  }

  @Test func exactIDWinsOverPartialMatches() {
    // "china" is part of "china-mofcom" too, but it is an id.
    expectFound("china", "china")
  }

  @Test func wholeNameWinsOverPartialMatches() {
    // 中国 is the whole Japanese name of China and a part of 中国商務部.
    expectFound("中国", "china")
  }

  @Test func ambiguousPartListsCandidatesBestFirst() {
    guard case .ambiguous(let candidates) = resolver.resolve("trump") else {
      Issue.record("'trump' should be ambiguous")
      return
    }
    // The closer name first: "Donald Trump" is shorter than "Trump administration".
    #expect(candidates.map(\.id) == ["donald-trump", "trump-administration"])
  }

  @Test func ambiguousJapanesePart() {
    guard case .ambiguous(let candidates) = resolver.resolve("商務") else {
      Issue.record("'商務' should be ambiguous")
      return
    }
    #expect(Set(candidates.map(\.id)) == ["us-commerce-department", "china-mofcom"])
  }

  @Test func wholeWordsNotPartsOfWords() {
    // "huang" is a word of Jensen Huang and only a part of Zhuang.
    expectFound("huang", "jensen-huang")
    expectFound("zhuang", "zhuang-bo")
    // Word prefixes of three letters or more.
    expectFound("lutn", "howard-lutnick")
  }

  @Test func abbreviationsOfCapitalisedWords() {
    // "us" is the initials of United States; "Industry" no longer lends METI its "us".
    expectFound("us", "united-states")
    expectFound("USS", "us-senate")
    expectFound("METI", "meti")
    #expect(EntityResolver.abbreviation("Trump administration") == nil)
    #expect(EntityResolver.abbreviation("US Department of Commerce") == "usdc")
  }

  @Test func noSuggestionForShortUnrelatedQueries() {
    #expect(resolver.resolve("b") == .notFound(suggestions: []))
    // 东京 (Tokyo) is two characters away from 中国: too far for a two-letter query.
    #expect(resolver.resolve("东京") == .notFound(suggestions: []))
  }

  @Test func missSuggestsCloseNames() {
    guard case .notFound(let suggestions) = resolver.resolve("Howard Lutnik") else {
      Issue.record("'Howard Lutnik' should not be found")
      return
    }
    #expect(suggestions == ["howard-lutnick"])
  }

  @Test func misspeltSurnameSuggestsThePerson() {
    guard case .notFound(let suggestions) = resolver.resolve("Lutnik") else {
      Issue.record("'Lutnik' should not be found")
      return
    }
    #expect(suggestions.first == "howard-lutnick")
  }

  @Test func misspeltKatakanaSuggestsThePerson() {
    guard case .notFound(let suggestions) = resolver.resolve("ベサント") else {
      Issue.record("'ベサント' should not be found")
      return
    }
    #expect(suggestions.first == "scott-bessent")
  }

  @Test(arguments: ["zzqqxx", "", "   ", "・"])
  func nothingLikeIt(_ query: String) {
    #expect(resolver.resolve(query) == .notFound(suggestions: []))
  }

  @Test func normalizeFoldsCaseWidthAndSeparators() {
    #expect(EntityResolver.normalize("Ｈｏｗａｒｄ・Ｌｕｔｎｉｃｋ") == "howardlutnick")
    #expect(EntityResolver.normalize("Howard-Lutnick") == "howardlutnick")
    #expect(EntityResolver.normalize("ﾍﾞｾﾝﾄ") == EntityResolver.normalize("ベセント"))
    #expect(EntityResolver.normalize("José") == "jose")
  }
}

@Suite("Edit distance and close matches")
struct EditDistanceTests {
  @Test(arguments: [
    ("", "", 0), ("a", "", 1), ("", "abc", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("ベセント", "ベッセント", 1),
    ("lutnick", "lutnick", 0), ("abc", "cba", 2), ("nmae", "name", 1), ("ca", "abc", 3),
  ])
  func levenshtein(_ a: String, _ b: String, _ d: Int) {
    #expect(editDistance(a, b) == d)
    #expect(editDistance(b, a) == d)
  }

  @Test func closeMatchesBestFirstWithinBudget() {
    let candidates = ["advises", "advice-giver", "lobbies", "adviser", "advises"]
    // Within the edit budget first, then names that start with the word.
    #expect(closeMatches(to: "advice", in: candidates) == ["adviser", "advises", "advice-giver"])
    #expect(closeMatches(to: "ADVISES", in: candidates) == ["advises", "adviser"])
    #expect(closeMatches(to: "zzz", in: candidates).isEmpty)
    #expect(closeMatches(to: "advises", in: candidates, limit: 1) == ["advises"])
  }

  @Test func closeMatchesByPrefixAndWord() {
    let kinds = ["retaliates", "restricts", "lobbies", "export-controls"]
    #expect(closeMatches(to: "retaliates-against", in: kinds) == ["retaliates"])
    #expect(closeMatches(to: "duv", in: ["duv-lithography", "euv", "ai-chips"]) == ["euv", "duv-lithography"])
    #expect(closeMatches(to: "chip-export", in: kinds) == ["export-controls"])
    #expect(closeMatches(to: "b", in: ["a", "c"]).isEmpty)
  }
}
