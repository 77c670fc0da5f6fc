import Synchronization

/// The engine's one bucketed stable counting sort: items with integer keys in `0..<keyCount`,
/// produced by `parts` producers (threads), are put in key order; items of one key keep the order
/// of their parts, and within a part the order in which it appended them. Behind the reverse
/// adjacency of the CSR build (`ReverseLayout`: edges by head) and the edge-list reader's placement
/// (edges by source).
///
/// A plain counting sort (Knuth, TAOCP vol. 3, §5.2, "distribution counting"; Cormen et al.,
/// *Introduction to Algorithms*, §8.2) scatters every item straight to its key's slot: on a large
/// input that is a cache miss or two per item. Here it runs as a two-digit radix sort whose first
/// digit is cache-sized (as igraph builds its edge index with a two-pass radix sort,
/// `igraph_vector_int_pair_order` behind `src/graph/type_indexededgelist.c`):
///
/// 1. Counts. The caller gives each part's count per key; their sums are the `offsets`.
/// 2. Buckets. Keys are grouped into buckets of 2^`shift` consecutive keys (bucket of k: `k >> shift`,
///    no table), `shift` ≤ 16 chosen so that a bucket holds about `averageSlots` items on average.
///    Part p appends its items (`Appender`), in its own order, to their bucket's region, after the
///    items of parts 0…p−1, writing the key's place in its bucket (2 bytes) beside each item: a
///    thousand or so write streams, all in cache, and the parts write at the same time.
/// 3. Regions. `sortRegions` puts each region in key order through a scratch copy of the region
///    (a counting sort by the 2-byte key), the buckets shared among threads.
///
/// Both passes are stable, so the result is exactly the plain counting sort's, for any number of
/// parts or threads and any `shift`. If some bucket of several keys with items would hold more than
/// `largestRegion` items (one huge key among small ones), every key gets its own bucket (`shift` 0):
/// step 2 then writes every item to its final slot and step 3 has nothing to do.
///
/// - Complexity: O(n · parts + m) time for n keys and m items; memory beyond the caller's arrays:
///   8 bytes per key (the offsets), 2 bytes per item (the keys in their buckets), 16 bytes per
///   bucket per part (cursors), and per sorting thread a scratch copy of the largest region's items
///   (at most `largestRegion`) and 8 bytes per key of a bucket.
package struct CountingSort: Sendable {
  /// How many keys (`0..<keyCount`).
  package let keyCount: Int
  /// `offsets[k]..<offsets[k + 1]` are the slots of key k in the sorted order (`keyCount + 1`
  /// entries).
  package let offsets: [Int]
  /// Bucket of key k: `k >> shift`.
  package let shift: Int
  /// The most items in a bucket that step 3 reorders (one of several keys with items).
  package let largest: Int
  /// `regions[p][b]` is the first slot of part p in bucket b, `regions[parts][b]` the end of the
  /// bucket's region.
  @usableFromInline let regions: [[Int]]

  /// How many buckets.
  package var bucketCount: Int { regions[0].count }
  /// How many parts append items.
  package var parts: Int { regions.count - 1 }

  /// Lays out the sort from every part's count per key.
  ///
  /// - Parameters:
  ///   - keyCount: the keys are `0..<keyCount`.
  ///   - parts: how many producers append items (at least 1).
  ///   - averageSlots: the target number of items per bucket (a region's items and keys should fit
  ///     in a core's cache).
  ///   - largestRegion: the most items a bucket of several keys with items may hold; over it, one
  ///     bucket per key.
  ///   - count: `count(p, k)`, how many items part p appends with key k.
  /// - Complexity: O(keyCount · parts) time; inlined so that `count` is.
  @inlinable
  package init(
    keyCount n: Int, parts: Int, averageSlots: Int = 1 << 14, largestRegion: Int = 1 << 22,
    count: (_ part: Int, _ key: Int) -> Int
  ) {
    precondition(n >= 0 && parts >= 1 && averageSlots >= 1)
    var offsets = [Int](repeating: 0, count: n + 1)
    for k in 0..<n {
      var total = 0
      for p in 0..<parts { total += count(p, k) }
      offsets[k + 1] = offsets[k] + total
    }
    let m = offsets[n]
    var shift = 0
    while shift < 16 && (n >> (shift + 1)) > 0 && (1 << (shift + 1)) * m <= averageSlots * n { shift += 1 }
    var largest = Self.largestRegion(offsets: offsets, shift: shift)
    if largest > largestRegion {
      shift = 0
      largest = 0
    }
    let bucketCount = (n + (1 << shift) - 1) >> shift
    // Each part's cursor in each bucket: after the items of the parts before it.
    var next = (0..<bucketCount).map { offsets[$0 << shift] }
    var regions: [[Int]] = []
    regions.reserveCapacity(parts + 1)
    for p in 0..<parts {
      regions.append(next)
      for k in 0..<n { next[k >> shift] += count(p, k) }
    }
    regions.append(next)
    self.keyCount = n
    self.offsets = offsets
    self.shift = shift
    self.largest = largest
    self.regions = regions
  }

  /// The most items in a bucket of 2^shift keys of which several have items.
  @usableFromInline
  static func largestRegion(offsets: [Int], shift: Int) -> Int {
    let n = offsets.count - 1
    var largest = 0
    var first = 0
    while first < n {
      let end = min(n, first + (1 << shift))
      var withItems = 0
      for k in first..<end where offsets[k + 1] > offsets[k] { withItems += 1 }
      if withItems > 1 { largest = max(largest, offsets[end] - offsets[first]) }
      first = end
    }
    return largest
  }

  /// Runs `body` with part p's appender, which places the part's items in their buckets (step 2),
  /// and returns whether the part appended exactly the items its counts announced (false also when
  /// it tried to append more, which the appender refused).
  ///
  /// - Parameter keys: the bucket key of every slot (`offsets[keyCount]` of them), written here and
  ///   read by `sortRegions`; the parts write disjoint slots, so they may run at the same time.
  @inlinable
  package func append<E: Error>(
    part p: Int, keys: UnsafeMutableBufferPointer<UInt16>, _ body: (Appender) throws(E) -> Void
  ) throws(E) -> Bool {
    // One cursor per bucket, then the number of refused items.
    let cursor = UnsafeMutableBufferPointer<Int>.allocate(capacity: bucketCount + 1)
    defer { cursor.deallocate() }
    _ = cursor.initialize(from: regions[p])
    cursor[bucketCount] = 0
    return try regions[p + 1].withUnsafeBufferPointer { end throws(E) -> Bool in
      try body(Appender(cursor: cursor, end: end, keys: keys, shift: shift))
      return cursor[bucketCount] == 0 && (0..<bucketCount).allSatisfy { cursor[$0] == end[$0] }
    }
  }

  /// One part's write position in every bucket region (step 2); valid only inside `append`. Its
  /// state lives in the buffers it points to, so it is passed by value and its fields stay in
  /// registers in the caller's loop.
  package struct Appender {
    /// The next slot of every bucket, then the number of refused items.
    @usableFromInline let cursor: UnsafeMutableBufferPointer<Int>
    @usableFromInline let end: UnsafeBufferPointer<Int>
    @usableFromInline let keys: UnsafeMutableBufferPointer<UInt16>
    @usableFromInline let shift: Int
    @usableFromInline let mask: Int

    @inlinable
    init(
      cursor: UnsafeMutableBufferPointer<Int>, end: UnsafeBufferPointer<Int>, keys: UnsafeMutableBufferPointer<UInt16>,
      shift: Int
    ) {
      self.cursor = cursor
      self.end = end
      self.keys = keys
      self.shift = shift
      self.mask = (1 << shift) - 1
    }

    /// The slot for the next item with key `key` (`0..<keyCount`), where the caller writes the
    /// item's data; nil if the part already appended as many items to the key's bucket as its
    /// counts announced.
    @inlinable @inline(__always)
    package func slot(for key: Int) -> Int? {
      let b = key &>> shift
      let q = cursor[b]
      guard q < end[b] else {
        cursor[end.count] += 1
        return nil
      }
      cursor[b] = q &+ 1
      keys[q] = UInt16(truncatingIfNeeded: key & mask)
      return q
    }

    /// The slots of `count` items with keys `keys[0..<count]`, written to `slots` (compiled here,
    /// with `slot(for:)` inlined, for callers in other modules that append in batches); false as
    /// soon as one is refused.
    package func slots(for keys: UnsafePointer<Int32>, count: Int, into slots: UnsafeMutablePointer<Int>) -> Bool {
      for k in 0..<count {
        guard let q = slot(for: Int(keys[k])) else { return false }
        slots[k] = q
      }
      return true
    }
  }

  /// Puts every bucket region, filled by the appenders, in key order (step 3), stably, moving the
  /// items' `columns` along; the buckets are shared among `threads` threads. Returns false if a key
  /// has more items in its region than its offsets allow (the parts' counts were wrong, though every
  /// part filled its regions exactly), in which case the columns are left in an unspecified order.
  ///
  /// - Complexity: O(m + keyCount) time; per thread, a scratch copy of `largest` items and 8 bytes
  ///   per key of a bucket.
  package func sortRegions(
    keys: UnsafeMutableBufferPointer<UInt16>, columns: SlotColumns, threads: Int
  ) -> Bool {
    // One key per bucket: the appenders' regions were the keys' own slots.
    if shift == 0 { return true }
    let threads = max(1, min(threads, bucketCount))
    let failed = SortFlag()
    offsets.withUnsafeBufferPointer { offsets in
      let shared = SortBuffers(offsets: offsets, keys: UnsafeBufferPointer(keys))
      Parallel.forEachPart(threads) { t in
        let buckets = (bucketCount * t / threads)..<(bucketCount * (t + 1) / threads)
        if !sortRegions(buckets, offsets: shared.offsets, keys: shared.keys, columns: columns) { failed.set() }
      }
    }
    return !failed.isSet
  }

  /// One thread's buckets.
  private func sortRegions(
    _ buckets: Range<Int>, offsets: UnsafeBufferPointer<Int>, keys: UnsafeBufferPointer<UInt16>, columns: SlotColumns
  ) -> Bool {
    let n = keyCount
    let scratch = columns.allocate(capacity: largest)
    let cursor = UnsafeMutableBufferPointer<Int>.allocate(capacity: 1 << shift)
    defer {
      scratch.deallocate()
      cursor.deallocate()
    }
    for b in buckets {
      let first = b << shift
      let count = min(n, first + (1 << shift)) - first
      let lo = offsets[first]
      let size = offsets[first + count] - lo
      if size == 0 { continue }
      var withItems = 0
      var only = 0
      for i in 0..<count {
        cursor[i] = offsets[first + i]
        if offsets[first + i + 1] > offsets[first + i] {
          withItems += 1
          only = i
        }
      }
      if withItems == 1 {
        // Already in order, if every item is indeed the one key's.
        for k in lo..<(lo + size) where Int(keys[k]) != only { return false }
        continue
      }
      for k in 0..<size { scratch.copy(lo + k, of: columns, to: k) }
      for k in 0..<size {
        let i = Int(keys[lo + k])
        guard i < count else { return false }
        let q = cursor[i]
        guard q < offsets[first + i + 1] else { return false }
        cursor[i] = q + 1
        columns.copy(k, of: scratch, to: q)
      }
    }
    return true
  }
}

