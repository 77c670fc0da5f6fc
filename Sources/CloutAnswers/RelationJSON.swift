import Clout
import CloutIO

/// A relation as JSON output, with its citations.
public enum RelationJSON {
  public static func tree(_ r: Relation) -> OutputValue {
    .object([
      ("id", .string(r.id)), ("from", .string(r.from)), ("kind", .string(r.kind)), ("to", .string(r.to)),
      ("date", r.when.map { .string($0) } ?? .null), ("status", .string(r.status.rawValue)),
      ("confidence", r.confidence.map { .number($0) } ?? .null), ("strength", r.strength.map { .number($0) } ?? .null),
      ("about", .array(r.about.map { .string($0) })), ("place", r.place.map { .string($0) } ?? .null),
      ("note", r.note.map { .string($0) } ?? .null),
      (
        "sources",
        .array(r.citations.map { .object([("source", .string($0.source)), ("quote", .string($0.quote))]) })
      ),
    ])
  }
}
