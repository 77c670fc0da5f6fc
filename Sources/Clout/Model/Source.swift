/// A document that supports relations: an article, report or filing.
public struct Source: Hashable, Sendable, Identifiable {
  public var id: String
  public var title: String
  public var outlet: String?
  public var author: String?
  public var date: PartialDate?
  /// Language code of the document (`ja`, `en`, …).
  public var language: String?
  public var url: String?
  /// A file name, when the document is kept as a file rather than a URL.
  public var file: String?
  public var note: String?
  public var location: SourceLocation?

  public init(
    id: String, title: String, outlet: String? = nil, author: String? = nil, date: PartialDate? = nil,
    language: String? = nil, url: String? = nil, file: String? = nil, note: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.outlet = outlet
    self.author = author
    self.date = date
    self.language = language
    self.url = url
    self.file = file
    self.note = note
    self.location = location
  }
}
