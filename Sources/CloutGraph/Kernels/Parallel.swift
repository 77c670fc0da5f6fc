import Dispatch
import Foundation
import Synchronization

/// The one way the engine fans work out over threads (Dispatch's `concurrentPerform` underneath).
///
/// Two shapes, both deterministic as long as each index writes only its own part of the output:
/// - `forEachPart(_:_:)`: a fixed split, part p on its own thread (the caller cuts the work so
///   that the result does not depend on the split);
/// - `forEachClaimed(_:workers:_:)`: `workers` threads each claim the next unclaimed index until
///   none is left, so a thread slowed down by other load on the machine simply does fewer.
///
/// `ParallelChunks` builds its ordered map-reduce on `forEachClaimed`; the CSR build
/// (`ReverseLayout`), PageRank's sweeps and the edge-list reader use the two directly.
package enum Parallel {
  /// The number of threads used when the caller does not say: the active processors.
  package static var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Runs `body(p)` for every p in `0..<parts`, each on its own thread; inline when `parts` ≤ 1.
  ///
  /// - Complexity: the work of the bodies, plus one thread hand-off per part.
  @inlinable
  package static func forEachPart(_ parts: Int, _ body: @Sendable (Int) -> Void) {
    if parts <= 1 {
      if parts == 1 { body(0) }
      return
    }
    DispatchQueue.concurrentPerform(iterations: parts, execute: body)
  }

  /// Runs `body(i)` for every i in `0..<count` on `workers` threads, each claiming the next index
  /// as soon as it is free (an atomic counter); in order on the calling thread when `workers` ≤ 1.
  ///
  /// - Complexity: the work of the bodies, plus one atomic increment per index.
  package static func forEachClaimed(_ count: Int, workers: Int, _ body: @Sendable (Int) -> Void) {
    if workers <= 1 || count <= 1 {
      for i in 0..<count { body(i) }
      return
    }
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
      while true {
        let i = next.add(1, ordering: .relaxed).oldValue
        if i >= count { break }
        body(i)
      }
    }
  }
}
