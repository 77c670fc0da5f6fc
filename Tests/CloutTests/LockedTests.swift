import Dispatch
import Testing

@testable import CloutGraph

/// `Locked`, the package's one lock: exclusive access from many threads, typed errors and
/// noncopyable state pass through. (Under `scripts/sanitize thread` this suite is also the
/// check that ThreadSanitizer sees the lock: with the standard library's `Mutex` on Linux the
/// same loop is reported as a race.)
@Suite struct LockedTests {
  @Test func incrementsFromManyThreadsAreNotLost() {
    let counter = Locked(0)
    let pool = Locked<[Int]>([])
    DispatchQueue.concurrentPerform(iterations: 8) { i in
      for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
      for _ in 0..<100 {
        let x = pool.withLock { $0.popLast() } ?? i
        pool.withLock { $0.append(x) }
      }
    }
    #expect(counter.withLock { $0 } == 80_000)
    #expect((1...8).contains(pool.withLock { $0.count }))
  }

  struct Refused: Error, Equatable {}

  @Test func typedErrorsLeaveTheLockReleased() {
    let value = Locked("a")
    #expect(throws: Refused.self) {
      try value.withLock { (text: inout String) throws(Refused) in
        text += "b"
        throw Refused()
      }
    }
    #expect(value.withLock { $0 } == "ab")
  }

  struct Handle: ~Copyable {
    var uses = 0
  }

  @Test func noncopyableStateIsGuardedInPlace() {
    let handle = Locked(Handle())
    for _ in 0..<3 { handle.withLock { $0.uses += 1 } }
    #expect(handle.withLock { $0.uses } == 3)
  }
}
