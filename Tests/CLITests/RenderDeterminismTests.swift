import Foundation
import Testing

@Suite("clout render draws the same picture every time")
struct RenderDeterminismTests {
  /// Each run is a fresh process with its own hash seed and heap: the clustered overview used to
  /// come out with its clusters in a different order from run to run.
  @Test func clusteredOverviewIsTheSameInEveryProcess() throws {
    let scratch = try Scratch()
    var drawings: [String] = []
    for run in 0..<3 {
      let file = scratch.url.appendingPathComponent("overview-\(run).dot").path
      let result = try CLI.run(["render", "-o", file, "--cluster-by", "group", "--size-by", "influence"])
      #expect(result.status == 0, "\(result)")
      drawings.append(try String(contentsOfFile: file, encoding: .utf8))
    }
    #expect(drawings[0].contains("subgraph cluster"))
    #expect(drawings[1] == drawings[0])
    #expect(drawings[2] == drawings[0])
  }
}
