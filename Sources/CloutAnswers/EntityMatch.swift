import Clout

/// Resolves what the user typed (an id, a name or alias in any language, or a unique part of
/// one) to one entity, or says why not in the command line's words: the candidates of an
/// ambiguous name, the closest names of an unknown one.
public enum EntityMatch {
  public static func resolve(_ query: String, in network: Network) throws(AnswerError) -> Entity {
    switch EntityResolver(network).resolve(query) {
    case .found(let entity):
      return entity
    case .ambiguous(let candidates):
      var text = "'\(query)' matches \(candidates.count) entities in \(name(of: network)); say which:"
      for e in candidates.prefix(10) { text += "\n  \(e.id)\t\(e.name)\t(\(e.kind))" }
      if candidates.count > 10 { text += "\n  … and \(candidates.count - 10) more" }
      throw AnswerError(text, suggestions: candidates.prefix(10).map(\.id))
    case .notFound(let suggestions):
      var text = "no entity matches '\(query)' in \(name(of: network))"
      if !suggestions.isEmpty {
        text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
      }
      throw AnswerError(
        text + " (`clout list` lists its actors; `clout list --search TEXT` finds them)", suggestions: suggestions)
    }
  }

  /// How messages name a network: its title, or "the network".
  public static func name(of network: Network) -> String {
    network.title.map { "“\($0)”" } ?? "the network"
  }
}
