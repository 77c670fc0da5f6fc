import Clout
import Testing

@testable import CloutGraph

/// The seeded generator behind Louvain's visiting order and sampled betweenness: its stream must
/// never change, or every seeded result would.
@Suite struct SplitMix64Tests {
  /// The first outputs for seed 0 are those of the published reference implementation
  /// (Vigna's splitmix64.c); seed 20240611 is the reference kit's random-graph seed.
  @Test func firstOutputsArePinned() {
    var zero = SplitMix64(seed: 0)
    #expect((0..<3).map { _ in zero.next() } == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    var kit = SplitMix64(seed: 20_240_611)
    #expect(
      (0..<5).map { _ in kit.next() } == [
        0x0635_EF3C_D5C3_5877, 0xF668_EAEB_0E18_3E70, 0x36F0_D4C9_7C83_89D0, 0x1861_3FA8_D9D2_7D9D,
        0x9436_354E_AD4D_ECD2,
      ])
  }

  /// `below(n)` takes `next() % n`, rejecting the top `2^64 mod n` values.
  @Test func belowIsPinned() {
    var kit = SplitMix64(seed: 20_240_611)
    #expect((0..<6).map { _ in kit.below(296) } == [199, 176, 200, 53, 98, 223])
    var one = SplitMix64(seed: 7)
    #expect((0..<4).map { _ in one.below(1) } == [0, 0, 0, 0])
  }

  /// As a `RandomNumberGenerator`, the same seed gives the same standard-library draws.
  @Test func servesTheStandardLibrary() {
    var a = SplitMix64(seed: 42)
    var b = SplitMix64(seed: 42)
    let draws = (0..<8).map { _ in Int.random(in: 0..<1000, using: &a) }
    #expect(draws == (0..<8).map { _ in Int.random(in: 0..<1000, using: &b) })
    #expect(Array(0..<20).shuffled(using: &a) == Array(0..<20).shuffled(using: &b))
    #expect(Set(draws).count > 1)
  }
}
