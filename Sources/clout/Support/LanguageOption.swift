import ArgumentParser
import Clout

/// Checks a `--lang` value against the languages a network's names are written in, so an unknown
/// language is an error, not a silent fallback to English.
enum LanguageOption {
  static func check(_ lang: String?, in network: Network) throws {
    guard let lang else { return }
    let known = network.nameLanguages
    if known.contains(lang) || lang == "en" { return }
    let list = (["en"] + known.sorted()).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    throw usageFailure(
      "--lang: the network has no names in '\(lang)'; its languages are \(list.joined(separator: ", "))")
  }
}
