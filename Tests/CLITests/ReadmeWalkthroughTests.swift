import Foundation
import Testing

/// The README's "Your first hour" block, run exactly as written by bash in an empty folder with
/// the built `clout` first on the PATH: every command succeeds and leaves what the README says.
@Suite("The README's first-hour walkthrough runs as written")
struct ReadmeWalkthroughTests {
  /// The shell block between the `first-hour:begin` and `first-hour:end` markers.
  static func walkthrough() throws -> String {
    let readme = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let begin = try #require(readme.range(of: "<!-- first-hour:begin -->"))
    let end = try #require(readme.range(of: "<!-- first-hour:end -->"))
    let block = readme[begin.upperBound..<end.lowerBound]
    let open = try #require(block.range(of: "```sh\n"))
    let close = try #require(block.range(of: "```", range: open.upperBound..<block.endIndex))
    return String(block[open.upperBound..<close.lowerBound])
  }

  @Test func firstHourRunsAsWritten() throws {
    let script = try Self.walkthrough()
    let binary = try #require(CLI.binary)
    let scratch = try Scratch()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-e", "-o", "pipefail", "-c", script]
    var environment = ProcessInfo.processInfo.environment
    environment["CLOUT_NETWORK"] = nil
    environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    process.currentDirectoryURL = scratch.url
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(stdout)\n\(stderr)")
    // What the comments in the block promise.
    #expect(stdout.contains("chip-tools.yaml: 6 entities, 5 relations"), "\(stdout)")
    #expect(stdout.contains("0 error(s), 0 warning(s)"))
    #expect(stdout.contains("asml ") && stdout.contains("tokyo-electron"))
    #expect(stdout.contains("Tokyo Electron  [tokyo-electron]"))
    #expect(stdout.contains("1. Netherlands [netherlands]  score 0.7"), "\(stdout)")
    #expect(stdout.contains("2. United States [united-states]  score 0.175"), "\(stdout)")
    #expect(stderr.contains("clout: network chip-tools.yaml (from .clout.yaml)"), "\(stderr)")
    let folder = scratch.url.appendingPathComponent("chip-tools")
    let svg = try String(contentsOf: folder.appendingPathComponent("chip-tools.svg"), encoding: .utf8)
    #expect(svg.contains("<svg") && svg.contains("Tokyo Electron"))
    let gexf = try String(contentsOf: folder.appendingPathComponent("chip-tools.gexf"), encoding: .utf8)
    #expect(gexf.contains("<gexf") && gexf.contains("reach"), "\(gexf.prefix(400))")
  }
}
