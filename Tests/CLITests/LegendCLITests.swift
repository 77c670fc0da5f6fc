import Foundation
import Testing

/// The legend of a drawing, as a user gets it from the built binary (issue 19 point 10): entity
/// kinds drawn as sample shapes, a visible sample for alleged relations, entries for `--path` and
/// `--size-by`, and a highlighted chain drawn in its polarity colour, never black.
@Suite struct LegendCLITests {
  /// The seed network drawn with a highlighted chain and sized nodes.
  static func drawing() throws -> String {
    let scratch = try Scratch()
    let file = scratch.url.appendingPathComponent("chain.svg").path
    let run = try CLI.run(["render", "--path", "china", "nvidia", "--size-by", "reach", "-o", file])
    #expect(run.status == 0, "\(run)")
    return try String(contentsOfFile: file, encoding: .utf8)
  }

  /// The texts of the SVG's text elements.
  static func texts(_ svg: String) -> [String] {
    svg.components(separatedBy: "</text>").compactMap { part in
      part.range(of: ">", options: .backwards).map { String(part[$0.upperBound...]) }
    }
  }

  @Test func legendHasChainSizeAndAllegedEntries() throws {
    let texts = Self.texts(try Self.drawing())
    #expect(texts.contains("highlighted chain: China → Nvidia"), "\(texts.filter { $0.contains("chain") })")
    #expect(texts.contains("node size = reach"))
    #expect(texts.contains("alleged"), "the dotted sample is labelled")
  }

  @Test func entityKindsAreDrawnAsShapesNotNamedInWords() throws {
    let svg = try Self.drawing()
    for kind in ["country", "agency", "company", "organization", "person"] {
      #expect(svg.contains("id=\"clout&#45;legend&#45;\(kind)\""), "no sample shape for \(kind)")
    }
  }

  @Test func noEdgeIsDrawnBlack() throws {
    // Each edge's part of the SVG runs to the next edge or node (the chain's nodes do get black borders).
    let edges = try Self.drawing().components(separatedBy: "class=\"edge\">").dropFirst().map {
      $0.components(separatedBy: "class=\"node\"")[0]
    }
    #expect(edges.count > 50)
    let black = edges.filter { $0.contains("stroke=\"black\"") || $0.contains("stroke=\"#000000\"") }
    #expect(black.isEmpty, "\(black.count) edges drawn black")
  }
}
