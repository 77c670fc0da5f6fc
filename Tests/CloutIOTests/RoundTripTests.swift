import Clout
import CloutIO
import Foundation
import Testing

/// Strings that YAML or JSON writers often get wrong: quotes, colons, comment marks, leading or
/// trailing spaces, words and numbers a YAML reader would take for booleans, nulls, numbers or
/// dates, line breaks, control characters and non-Latin text. (Not a value that starts with U+FEFF:
/// the YAML library drops a leading byte-order mark from every scalar, even an escaped one.)
let trickyStrings = [
  "He said \"no\"", "it's", "key: value", "ends with colon:", "# not a comment", "a #hash", "  leading spaces",
  "trailing space ", " ", "", "yes", "No", "on", "OFF", "y", "null", "Null", "~", "true", "2025", "2025-06",
  "2025-06-09", "1e3", "0x1F", "0o17", ".5", "-1", "+1", "1_000", ".inf", "-.inf", ".nan", "NaN", "-dash first",
  "- list-like", "[bracket", "{brace", "}", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick", "|pipe",
  ">fold", "?", "? key", "a, b", "...", "---", "<<", "=", "line one\nline two", "\nleading newline",
  "trailing newline\n", "tab\there", "back\\slash", "carriage\r\nreturn", "bell\u{7}", "delete\u{7F}",
  "next line\u{85}here", "line\u{2028}separator", "paragraph\u{2029}separator", "nbsp\u{A0}here",
  "zero\u{200B}width", "mid\u{FEFF}dle", "c1\u{9B}control", "日本語: コロン", "ラトニック", "ﾗﾄﾆｯｸ", "'single quoted'",
  "\"double quoted\"", "π ≈ 3.14",
  "emoji 😀", "e\u{301}", "Ω", "TP-Link Systems Inc.", "(parenthesised)", "a/b.c_d",
]

/// A network that uses every optional field, with tricky strings everywhere text can go.
func trickyNetwork() -> Network {
  var network = Network(
    title: "Tricky: a \"network\" # with\nline breaks", description: "  Description\twith tab, 日本語 and yes",
    relationKinds: RelationKindRegistry(
      kinds: RelationKind.builtIn + [
        RelationKind(
          id: "bribes", influence: .forward, polarity: .hostile, symmetric: false, defaultStrength: 0.35,
          description: "A pays B: 'quietly'"),
        RelationKind(
          id: "shadows", influence: .reverse, polarity: .neutral, symmetric: true, defaultStrength: 0,
          description: ""),
        RelationKind(
          id: "twin-of", influence: .mutual, polarity: .cooperative, symmetric: true, defaultStrength: 1,
          description: "yes"),
        RelationKind(
          id: "mentions", influence: .none, polarity: .neutral, symmetric: false, defaultStrength: 0.1,
          description: "# no influence"),
      ]),
    entityKinds: [EntityKind("ministry"): "A ministry: with a colon", EntityKind("bloc"): ""])
  network.add(
    Source(
      id: "src-1", title: "見出し: \"quoted\" #1", outlet: "Outlet, Inc.", author: "O'Brien", date: PartialDate("2025-06"),
      language: "ja", url: "https://example.org/a?b=c&d=e#frag", file: "000_file.txt", note: "note\nwith break"))
  network.add(Source(id: "2025", title: "yes"))
  network.add(Topic(id: "h200", name: "Nvidia H200", names: ["ja": "H200", "en": "H200 chip"], note: "~"))
  network.add(Topic(id: "null", name: "null"))
  for (i, s) in trickyStrings.enumerated() {
    network.add(
      Entity(
        id: "e\(i)", kind: i % 2 == 0 ? .person : EntityKind("ministry"), name: s.isEmpty ? "empty" : s,
        names: ["en": s, "ja": "名前\(i)", "zh": s + "中"], aliases: [s, "alias \(i)", s + s],
        role: s, affiliation: i > 0 ? "e\(i - 1)" : nil, attributes: ["k: \(i)": s, "plain": "v\(i)", "yes": s],
        note: s))
  }
  network.add(Entity(id: "yes", kind: EntityKind("bloc"), name: "No"))
  network.add(Entity(id: "2025", kind: .country, name: "1e3", names: ["ja": "日本"], aliases: ["on", "~"]))
  for (i, s) in trickyStrings.enumerated() {
    let quote = s.allSatisfy(\.isWhitespace) ? "quote \(i)" + s : s
    network.add(
      Relation(
        id: "r\(i)", from: "e\(i)", to: i % 3 == 0 ? "yes" : "2025",
        kind: ["bribes", "shadows", "twin-of", "mentions", "lobbies"][i % 5], strength: Double(i % 10) / 9,
        date: i % 2 == 0 ? PartialDate("2025-02-28") : nil, start: i % 2 == 1 ? PartialDate("2024") : nil,
        end: i % 4 == 1 ? PartialDate("2026-02") : nil,
        status: RelationStatus.allCases[i % RelationStatus.allCases.count],
        confidence: i % 3 == 0 ? nil : 1.0 / Double(i + 2), about: i % 2 == 0 ? ["h200", "null"] : ["null"],
        place: s, note: s,
        citations: [
          Citation(source: "src-1", quote: quote, note: s), Citation(source: "2025", quote: "second: \(i)"),
        ]))
  }
  network.add(
    Relation(
      id: "bare", from: "yes", to: "2025", kind: "meets", citations: [Citation(source: "2025", quote: "q")]))
  return network
}

