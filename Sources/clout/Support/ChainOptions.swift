import ArgumentParser
import Clout

/// The chain rules, one option set for every command that names a strongest chain (path,
/// influence, influencers, influenced, brokers, explain, rank, diff, render --path).
struct ChainOptions: ParsableArguments {
  @Option(
    name: .customLong("max-hops"),
    help: "The longest chain to follow, in hops (default \(ChainRules.defaultMaxHops)).")
  var maxHops: Int = ChainRules.defaultMaxHops

  @Flag(
    inversion: .prefixedNo,
    help: """
      Chains respect time: each hop's relation must hold at or after the time the previous hop took effect \
      (undated ties hold throughout). --no-time-order counts every relation whenever it happened.
      """)
  var timeOrder = true

  var rules: ChainRules { ChainRules(maxHops: maxHops, timeOrder: timeOrder) }

  func validate() throws {
    if maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
  }
}

/// `--strict-about`, for the commands that answer about pairs of actors (path, influence,
/// influencers, influenced, brokers, render --path).
struct StandingTieOptions: ParsableArguments {
  @Flag(
    help: """
      With --about, drop the standing ties too (relations with neither topic nor date: leads, member-of…), \
      which are otherwise kept so that chains on a topic can run through the hierarchy.
      """)
  var strictAbout = false
}

/// What `--help` says about chains, the same sentence in every chain command.
let chainRulesHelp = """
  Chains (one engine for every command, docs/INFLUENCE.md): at most \
  --max-hops hops (default \(ChainRules.defaultMaxHops)); time-respecting by default (each hop's \
  relation holds at or after the time the previous hop took effect; undated \
  ties hold throughout; --no-time-order turns this off); a meeting, \
  negotiation or membership can end a chain but not carry it on.
  """
