import CloutIO
import Foundation
import Testing

/// A file of very many tiny relations is refused at the value that crosses `maxValues`, before a
/// tree of the whole file is built: in YAML while libyaml's events are counted, in JSON while the
/// tree is read. (With the former bounds, 50,000,000 values and 10,000,000 relations, a 256 MiB
/// file of tiny relations was read whole first: 100,000 of them took 138 MB, so 10 million would
/// have taken gigabytes.)
@Suite("Count limits: many tiny relations stop reading early")
struct NetworkCountLimitTests {
  /// `count` relations `{from: a, to: b}` (five values each), one a line after a short header.
  static func yaml(_ count: Int) -> String {
    "clout: 1\ntitle: t\nentities:\n  - {id: a, kind: company}\n  - {id: b, kind: company}\nrelations:\n"
      + String(repeating: "  - {from: a, to: b}\n", count: count)
  }

  static func json(_ count: Int) -> String {
    #"{"clout": 1, "title": "t", "entities": [{"id": "a", "kind": "company"}, {"id": "b", "kind": "company"}],"#
      + "\n\"relations\": [\n" + Array(repeating: #"{"from": "a", "to": "b"}"#, count: count).joined(separator: ",\n")
      + "\n]}\n"
  }

  @Test("the value past the bound is named with its line", arguments: [NetworkFormat.yaml, .json])
  func stopsAtTheBound(format: NetworkFormat) throws {
    let limits = NetworkLimits(maxValues: 1_000)
    let text = format == .yaml ? Self.yaml(10_000) : Self.json(10_000)
    let error = try #require(throws: InputError.self) {
      try NetworkLoader.load(text: text, format: format, origin: "many.\(format)", limits: limits)
    }
    let found = try #require(error.diagnostics.first)
    #expect(found.message.contains("more than the 1000 values"), "\(found.message)")
    // YAML counts keys too: a header of 19 values, then 5 per relation, one a line from line 7:
    // the 197th relation (line 203) crosses. JSON: 11, then 3 per relation from line 3: the 330th (line 332).
    #expect(found.location?.line == (format == .yaml ? 203 : 332), "\(found)")
  }

  @Test("a file within the bound reads", arguments: [NetworkFormat.yaml, .json])
  func withinTheBound(format: NetworkFormat) throws {
    let text = format == .yaml ? Self.yaml(100) : Self.json(100)
    let loaded = try NetworkLoader.load(
      text: text, format: format, origin: "some.\(format)", limits: NetworkLimits(maxValues: 1_000))
    // Read whole (the relations, without ids or sources, are validation findings, not input errors).
    #expect(loaded.network.entities.count == 2)
    #expect(!loaded.diagnostics.contains { $0.message.contains("values") })
  }

  @Test("the standard bounds refuse half a million tiny relations at the 400,000th")
  func standardBounds() throws {
    let text = Self.yaml(500_000)
    let clock = ContinuousClock()
    let started = clock.now
    let error = try #require(throws: InputError.self) {
      try NetworkLoader.load(text: text, format: .yaml, origin: "million.yaml")
    }
    let elapsed = clock.now - started
    let found = try #require(error.diagnostics.first)
    #expect(found.message.contains("more than the 2000000 values"), "\(found.message)")
    let line = try #require(found.location?.line)
    #expect((400_000...400_010).contains(line), "stopped at line \(line)")
    print("half a million tiny relations: refused at line \(line) after \(elapsed)")
  }
}
