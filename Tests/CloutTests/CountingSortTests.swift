import Testing

@testable import CloutGraph

/// The bucketed counting sort gives exactly a plain stable sort's order, for any split into parts,
/// any number of sorting threads and any bucket size, and refuses counts that do not match the items.
@Suite struct CountingSortTests {
  /// The bucket keys, shared by the appending threads.
  struct Keys: @unchecked Sendable {
    let keys: UnsafeMutableBufferPointer<UInt16>
  }

  /// The input cut into `parts` consecutive runs of about equal length, as the callers cut theirs.
  static func runs(_ m: Int, parts: Int) -> [Range<Int>] {
    (0..<parts).map { (m * $0 / parts)..<(m * ($0 + 1) / parts) }
  }

  /// Sorts `keys` with the kernel: each run appended by its own part (at the same time), then the
  /// regions sorted on `threads` threads. Returns the offsets, the ids in sorted order, the layout.
  static func sort(
    _ keys: [Int], keyCount n: Int, parts: Int, threads: Int, averageSlots: Int = 1 << 14,
    largestRegion: Int = 1 << 22
  ) -> (offsets: [Int], ids: [Int32], sort: CountingSort) {
    let m = keys.count
    let runs = Self.runs(m, parts: parts)
    var counts = [[Int]](repeating: [Int](repeating: 0, count: n), count: parts)
    for p in 0..<parts { for e in runs[p] { counts[p][keys[e]] += 1 } }
    let sort = CountingSort(
      keyCount: n, parts: parts, averageSlots: averageSlots, largestRegion: largestRegion
    ) { p, k in counts[p][k] }
    let bucketKeys = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: m)
    let columns = SlotColumns(.allocate(capacity: m), .allocate(capacity: m), doubles: .allocate(capacity: m))
    defer {
      bucketKeys.deallocate()
      columns.deallocate()
    }
    let shared = Keys(keys: bucketKeys)
    Parallel.forEachPart(parts) { p in
      let complete = sort.append(part: p, keys: shared.keys) { appender in
        for e in runs[p] {
          guard let q = appender.slot(for: keys[e]) else { return }
          columns.first[q] = Int32(e)
          columns.second?[q] = Int32(-e)
          columns.doubles?[q] = Double(e) / 2
        }
      }
      precondition(complete)
    }
    let sorted = sort.sortRegions(keys: bucketKeys, columns: columns, threads: threads)
    #expect(sorted)
    let ids = Array(columns.first)
    #expect(columns.second.map(Array.init) == ids.map { -$0 }, "the second column travelled with its id")
    #expect(columns.doubles.map(Array.init) == ids.map { Double($0) / 2 }, "the payload travelled with its id")
    return (sort.offsets, ids, sort)
  }

  /// The reference: a plain stable sort (ties by input position) and the keys' first slots.
  static func reference(_ keys: [Int], keyCount n: Int) -> (offsets: [Int], ids: [Int32]) {
    let ids = keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { Int32($0) }
    var offsets = [Int](repeating: 0, count: n + 1)
    for k in keys { offsets[k + 1] += 1 }
    for k in 0..<n { offsets[k + 1] += offsets[k] }
    return (offsets, ids)
  }

  static func randomKeys(_ m: Int, keyCount n: Int, seed: UInt64) -> [Int] {
    var random = SplitMix64(seed: seed)
    return (0..<m).map { _ in Int(random.below(UInt64(n))) }
  }

  @Test func emptyInputs() {
    for n in [0, 1, 5, 70_000] {
      let got = Self.sort([], keyCount: n, parts: 2, threads: 2)
      #expect(got.offsets == [Int](repeating: 0, count: n + 1) && got.ids.isEmpty)
    }
  }

  @Test(arguments: [(1, 1), (5, 40), (3000, 90_000), (70_000, 50_000), (200_000, 20_000)])
  func matchesAStableSortForEverySplit(n: Int, m: Int) {
    let keys = Self.randomKeys(m, keyCount: n, seed: UInt64(n * 31 + m))
    let expected = Self.reference(keys, keyCount: n)
    for (parts, threads) in [(1, 1), (2, 2), (3, 7), (8, 3)] {
      // Small buckets too, so that several buckets of several keys are reordered.
      for averageSlots in [1 << 14, 64] {
        let got = Self.sort(keys, keyCount: n, parts: parts, threads: threads, averageSlots: averageSlots)
        #expect(got.offsets == expected.offsets, "parts \(parts) threads \(threads) slots \(averageSlots)")
        #expect(got.ids == expected.ids, "parts \(parts) threads \(threads) slots \(averageSlots)")
      }
    }
  }

  /// Many equal keys, appended in input order: any reordering of ties shows.
  @Test func tiesKeepTheirInputOrder() {
    let keys = (0..<20_000).map { ($0 * 7 + $0 / 1000) % 3 }
    let got = Self.sort(keys, keyCount: 4, parts: 4, threads: 2, averageSlots: 1 << 16)
    #expect(got.sort.shift == 2 && got.sort.largest == 20_000, "one bucket of four keys, reordered")
    #expect(got.ids == Self.reference(keys, keyCount: 4).ids)
    for k in 0..<3 {
      let run = got.ids[got.offsets[k]..<got.offsets[k + 1]]
      #expect(zip(run, run.dropFirst()).allSatisfy { $0 < $1 }, "key \(k) in input order")
    }
  }

  /// One key holding most items among small ones: its bucket would exceed the largest region, so
  /// every key gets its own bucket; the order is the same.
  @Test func aHugeKeyFallsBackToOneBucketPerKey() {
    var keys = Self.randomKeys(30_000, keyCount: 4000, seed: 11)
    for i in stride(from: 0, to: keys.count, by: 2) { keys[i] = 1234 }
    let expected = Self.reference(keys, keyCount: 4000)
    let normal = Self.sort(keys, keyCount: 4000, parts: 3, threads: 2, averageSlots: 64)
    #expect(normal.sort.shift > 0 && normal.sort.largest > 15_000)
    #expect(normal.ids == expected.ids)
    for threads in [1, 2, 5] {
      let fallback = Self.sort(keys, keyCount: 4000, parts: 3, threads: threads, averageSlots: 64, largestRegion: 1000)
      #expect(fallback.sort.shift == 0 && fallback.sort.largest == 0)
      #expect(fallback.offsets == expected.offsets && fallback.ids == expected.ids)
    }
  }

  /// Counts that do not match the items appended: a part that appends more than it announced to a
  /// bucket is stopped; a bucket with the right total but a key over its count is refused by the
  /// region sort, whether its bucket is reordered or holds one announced key.
  @Test func wrongCountsAreRefused() {
    let bucketKeys = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 3)
    let columns = SlotColumns(.allocate(capacity: 3), doubles: .allocate(capacity: 3))
    defer {
      bucketKeys.deallocate()
      columns.deallocate()
    }
    func run(announced: [Int], appended: [Int]) -> (complete: Bool, sorted: Bool) {
      let sort = CountingSort(keyCount: 4, parts: 1, averageSlots: 1 << 14) { _, k in announced[k] }
      #expect(sort.shift == 2, "one bucket of four keys")
      let complete = sort.append(part: 0, keys: bucketKeys) { appender in
        for (e, k) in appended.enumerated() {
          guard let q = appender.slot(for: k) else { return }
          columns.first[q] = Int32(e)
          columns.doubles?[q] = 0
        }
      }
      return (complete, complete && sort.sortRegions(keys: bucketKeys, columns: columns, threads: 1))
    }
    #expect(run(announced: [1, 1, 0, 0], appended: [1, 0]) == (true, true))
    #expect(run(announced: [1, 1, 0, 0], appended: [1, 0, 0]).complete == false, "one item too many")
    #expect(run(announced: [1, 1, 0, 0], appended: [1]).complete == false, "one item missing")
    #expect(run(announced: [1, 1, 0, 0], appended: [1, 1]) == (true, false), "key 1 over its count")
    #expect(run(announced: [2, 0, 0, 0], appended: [0, 3]) == (true, false), "key 3 in key 0's bucket")
  }
}
