import Clout

/// Bounds on what a network file (YAML or JSON, docs/FORMAT.md) may hold, so that a hostile or
/// broken file is a located error reached quickly and in little memory, rather than a process
/// that grows until it is killed. Every bound is far above what a real network needs.
public struct NetworkLimits: Sendable, Hashable {
  /// The largest file read, in bytes.
  public var maxFileBytes: Int
  /// The deepest nesting of lists and mappings.
  public var maxDepth: Int
  /// The longest scalar or string, in bytes of UTF-8.
  public var maxStringBytes: Int
  /// The most values (scalars, lists and mappings) the document may hold once every YAML alias
  /// is expanded. Reached by an alias "bomb" long before its expansion is built, and by a file of
  /// millions of tiny relations before any tree is built (YAML: while libyaml's events are
  /// counted; JSON: while the tree is read): the tree of a file at this bound takes a few hundred
  /// MB, so this is the bound on what reading can cost.
  public var maxValues: Int
  /// The most values that YAML aliases may add by repeating anchored parts.
  public var maxAliasValues: Int
  /// The most entities, and the most relations.
  public var maxEntities: Int
  public var maxRelations: Int
  /// The most attributes one entity may have.
  public var maxAttributes: Int

  public init(
    maxFileBytes: Int = NetworkLoader.maxBytes, maxDepth: Int = 512, maxStringBytes: Int = 1 << 20,
    maxValues: Int = 2_000_000, maxAliasValues: Int = 100_000, maxEntities: Int = 100_000,
    maxRelations: Int = 400_000, maxAttributes: Int = 1_000
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxDepth = maxDepth
    self.maxStringBytes = maxStringBytes
    self.maxValues = maxValues
    self.maxAliasValues = maxAliasValues
    self.maxEntities = maxEntities
    self.maxRelations = maxRelations
    self.maxAttributes = maxAttributes
  }

  public static let standard = NetworkLimits()

  /// Checks a read tree: the length of every string, and the counts of entities, relations and
  /// attributes. The error names the first item beyond a bound.
  ///
  /// Cost: O(values in the tree).
  func check(_ root: LocatedValue) throws(InputError) {
    try checkStrings(root)
    guard case .object(let fields) = root.content else { return }
    for field in fields {
      guard case .array(let items) = field.value.content else { continue }
      switch field.key {
      case "entities":
        try check(items, max: maxEntities, what: "entities")
        for item in items {
          guard case .object(let entityFields) = item.content,
            let attributes = entityFields.first(where: { $0.key == "attributes" })?.value
          else { continue }
          if case .object(let values) = attributes.content, values.count > maxAttributes {
            throw InputError(
              "an entity has \(values.count) attributes, more than the \(maxAttributes) allowed",
              at: values[maxAttributes].keyLocation, hint: "keep bulk data in a separate file and cite it")
          }
        }
      case "relations": try check(items, max: maxRelations, what: "relations")
      default: continue
      }
    }
  }

  private func checkStrings(_ value: LocatedValue) throws(InputError) {
    switch value.content {
    case .scalar(let s, _):
      if s.utf8.count > maxStringBytes {
        throw InputError(
          "a string of \(InteropLimits.size(s.utf8.count)) is longer than the "
            + "\(InteropLimits.size(maxStringBytes)) allowed", at: value.location,
          hint: "keep long texts in a separate file and cite it")
      }
    case .array(let items): for item in items { try checkStrings(item) }
    case .object(let fields): for field in fields { try checkStrings(field.value) }
    }
  }

  private func check(_ items: [LocatedValue], max: Int, what: String) throws(InputError) {
    if items.count > max {
      throw InputError(
        "the file lists \(items.count) \(what), more than the \(max) a network file may hold",
        at: items[max].location, hint: "split the network into several files")
    }
  }
}
