/// The attribute names Clout uses for its fields in every attribute-carrying exchange format
/// (GraphML keys, GEXF attributes, CSV columns, node-link and Cytoscape.js keys), so that what one
/// writer puts somewhere every reader finds there. The table is in docs/INTEROP.md.
enum InteropVocabulary {
  /// Graph-level marker: the file was written by Clout (value 1).
  static let marker = "clout"
  /// Graph-level fields, in the order written.
  static let graphFields = ["clout", "title", "description", "sources", "topics", "entity-kinds", "relation-kinds"]
  /// Graph-level fields holding lists of records (Clout's `sources`, `topics`… sections).
  static let tables = ["sources", "topics", "entity-kinds", "relation-kinds"]

  /// Node fields that map to entity fields (everything else is a free attribute).
  static let nodeFields = ["label", "kind", "aliases", "role", "affiliation", "note"]
  /// Edge fields that map to relation fields, in the order written.
  static let edgeFields = [
    "kind", "strength", "weight", "date", "start", "end", "lasts", "status", "confidence", "about", "place", "note",
    "sources",
  ]
  /// The prefix of per-language names: `name_ja` is the Japanese name.
  static let namePrefix = "name_"
  /// The prefix that marks a free attribute whose key collides with a field name.
  static let attributePrefix = "attribute."

  /// The attribute name of a free entity attribute: its key, or `attribute.KEY` when the key
  /// would be read as something else.
  static func attributeName(_ key: String) -> String {
    let reserved =
      nodeFields.contains(key) || key == "id" || key == "name" || key == "type" || key.hasPrefix(attributePrefix)
      || language(ofNameField: key) != nil
    return reserved ? attributePrefix + key : key
  }

  /// The language of a `name_<lang>` field (`ja`, `zh-Hant`…), or nil when the name is not one.
  /// A language is 2–3 lowercase letters, optionally followed by `-` and letters or digits.
  static func language(ofNameField name: String) -> String? {
    guard name.hasPrefix(namePrefix) else { return nil }
    let language = name.dropFirst(namePrefix.count)
    let parts = language.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    guard let base = parts.first, (2...3).contains(base.count), base.allSatisfy({ $0.isASCII && $0.isLowercase })
    else { return nil }
    if parts.count == 2 {
      let region = parts[1]
      guard !region.isEmpty, region.count <= 8, region.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
      else { return nil }
    }
    return String(language)
  }

  /// `Type` values of Gephi and Kumu edge sheets that give a direction rather than a kind.
  static func direction(ofType text: String) -> Bool? {
    switch text.lowercased() {
    case "directed": return true
    case "undirected", "mutual": return false
    default: return nil
    }
  }
}
