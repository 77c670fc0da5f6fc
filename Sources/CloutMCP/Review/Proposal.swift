import Clout
import CloutIO

/// One proposed addition to a network, as kept in its review file: an entity or a relation with
/// the fields of docs/FORMAT.md, its citations (source and verbatim quote) and when it was made.
struct Proposal: Sendable {
  enum Kind: String, Sendable {
    case entity, relation
  }

  var kind: Kind
  /// The fields in file order, `sources` included.
  var fields: [(String, OutputValue)]
  /// Where it starts in the review file (nil for a proposal not yet written).
  var location: SourceLocation?

  subscript(_ key: String) -> OutputValue? { fields.first { $0.0 == key }?.1 }

  func string(_ key: String) -> String? {
    if case .string(let s)? = self[key] { return s }
    if case .number(let x)? = self[key] { return exactNumberText(x) }
    return nil
  }

  func number(_ key: String) -> Double? {
    if case .number(let x)? = self[key] { return x }
    if case .string(let s)? = self[key] { return Double(s) }
    return nil
  }

  func strings(_ key: String) -> [String] {
    switch self[key] {
    case .string(let s)?: return [s]
    case .array(let items)?: return items.compactMap { text($0) }
    default: return []
    }
  }

  /// The citations: `sources: [{source, quote}]`.
  var citations: [(source: String, quote: String)] {
    guard case .array(let items)? = self["sources"] else { return [] }
    return items.compactMap { item in
      guard case .object(let f) = item else { return nil }
      let source = text(f.first { $0.0 == "source" }?.1)
      let quote = text(f.first { $0.0 == "quote" }?.1)
      guard let source, let quote else { return nil }
      return (source, quote)
    }
  }

  /// How it reads in a list: `entity new-id` or `relation a lobbies b`.
  var title: String {
    switch kind {
    case .entity: return "entity \(string("id") ?? "?")"
    case .relation: return "relation \(string("from") ?? "?") \(string("kind") ?? "?") \(string("to") ?? "?")"
    }
  }

  var tree: OutputValue { .object(fields) }
}

private func exactNumberText(_ x: Double) -> String {
  x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
}

private func text(_ v: OutputValue?) -> String? {
  if case .string(let s)? = v { return s }
  return nil
}
