import Foundation

/// Wall and CPU time at the start of a call and at the end of each of its iterations (marked from a
/// progress callback), to tell the time per iteration from the setup before the first one.
final class IterationClock: @unchecked Sendable {
  private let lock = NSLock()
  private var marks: [(wall: Double, cpu: Double)] = []

  /// Records the current time; the first mark is the start of the call.
  func mark() {
    let wall = Stopwatch.wall()
    let cpu = Stopwatch.cpu()
    lock.withLock { marks.append((wall, cpu)) }
  }

  /// Milliseconds per iteration, wall and CPU: `whole` over all iterations (setup included),
  /// `sweep` from the end of the first iteration to the end of the last (setup excluded), and the
  /// setup (the time to the end of the first iteration less one sweep).
  func figures() -> [String: Double] {
    let marks = lock.withLock { self.marks }
    guard marks.count >= 3, let start = marks.first, let first = marks.dropFirst().first, let last = marks.last
    else { return [:] }
    let iterations = Double(marks.count - 1)
    let sweepWall = (last.wall - first.wall) / (iterations - 1)
    let sweepCPU = (last.cpu - first.cpu) / (iterations - 1)
    return [
      "pagerank_ms_per_iteration": 1000 * (last.wall - start.wall) / iterations,
      "pagerank_cpu_ms_per_iteration": 1000 * (last.cpu - start.cpu) / iterations,
      "pagerank_sweep_ms_per_iteration": 1000 * sweepWall,
      "pagerank_sweep_cpu_ms_per_iteration": 1000 * sweepCPU,
      "pagerank_setup_ms": 1000 * (first.wall - start.wall - sweepWall),
      "pagerank_setup_cpu_ms": 1000 * (first.cpu - start.cpu - sweepCPU),
    ]
  }
}
