import ArgumentParser
import Clout

/// `--lang`: the language names are printed in, shared by every command that prints names
/// (rankings, chains, cards, lists, exports, drawings). An unknown language is a usage error (exit
/// 2) listing the languages the network has, never a silent fallback to the display names.
struct LanguageOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Language of the names printed (en, ja, zh…, as the network gives them; default: the display names). "
        + "A name missing in that language falls back to English.", valueName: "lang"))
  var lang: String?

  /// The network with its names in the chosen language (unchanged without `--lang`); fails with a
  /// usage error if the network has no names in that language.
  func apply(to network: Network) throws -> Network {
    guard let lang else { return network }
    try Self.check(lang, in: network)
    return network.named(in: lang)
  }

  /// Fails unless `network` (or `also`, languages the output itself speaks) has names in `lang`.
  /// English is always accepted: it is the language of display names by convention.
  static func check(_ lang: String?, in network: Network, also: [String] = []) throws {
    guard let lang else { return }
    let known = network.nameLanguages.union(also)
    if known.contains(lang) || lang == "en" { return }
    let list = (["en"] + known.sorted()).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    throw usageFailure(
      "--lang: \(EntityLookup.name(of: network)) has no names in '\(lang)'; its languages are "
        + list.joined(separator: ", "))
  }

  /// Refuses `--lang` on an input that has no names at all (an edge list or a plain graph).
  func refuseWithoutNames(_ origin: String) throws {
    guard let lang else { return }
    throw usageFailure(
      "--lang \(lang): the vertices of \(origin) have labels, not names in languages (it is a plain graph)")
  }
}

extension Network {
  /// The same network with every entity, topic and group displayed by its name in `language`
  /// (falling back to English, then to the display name). The display name stays findable: it is
  /// kept as the English name when the entity has none, which is what `name(in: "en")` already
  /// returned, so no name in any language changes.
  func named(in language: String) -> Network {
    let entities = self.entities.map { e -> Entity in
      var e = e
      if e.names["en"] == nil { e.names["en"] = e.name }
      e.name = e.name(in: language)
      return e
    }
    let topics = self.topics.map { t -> Topic in
      var t = t
      if t.names["en"] == nil { t.names["en"] = t.name }
      t.name = t.name(in: language)
      return t
    }
    let groups = self.groups.map { g -> EntityGroup in
      var g = g
      if g.names["en"] == nil { g.names["en"] = g.name }
      g.name = g.name(in: language)
      return g
    }
    var copy = Network(
      title: title, description: description, entities: entities, topics: topics, sources: sources,
      relationKinds: relationKinds, entityKinds: entityKinds, relations: relations, groups: groups)
    copy.stories = stories
    return copy
  }
}
