import ArgumentParser
import Clout
import CloutAnswers

/// Resolves what the user typed to one entity, or explains why not (exit 2).
enum EntityLookup {
  static func resolve(_ query: String, in network: Network) throws -> Entity {
    do throws(AnswerError) {
      return try EntityMatch.resolve(query, in: network)
    } catch {
      Console.error(error.message)
      throw ExitCode(Exit.input)
    }
  }

  /// How messages name a network: its title, or "the network".
  static func name(of network: Network) -> String { EntityMatch.name(of: network) }
}
