import Foundation
import Synchronization
import Testing

/// Processes killed while writing, and processes writing the same output at once: the output is
/// always the old file or one new file, whole.
@Suite("Interrupted and concurrent writes", .serialized)
struct InterruptedWriteTests {
  /// A network of `n` entities in a chain, big enough that its export takes a while to write.
  static func network(entities n: Int) -> String {
    var text = "clout: 1\nsources:\n  - {id: s1, title: A report}\nentities:\n"
    for i in 0..<n { text += "  - {id: e\(i), kind: person, note: \"\(String(repeating: "x", count: 200))\"}\n" }
    text += "relations:\n"
    for i in 1..<n {
      text += "  - {from: e\(i - 1), to: e\(i), kind: lobbies, sources: [{source: s1, quote: \"q\"}]}\n"
    }
    return text
  }

  /// Starts `clout arguments…` in `folder` with its output thrown away.
  static func start(_ arguments: [String], in folder: URL) throws -> Process {
    guard let binary = CLI.binary else { throw CLI.NotFound(looked: CLI.candidates.map(\.path)) }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Reads `path` over and over until stopped, counting reads that are none of `allowed`.
  final class Watcher: Sendable {
    let torn = Atomic<Int>(0)
    let reads = Atomic<Int>(0)
    let stop = Atomic<Bool>(false)

    init(path: String, allowed: [Data]) {
      let thread = Thread { [self] in
        while !stop.load(ordering: .relaxed) {
          guard let data = FileManager.default.contents(atPath: path) else { continue }
          reads.add(1, ordering: .relaxed)
          if !allowed.contains(data) { torn.add(1, ordering: .relaxed) }
        }
      }
      thread.start()
    }

    func finish() -> (reads: Int, torn: Int) {
      stop.store(true, ordering: .relaxed)
      Thread.sleep(forTimeInterval: 0.05)
      return (reads.load(ordering: .relaxed), torn.load(ordering: .relaxed))
    }
  }

  /// The exports of a small and a big network, written once to learn their bytes.
  static func outputs(in folder: URL) throws -> (small: Data, big: Data) {
    try network(entities: 3).write(to: folder.appendingPathComponent("small.yaml"), atomically: false, encoding: .utf8)
    try network(entities: 2500).write(to: folder.appendingPathComponent("big.yaml"), atomically: false, encoding: .utf8)
    for name in ["small", "big"] {
      let process = try start(["export", "\(name).yaml", "-o", "\(name).graphml"], in: folder)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    return (
      try Data(contentsOf: folder.appendingPathComponent("small.graphml")),
      try Data(contentsOf: folder.appendingPathComponent("big.graphml"))
    )
  }

  @Test("a process killed at any moment leaves the old file or the new one")
  func killed() throws {
    let scratch = try Scratch()
    let (small, big) = try Self.outputs(in: scratch.url)
    let out = scratch.url.appendingPathComponent("out.graphml")
    // How long a whole export takes, to spread the kills over it.
    let started = Date()
    let full = try Self.start(["export", "big.yaml", "-o", "out.graphml"], in: scratch.url)
    full.waitUntilExit()
    let duration = Date().timeIntervalSince(started)
    for k in 0..<8 {
      try small.write(to: out)
      let watcher = Watcher(path: out.path, allowed: [small, big])
      let process = try Self.start(["export", "big.yaml", "-o", "out.graphml"], in: scratch.url)
      // From early in the run to just past its end, where the writing happens.
      Thread.sleep(forTimeInterval: duration * (0.5 + 0.08 * Double(k)))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let (reads, torn) = watcher.finish()
      #expect(torn == 0, "kill \(k): \(torn) of \(reads) reads saw a torn file")
      let final = try Data(contentsOf: out)
      #expect(final == small || final == big, "kill \(k): the output is neither the old nor the new file")
    }
  }

  @Test("two processes writing the same output leave one of their files, whole")
  func concurrent() throws {
    let scratch = try Scratch()
    let (small, big) = try Self.outputs(in: scratch.url)
    let out = scratch.url.appendingPathComponent("out.graphml")
    for round in 0..<3 {
      let watcher = Watcher(path: out.path, allowed: [small, big])
      let a = try Self.start(["export", "big.yaml", "-o", "out.graphml"], in: scratch.url)
      let b = try Self.start(["export", "small.yaml", "-o", "out.graphml"], in: scratch.url)
      let c = try Self.start(["export", "big.yaml", "-o", "out.graphml"], in: scratch.url)
      for p in [a, b, c] { p.waitUntilExit() }
      let (reads, torn) = watcher.finish()
      #expect([a, b, c].allSatisfy { $0.terminationStatus == 0 })
      #expect(torn == 0, "round \(round): \(torn) of \(reads) reads saw a torn file")
      let final = try Data(contentsOf: out)
      #expect(final == small || final == big)
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasSuffix(".tmp") }
    #expect(left.isEmpty, "temporary files left: \(left)")
  }
}
