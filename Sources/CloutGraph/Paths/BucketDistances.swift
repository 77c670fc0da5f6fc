/// Dial's bucket queue for single-source distances when every length is a small integer
/// (R. B. Dial 1969, "Algorithm 360: shortest-path forest with topological ordering", CACM
/// 12(11):632–633).
///
/// With lengths in 0...C, every vertex waiting in Dijkstra's queue has a tentative distance in
/// [d, d + C], where d is the distance being settled, so C + 1 buckets used circularly order them
/// exactly: a push is O(1) and the pops scan the buckets forward, one distance value at a time.
/// Vertices are pushed again on improvement and stale entries skipped (no decrease-key). Integer
/// path sums are exact, so the distances equal those of the heap-based search bit for bit.
///
/// Cost: O(n + m + D) time, where D ≤ (n − 1)·C is the largest distance reached; O(n + C) memory.
enum BucketDistances {
  /// Largest length C for which the bucket queue is used: beyond it, the scan of empty buckets
  /// could cost more than a heap.
  static let lengthLimit = 255

  /// C when every length is an integer in 0...`lengthLimit`, else nil. O(m).
  static func lengthBound(_ lengths: [Double]) -> Int? {
    var bound = 0.0
    for l in lengths {
      guard l >= 0, l <= Double(lengthLimit), l == l.rounded(.towardZero) else { return nil }
      bound = max(bound, l)
    }
    return Int(bound)
  }

  /// Distances from `source` (`.infinity` where unreached) with lengths bounded by `bound`;
  /// `edges` maps slots to edge ids (nil: slots are edge ids).
  static func distances(
    from source: Int, n: Int, offsets: [Int], neighbors: [Int32], edges: [Int32]?, lengths: [Double], bound: Int
  ) -> [Double] {
    let width = bound + 1
    var distance = [Int](repeating: .max, count: n)
    var head = [Int32](repeating: -1, count: width)
    var entries = BucketEntries(capacity: n + 1)
    distance.withUnsafeMutableBufferPointer { distance in
      head.withUnsafeMutableBufferPointer { head in
        offsets.withUnsafeBufferPointer { offsets in
          neighbors.withUnsafeBufferPointer { neighbors in
            (edges ?? []).withUnsafeBufferPointer { edges in
              lengths.withUnsafeBufferPointer { lengths in
                let direct = edges.isEmpty
                distance[source] = 0
                head[0] = entries.push(Int32(truncatingIfNeeded: source), before: -1)
                var waiting = 1
                var current = 0
                var bucket = 0
                while waiting > 0 {
                  while head[bucket] < 0 {
                    current += 1
                    bucket += 1
                    if bucket == width { bucket = 0 }
                  }
                  let (v, rest) = entries.pop(head[bucket])
                  head[bucket] = rest
                  waiting -= 1
                  if distance[v] != current { continue }
                  for slot in offsets[v]..<offsets[v + 1] {
                    let w = Int(neighbors[slot])
                    let step = Int(lengths[direct ? slot : Int(edges[slot])])
                    let candidate = current + step
                    if candidate < distance[w] {
                      distance[w] = candidate
                      var target = bucket + step
                      if target >= width { target -= width }
                      head[target] = entries.push(Int32(truncatingIfNeeded: w), before: head[target])
                      waiting += 1
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return distance.map { $0 == .max ? .infinity : Double($0) }
  }
}
