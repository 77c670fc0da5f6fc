/// A document that supports relations: an article, report or filing, or a reference record.
///
/// Equality and hashing ignore `fileLocation`, which says where the file was written, not what
/// the source is.
public struct Source: Hashable, Sendable, Identifiable {
  public var id: String
  public var title: String
  /// An article (the default) or a reference record.
  public var kind: SourceKind
  public var outlet: String?
  public var author: String?
  public var date: PartialDate?
  /// Language code of the document (`ja`, `en`, …).
  public var language: String?
  public var url: String?
  /// The archived text of the document: a path relative to the network file. When given, every
  /// quote from this source is checked against it (`SourceArchive`).
  public var file: String?
  public var note: String?
  public var location: SourceLocation?
  /// Where the `file` field was written, for reporting a missing or unreadable file.
  public var fileLocation: SourceLocation?

  public init(
    id: String, title: String, kind: SourceKind = .article, outlet: String? = nil, author: String? = nil,
    date: PartialDate? = nil, language: String? = nil, url: String? = nil, file: String? = nil, note: String? = nil,
    location: SourceLocation? = nil, fileLocation: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.outlet = outlet
    self.author = author
    self.date = date
    self.language = language
    self.url = url
    self.file = file
    self.note = note
    self.location = location
    self.fileLocation = fileLocation
  }

  /// Whether this source is a reference record rather than a reporting document.
  public var isReference: Bool { kind == .reference }

  public static func == (a: Source, b: Source) -> Bool {
    a.id == b.id && a.title == b.title && a.kind == b.kind && a.outlet == b.outlet && a.author == b.author
      && a.date == b.date && a.language == b.language && a.url == b.url && a.file == b.file && a.note == b.note
      && a.location == b.location
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(title)
    hasher.combine(file)
    hasher.combine(location)
  }
}
