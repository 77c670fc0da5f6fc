import Foundation
import Testing

/// The drawings `clout render` makes, measured from Graphviz's laid-out coordinates
/// (`--measure`, see `DrawingMeasurement`): no label collides with another or sits on a node, and
/// fitted to an A2 sheet no text is smaller than 7 pt.
@Suite("clout render draws readable sheets")
struct DiagramMeasurementTests {
  struct Figures {
    var smallest: Double
    var collisions: Int
    var onNodes: Int
    var crossings: Int
  }

  static func figures(_ stderr: String) throws -> Figures {
    let line = try #require(stderr.split(separator: "\n").first { $0.hasPrefix("drawing:") })
    func number(after key: String) -> Double? {
      guard let range = line.range(of: key) else { return nil }
      let rest = line[range.upperBound...].drop { $0 == " " }
      return Double(rest.prefix { $0.isNumber || $0 == "." })
    }
    return Figures(
      smallest: try #require(number(after: "fitted to A2:")),
      collisions: Int(try #require(number(after: "label collisions:"))),
      onNodes: Int(try #require(number(after: "labels on nodes:"))),
      crossings: Int(try #require(number(after: "edge crossings:"))))
  }

  static var fixtures: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }

  @Test func seedOverviewReadsOnOneSheet() throws {
    let scratch = try Scratch()
    let file = scratch.url.appendingPathComponent("overview.svg").path
    let result = try CLI.run(["render", "-o", file, "--measure"])
    #expect(result.status == 0, "\(result)")
    let f = try Self.figures(result.stderr)
    #expect(f.collisions == 0 && f.onNodes == 0, "\(result.stderr)")
    #expect(f.smallest >= 7, "\(result.stderr)")
    // The clustered dot drawing of 113 relations as 113 curves (3,676 × 2,547 pt) had 40 crossing
    // pairs of edges by the same measure.
    #expect(f.crossings <= 25, "\(result.stderr)")
  }

  @Test func lesMiserablesIsForceDirectedWithoutArrowsOrLabels() throws {
    let scratch = try Scratch()
    let file = scratch.url.appendingPathComponent("les-miserables.dot").path
    let graphml = Self.fixtures.appendingPathComponent("les-miserables.graphml").path
    let result = try CLI.run(["render", graphml, "-o", file, "--measure"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.contains("layout neato") && result.stderr.contains("undirected"), "\(result.stderr)")
    let f = try Self.figures(result.stderr)
    #expect(f.collisions == 0 && f.onNodes == 0, "\(result.stderr)")
    #expect(f.smallest >= 7, "\(result.stderr)")
    let dot = try String(contentsOfFile: file, encoding: .utf8)
    #expect(dot.hasPrefix("graph"))
    #expect(!dot.contains("xlabel") && !dot.contains("arrowhead"))
  }
}
