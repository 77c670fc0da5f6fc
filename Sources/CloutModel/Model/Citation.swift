/// The evidence for a relation: a source and the words in it that support the relation,
/// copied verbatim.
///
/// Equality and hashing ignore `location`, which says where the quote was written, not what it is.
public struct Citation: Hashable, Sendable {
  /// The id of a `Source` of the network.
  public var source: String
  /// A verbatim quote from that source.
  public var quote: String
  public var note: String?
  /// Where the quote was written in the network file, for reporting a quote its source lacks.
  public var location: SourceLocation?

  public init(source: String, quote: String, note: String? = nil, location: SourceLocation? = nil) {
    self.source = source
    self.quote = quote
    self.note = note
    self.location = location
  }

  public static func == (a: Citation, b: Citation) -> Bool {
    a.source == b.source && a.quote == b.quote && a.note == b.note
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(quote)
    hasher.combine(note)
  }
}
