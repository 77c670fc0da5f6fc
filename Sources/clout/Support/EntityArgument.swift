import ArgumentParser
import Clout

/// Resolves what the user typed to one entity, or explains why not (exit 2).
enum EntityLookup {
  static func resolve(_ query: String, in network: Network) throws -> Entity {
    switch EntityResolver(network).resolve(query) {
    case .found(let entity):
      return entity
    case .ambiguous(let candidates):
      var text = "'\(query)' matches \(candidates.count) entities in \(name(of: network)); say which:"
      for e in candidates.prefix(10) { text += "\n  \(e.id)\t\(e.name)\t(\(e.kind))" }
      if candidates.count > 10 { text += "\n  … and \(candidates.count - 10) more" }
      Console.error(text)
    case .notFound(let suggestions):
      var text = "no entity matches '\(query)' in \(name(of: network))"
      if !suggestions.isEmpty {
        text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
      }
      Console.error(text + " (`clout list` lists its actors; `clout list --search TEXT` finds them)")
    }
    throw ExitCode(Exit.input)
  }

  /// How messages name a network: its title, or "the network".
  static func name(of network: Network) -> String {
    network.title.map { "“\($0)”" } ?? "the network"
  }
}
