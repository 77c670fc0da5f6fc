import Clout
import CloutReferenceKit
import Foundation

// clout-conformance IN.json OUT.json
//
// Reads a graph-reference/1 file, computes every metric of the reference kit with Clout's engine
// and writes them in the same schema, for scripts/check-conformance.py (or the kit's check.py) to
// compare. scripts/conformance runs it on every file of Tests/Fixtures/reference.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: clout-conformance IN.json OUT.json\n".utf8))
  exit(2)
}

do {
  let data = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
  guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
    throw ConformanceError.malformed("top level is not an object")
  }
  let input = try ReferenceInput(json: json)
  var results: [String: Any] = [:]
  for group in [centralityMetrics, pathMetrics, structureMetrics, communityMetrics] {
    results.merge(try group(input)) { _, new in new }
  }
  let output: [String: Any] = [
    "schema": "graph-reference/1", "name": input.name, "producer": "Clout clout-conformance", "results": results,
  ]
  let bytes = try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys])
  try bytes.write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
} catch {
  FileHandle.standardError.write(Data("clout-conformance: \(arguments[1]): \(error)\n".utf8))
  exit(2)
}
