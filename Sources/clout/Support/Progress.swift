import Clout
import Foundation

/// Progress of a long computation on standard error, only when it is a terminal; at most ten
/// updates a second.
final class ProgressReporter: Sendable {
  private let label: String
  private let lastUpdate = Locked<Double>(0)

  init(_ label: String) { self.label = label }

  /// A callback for the engine, or nil when standard error is not a terminal.
  static func callback(_ label: String) -> (@Sendable (Int, Int) -> Void)? {
    guard Console.stderrIsTerminal else { return nil }
    let reporter = ProgressReporter(label)
    return { done, total in reporter.report(done, total) }
  }

  func report(_ done: Int, _ total: Int) {
    let now = Date().timeIntervalSince1970
    let due = lastUpdate.withLock { last -> Bool in
      guard done == total || now - last >= 0.1 else { return false }
      last = now
      return true
    }
    guard due, total > 0 else { return }
    let percent = Int((Double(done) / Double(total) * 100).rounded(.down))
    let end = done == total ? "\n" : ""
    FileHandle.standardError.write(Data("\r\(label): \(percent)% (\(done)/\(total))\u{1B}[K\(end)".utf8))
  }
}
