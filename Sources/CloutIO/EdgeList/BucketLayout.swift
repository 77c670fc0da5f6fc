import Clout
import Synchronization

/// Consecutive vertices grouped into buckets of `1 << shift` vertices (bucket of v: `v >> shift`,
/// no table to look up), with the shift chosen so that a bucket holds about `size` edge slots on
/// average (see `EdgePlacement`). Cost: O(n) to lay out.
struct BucketLayout {
  let shift: Int
  /// `start[b]..<start[b + 1]` are the slots of bucket b (`count + 1` entries).
  let start: [Int]
  /// The most slots in a bucket of more than one vertex with edges (the scratch `sortRegions` needs).
  let largest: Int

  var count: Int { start.count - 1 }

  /// Buckets of about `size` slots on average; if that makes some bucket (of more than one vertex
  /// with edges) larger than `cap` slots, one bucket per vertex (no reordering, no scratch).
  init(offsets: [Int], n: Int, size: Int, cap: Int) {
    let m = offsets[n]
    var shift = 0
    while shift < 30 && (n >> (shift + 1)) > 0 && (1 << (shift + 1)) * m <= size * n { shift += 1 }
    var layout = Self(offsets: offsets, n: n, shift: shift)
    if layout.largest > cap { layout = Self(offsets: offsets, n: n, shift: 0) }
    self = layout
  }

  private init(offsets: [Int], n: Int, shift: Int) {
    var start: [Int] = []
    var largest = 0
    var v = 0
    while v < n {
      let end = min(n, v + (1 << shift))
      start.append(offsets[v])
      var withEdges = 0
      for u in v..<end where offsets[u + 1] > offsets[u] { withEdges += 1 }
      if withEdges > 1 { largest = max(largest, offsets[end] - offsets[v]) }
      v = end
    }
    start.append(offsets[n])
    self.shift = shift
    self.start = start
    self.largest = largest
  }

  /// Puts every bucket region, filled in input order, into vertex order (stable), the buckets
  /// shared among `threads` threads; false if a vertex has more edges in its region than its
  /// offsets allow.
  func sortRegions(n: Int, offsets: [Int], arrays: SlotArrays, threads: Int) -> Bool {
    let parts = max(1, min(threads, count))
    let failed = Atomic<Bool>(false)
    Parallel.forEachPart(parts) { part in
      let range = (count * part / parts)..<(count * (part + 1) / parts)
      let ok = offsets.withUnsafeBufferPointer { offsets in
        sortRegions(range, n: n, offsets: offsets, arrays: arrays)
      }
      if !ok { failed.store(true, ordering: .relaxed) }
    }
    return !failed.load(ordering: .relaxed)
  }

  private func sortRegions(
    _ bucketRange: Range<Int>, n: Int, offsets: UnsafeBufferPointer<Int>, arrays: SlotArrays
  ) -> Bool {
    let sources = arrays.sources
    let targets = arrays.targets
    let weights = arrays.weights
    let scratchSources = UnsafeMutableBufferPointer<Int32>.allocate(capacity: largest)
    let scratchTargets = UnsafeMutableBufferPointer<Int32>.allocate(capacity: largest)
    let scratchWeights = UnsafeMutableBufferPointer<Double>.allocate(capacity: weights == nil ? 0 : largest)
    let cursor = UnsafeMutableBufferPointer<Int>.allocate(capacity: 1 << shift)
    defer {
      scratchSources.deallocate()
      scratchTargets.deallocate()
      scratchWeights.deallocate()
      cursor.deallocate()
    }
    for b in bucketRange {
      let first = b << shift
      let vertices = min(n, first + (1 << shift)) - first
      let lo = start[b]
      let size = start[b + 1] - lo
      var withEdges = 0
      for i in 0..<vertices where offsets[first + i + 1] > offsets[first + i] { withEdges += 1 }
      if withEdges <= 1 { continue }
      for k in 0..<size {
        scratchSources[k] = sources[lo + k]
        scratchTargets[k] = targets[lo + k]
        if let weights { scratchWeights[k] = weights[lo + k] }
      }
      for i in 0..<vertices { cursor[i] = offsets[first + i] }
      for k in 0..<size {
        let i = Int(scratchSources[k]) - first
        guard i >= 0, i < vertices else { return false }
        let slot = cursor[i]
        guard slot < offsets[first + i + 1] else { return false }
        cursor[i] = slot + 1
        targets[slot] = scratchTargets[k]
        weights?[slot] = scratchWeights[k]
      }
    }
    return true
  }
}
