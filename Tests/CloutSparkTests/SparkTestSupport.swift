import Foundation
import Testing

/// Whether the tests that start Spark run: `scripts/spark-tests` sets CLOUT_SPARK_TESTS=1 (CI does,
/// through scripts/test) after scripts/install-deps installed Java 17 and pyspark 4.3.0.
let sparkEnabled = ProcessInfo.processInfo.environment["CLOUT_SPARK_TESTS"] == "1"

enum Paths {
  /// The package root (three levels above this file).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let seedNetwork = root.appendingPathComponent("graphs/us-china-tech.yaml").path

  /// The built `clout` beside the test bundle.
  static var clout: String? {
    var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    if let first = CommandLine.arguments.first {
      folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    return folders.map { $0.appendingPathComponent("clout").path }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}

/// A fresh temporary folder, removed when dropped.
final class Scratch {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-spark-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// What a child process printed and how it exited.
struct Run {
  let status: Int32
  let stdout: String
  let stderr: String
}

/// Runs `executable arguments…` with `environment` (nil: this process's), capturing both streams.
func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Run {
  let scratch = try Scratch()
  let out = scratch.url.appendingPathComponent("out")
  let err = scratch.url.appendingPathComponent("err")
  try Data().write(to: out)
  try Data().write(to: err)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  if let environment { process.environment = environment }
  process.standardInput = FileHandle.nullDevice
  let outHandle = try FileHandle(forWritingTo: out)
  let errHandle = try FileHandle(forWritingTo: err)
  process.standardOutput = outHandle
  process.standardError = errHandle
  try process.run()
  process.waitUntilExit()
  try outHandle.close()
  try errHandle.close()
  // An empty file is not read: Foundation leaks a 4 KiB buffer reading one (AddressSanitizer).
  func text(_ url: URL) throws -> String {
    let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
    return size == 0 ? "" : try String(contentsOf: url, encoding: .utf8)
  }
  return Run(status: process.terminationStatus, stdout: try text(out), stderr: try text(err))
}

/// The real Python 3 executable (not a version-manager shim), as `sys.executable` names it.
func realPython() throws -> String {
  let r = try run("/usr/bin/env", ["python3", "-c", "import sys; print(sys.executable)"])
  return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// Whether a process with this id exists.
func processExists(_ pid: Int) -> Bool {
  FileManager.default.fileExists(atPath: "/proc/\(pid)")
}