@Suite("Round trips: YAML → JSON → YAML keeps everything")
struct RoundTripTests {
  @Test func seedNetworkSurvivesJSONAndYAML() throws {
    let seed = try NetworkLoader.load(path: PackagePaths.seedNetwork.path)
    #expect(seed.diagnostics.isEmpty)
    let json = NetworkEncoder.encode(seed.network, as: .json)
    let fromJSON = try loadText(json, .json, origin: "seed.json")
    #expect(fromJSON.diagnostics.isEmpty, "\(fromJSON.diagnostics)")
    expectSameNetwork(seed.network, fromJSON.network)
    let yaml = NetworkEncoder.encode(fromJSON.network, as: .yaml)
    let fromYAML = try loadText(yaml, .yaml, origin: "seed.yaml")
    #expect(fromYAML.diagnostics.isEmpty, "\(fromYAML.diagnostics)")
    expectSameNetwork(seed.network, fromYAML.network)
    // Writing is deterministic and a fixed point after one round.
    #expect(NetworkEncoder.encode(fromYAML.network, as: .yaml) == yaml)
    #expect(NetworkEncoder.encode(fromYAML.network, as: .json) == json)
  }

  @Test func seedNetworkCountsSurvive() throws {
    let seed = try NetworkLoader.load(path: PackagePaths.seedNetwork.path).network
    let again = try loadText(NetworkEncoder.encode(seed, as: .yaml)).network
    #expect(again.entities.count == seed.entities.count)
    #expect(again.relations.count == seed.relations.count)
    #expect(again.relations.map(\.citations.count) == seed.relations.map(\.citations.count))
    #expect(again.relations.map(\.id) == seed.relations.map(\.id))
    #expect(again.relationKinds.kinds.map(\.id) == seed.relationKinds.kinds.map(\.id))
  }

  @Test func trickyNetworkIsValid() {
    let found = NetworkValidator.validate(trickyNetwork())
    #expect(found.filter { $0.severity == .error }.isEmpty, "\(found)")
  }

  @Test(arguments: NetworkFormat.allCases)
  func trickyNetworkSurvives(_ format: NetworkFormat) throws {
    let network = trickyNetwork()
    let text = NetworkEncoder.encode(network, as: format)
    let loaded = try loadText(text, format, origin: "tricky.\(format.rawValue)")
    #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
    expectSameNetwork(network, loaded.network)
  }

  @Test func trickyNetworkSurvivesYAMLThenJSONThenYAML() throws {
    let network = trickyNetwork()
    let first = try loadText(NetworkEncoder.encode(network, as: .yaml)).network
    let second = try loadText(NetworkEncoder.encode(first, as: .json), .json).network
    let third = try loadText(NetworkEncoder.encode(second, as: .yaml)).network
    expectSameNetwork(network, third)
  }

  @Test(arguments: trickyStrings)
  func eachTrickyStringSurvivesAsAYAMLScalar(_ s: String) throws {
    let value = OutputValue.object([("k", .string(s)), ("list", .array([.string(s), .string(s)]))])
    let yaml = YAMLWriter.write(value)
    let tree = try YAMLTreeReader.read(yaml, file: "t.yaml")
    guard case .object(let fields) = tree.content, fields.count == 2,
      case .scalar(let read, let quoted) = fields[0].value.content, case .array(let items) = fields[1].value.content
    else {
      Issue.record("unexpected shape for \(s.debugDescription):\n\(yaml)")
      return
    }
    #expect(read == s, "\(s.debugDescription) was written as \(yaml.debugDescription)")
    // Plain scalars must not be ones a YAML reader would treat as null.
    #expect(quoted || !fields[0].value.isNull, "\(s.debugDescription) reads back as null")
    #expect(items.map { if case .scalar(let t, _) = $0.content { t } else { "" } } == [s, s])
  }

  @Test(arguments: trickyStrings)
  func eachTrickyStringSurvivesAsAJSONString(_ s: String) throws {
    let json = OutputValue.array([.string(s)]).json()
    let tree = try JSONTreeReader.read(json, file: "t.json")
    guard case .array(let items) = tree.content, items.count == 1, case .scalar(let read, true) = items[0].content
    else {
      Issue.record("unexpected shape for \(s.debugDescription):\n\(json)")
      return
    }
    #expect(read == s)
  }

  @Test func jsonOutputIsReadByFoundationToo() throws {
    let json = NetworkEncoder.encode(trickyNetwork(), as: .json)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let entities = object?["entities"] as? [[String: Any]]
    #expect(entities?.count == trickyNetwork().entities.count)
    #expect(entities?.first?["name"] as? String == trickyStrings[0])
  }

  @Test func numbersKeepEveryDigit() throws {
    for x in [0.1 + 0.2, 1.0 / 3, 1e-7, 0.000_123_456_789, 1, 0] {
      let text = YAMLWriter.write(.object([("x", .number(x))]))
      let tree = try YAMLTreeReader.read(text, file: "t")
      guard case .object(let f) = tree.content, case .scalar(let s, false) = f.first?.value.content else {
        Issue.record("bad shape for \(x)")
        continue
      }
      #expect(Double(s) == x, "\(x) was written as \(s)")
      #expect(OutputValue.array([.number(x)]).json().contains(s))
    }
  }
}
