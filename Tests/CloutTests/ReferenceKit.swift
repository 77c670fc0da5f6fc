import Clout
import CloutReferenceKit
import Foundation
import Testing

/// Loads a reference graph with its expected results from the committed fixtures
/// (`Tests/Fixtures/reference/NAME.json`, made by `scripts/make-reference-fixtures` with networkx),
/// reusing the conformance runner's reader.
struct ReferenceKit {
  let input: ReferenceInput
  let results: [String: Any]

  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/reference")

  static let names = ["florentine", "karate", "karate_weighted", "signed_political"]

  init(_ name: String) throws {
    let data = try Data(contentsOf: Self.directory.appendingPathComponent("\(name).json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    input = try ReferenceInput(json: json)
    results = json["results"] as? [String: Any] ?? [:]
  }

  /// The reference `node_map` of a metric as an array in vertex order (nil if null or absent).
  func nodeValues(_ metric: String) -> [Double]? {
    guard let map = results[metric] as? [String: Any] else { return nil }
    var out = [Double](repeating: .nan, count: input.ids.count)
    for (i, id) in input.ids.enumerated() {
      guard let x = map[id] as? NSNumber else { return nil }
      out[i] = x.doubleValue
    }
    return out
  }
}

/// Expects two vectors to agree within `tolerance · max(1, |ref|)`, naming the first vertex that differs.
func expectClose(
  _ got: [Double], _ ref: [Double], tolerance: Double = 1e-10, _ what: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(got.count == ref.count, "\(what): length", sourceLocation: sourceLocation)
  for i in 0..<min(got.count, ref.count) where abs(got[i] - ref[i]) > tolerance * max(1, abs(ref[i])) {
    Issue.record("\(what): vertex \(i) got \(got[i]), reference \(ref[i])", sourceLocation: sourceLocation)
    return
  }
}
