import Clout
import Foundation
import MCP

/// Runs a computation off the server's loop and relays its progress to the client as
/// `notifications/progress` (when the request carried a progress token): one at the start, at
/// most ten a second while it runs, one at the end, all sent before the answer. Progress is the
/// fraction done, 0…1.
struct ProgressRelay: Sendable {
  let server: Server
  let token: ProgressToken?

  func run<T: Sendable>(
    _ label: String, _ work: @escaping @Sendable (_ progress: (@Sendable (Int, Int) -> Void)?) throws -> T
  ) async throws -> T {
    guard let token else {
      return try await Task.detached { try work(nil) }.value
    }
    let (stream, continuation) = AsyncStream<(Int, Int)>.makeStream(bufferingPolicy: .bufferingNewest(64))
    let last = Locked<Double>(0)
    let callback: @Sendable (Int, Int) -> Void = { done, total in
      let now = Date().timeIntervalSince1970
      let due = last.withLock { t -> Bool in
        guard now - t >= 0.1 else { return false }
        t = now
        return true
      }
      if due { continuation.yield((done, total)) }
    }
    try await notify(token, 0, 1, "\(label): started")
    let task = Task.detached {
      defer { continuation.finish() }
      return try work(callback)
    }
    // Progress only grows (the protocol asks it to): as a fraction of 1, from 0 to 1.
    var sent = 0.0
    for await (done, total) in stream where total > 0 {
      let fraction = min(Double(done) / Double(total), 1)
      guard fraction > sent, fraction < 1 else { continue }
      sent = fraction
      try? await notify(token, fraction, 1, "\(label): \(done)/\(total)")
    }
    let result = try await task.value
    try await notify(token, 1, 1, "\(label): done")
    return result
  }

  private func notify(_ token: ProgressToken, _ progress: Double, _ total: Double?, _ message: String) async throws {
    try await server.notify(
      ProgressNotification.message(.init(progressToken: token, progress: progress, total: total, message: message)))
  }
}