/// The arrays that travel with the keys through `CountingSort.sortRegions`: one or two 4-byte
/// columns and an optional 8-byte one (a reverse layout's tails and edge ids; an edge list's targets
/// and weights). A concrete type rather than a protocol, so that the region sort is compiled once,
/// specialised, in the engine, whichever module calls it. Shared by the sorting threads, which
/// write disjoint slots.
package struct SlotColumns: @unchecked Sendable {
  package let first: UnsafeMutableBufferPointer<Int32>
  package let second: UnsafeMutableBufferPointer<Int32>?
  package let doubles: UnsafeMutableBufferPointer<Double>?

  package init(
    _ first: UnsafeMutableBufferPointer<Int32>, _ second: UnsafeMutableBufferPointer<Int32>? = nil,
    doubles: UnsafeMutableBufferPointer<Double>? = nil
  ) {
    self.first = first
    self.second = second
    self.doubles = doubles
  }

  /// Uninitialised columns of the same kinds with room for `capacity` slots (a thread's scratch).
  package func allocate(capacity: Int) -> SlotColumns {
    SlotColumns(
      .allocate(capacity: capacity), second.map { _ in .allocate(capacity: capacity) },
      doubles: doubles.map { _ in .allocate(capacity: capacity) })
  }

  /// Frees columns made by `allocate(capacity:)`.
  package func deallocate() {
    first.deallocate()
    second?.deallocate()
    doubles?.deallocate()
  }

  /// Copies slot `from` of every column of `source` to slot `to` of the same column of `self`.
  @inline(__always)
  func copy(_ from: Int, of source: SlotColumns, to: Int) {
    first[to] = source.first[from]
    if let second, let other = source.second { second[to] = other[from] }
    if let doubles, let other = source.doubles { doubles[to] = other[from] }
  }
}

/// Set by a sorting thread that found a key with too many items.
@usableFromInline
final class SortFlag: Sendable {
  @usableFromInline let flag = Atomic<Bool>(false)
  @inlinable init() {}
  @inlinable func set() { flag.store(true, ordering: .relaxed) }
  @inlinable var isSet: Bool { flag.load(ordering: .relaxed) }
}

/// The offsets and bucket keys, read by every sorting thread.
@usableFromInline
struct SortBuffers: @unchecked Sendable {
  @usableFromInline let offsets: UnsafeBufferPointer<Int>
  @usableFromInline let keys: UnsafeBufferPointer<UInt16>
  @inlinable init(offsets: UnsafeBufferPointer<Int>, keys: UnsafeBufferPointer<UInt16>) {
    self.offsets = offsets
    self.keys = keys
  }
}
