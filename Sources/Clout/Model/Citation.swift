/// The evidence for a relation: a source and the words in it that support the relation,
/// copied verbatim.
public struct Citation: Hashable, Sendable {
  /// The id of a `Source` of the network.
  public var source: String
  /// A verbatim quote from that source.
  public var quote: String
  public var note: String?

  public init(source: String, quote: String, note: String? = nil) {
    self.source = source
    self.quote = quote
    self.note = note
  }
}
