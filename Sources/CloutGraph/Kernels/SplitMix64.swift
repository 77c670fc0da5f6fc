/// A small seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014, OOPSLA) used where
/// an algorithm needs reproducible randomness (Louvain's visiting order, the sources of sampled
/// betweenness): the same seed gives the same sequence on every platform and Swift version, unlike
/// the system generator.
///
/// `below(n)` draws uniformly from `0..<n` by rejection (no modulo bias), as the reference kit's
/// random-graph generator does; Clout's own algorithms use `below` and `shuffle`, whose streams are
/// fixed here. As a `RandomNumberGenerator` it also serves the standard library's
/// `random(in:using:)` and `shuffled(using:)`, whose use of the bits may change between Swift
/// versions. Cost: O(1) per draw.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform draw from `0..<n` (n ≥ 1).
  mutating func below(_ n: UInt64) -> UInt64 {
    // Reject the top 2^64 mod n values so that every residue is equally likely.
    let limit = 0 &- ((0 &- n) % n)
    while true {
      let x = next()
      if limit == 0 || x < limit { return x % n }
    }
  }

  /// Fisher–Yates shuffle in place. O(count).
  mutating func shuffle<T>(_ a: inout [T]) {
    guard a.count > 1 else { return }
    for i in stride(from: a.count - 1, to: 0, by: -1) {
      let j = Int(below(UInt64(i + 1)))
      a.swapAt(i, j)
    }
  }
}
