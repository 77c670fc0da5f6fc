/// Deterministic parallel map-reduce over the items `0..<count` (sources of a search, targets of a
/// closeness computation…).
///
/// The items are cut into at most `maximumChunks` contiguous chunks whose boundaries depend on
/// `count` only, never on the number of threads. Chunks run in waves of `4 × threads` chunks, or
/// of the caller's `wave` when larger (`DispatchQueue.concurrentPerform`); inside a wave each
/// thread takes the next chunk as soon as it is free, so a thread slowed down by other load on the
/// machine simply does fewer chunks instead of holding the others at a barrier after every chunk;
/// longer waves mean fewer barriers. After each wave the caller's `combine` receives the chunk
/// results in increasing chunk order, on the calling thread. So any floating-point reduction done
/// in `combine` adds the same numbers in the same order for every thread count: results are
/// bit-identical with 1 thread or 64. Memory: at most one wave of chunk results alive at once.
enum ParallelChunks {
  /// Upper bound on the number of chunks (and so on the number of progress reports).
  static let maximumChunks = 128

  /// The number of threads used when the caller does not say.
  static var defaultThreads: Int { Parallel.processorCount }

  /// The fixed chunk boundaries for `count` items.
  static func chunks(count: Int) -> [Range<Int>] {
    let k = min(count, maximumChunks)
    guard k > 0 else { return [] }
    return (0..<k).map { i in (i * count / k)..<((i + 1) * count / k) }
  }

  /// Runs `work` on every chunk and hands the results to `combine` in chunk order.
  ///
  /// - Parameters:
  ///   - threads: how many chunks run at once (nil: all active processors; values < 1 count as 1).
  ///   - wave: chunks per wave when more than `4 × threads` (for small chunk results).
  ///   - progress: called on the calling thread after each wave with the number of items done.
  static func run<T: Sendable>(
    count: Int,
    threads: Int?,
    wave: Int = 0,
    work: @Sendable (Range<Int>) -> T,
    combine: (Range<Int>, T) -> Void,
    progress: ((Int) -> Void)? = nil
  ) {
    let ranges = chunks(count: count)
    let width = max(1, min(threads ?? defaultThreads, ranges.count))
    let waveSize = width == 1 ? 1 : max(4 * width, wave)
    var next = 0
    var done = 0
    while next < ranges.count {
      let wave = Array(ranges[next..<min(next + waveSize, ranges.count)])
      var results: [T?]
      if wave.count == 1 || width == 1 {
        results = wave.map { work($0) }
      } else {
        let slots = Locked<[T?]>([T?](repeating: nil, count: wave.count))
        Parallel.forEachClaimed(wave.count, workers: width) { i in
          let result = work(wave[i])
          slots.withLock { $0[i] = result }
        }
        results = slots.withLock { $0 }
      }
      for i in 0..<wave.count {
        if let result = results[i] { combine(wave[i], result) }
        results[i] = nil
        done += wave[i].count
        progress?(done)
      }
      next += wave.count
    }
  }
}
