/// The archived texts of a network's sources (each source's `file:`), and the check of every
/// quote against the text of the source it cites (`QuoteCheck`).
///
/// Reading the files is the caller's business (CloutIO's `NetworkLoader` reads them relative to
/// the network file); this type only compares. Cost: O(total text) to prepare, then one
/// `QuoteCheck.find` per citation of an archived source.
public struct SourceArchive: Sendable {
  /// What checking a network's quotes found.
  public struct Report: Sendable {
    /// One error per quote that is not verbatim in its source's archived text, with the closest
    /// passage as the hint, at the quote's location.
    public var diagnostics: [Diagnostic]
    /// How many citations were checked (those of sources with an archived text).
    public var quotesChecked: Int
    /// How many sources had an archived text.
    public var sourcesArchived: Int
  }

  private var checks: [String: QuoteCheck] = [:]

  /// An archive of `texts`: source id → the full text of that source.
  public init(texts: [String: String]) {
    for (id, text) in texts { checks[id] = QuoteCheck(text: text) }
  }

  /// The ids of the sources that have an archived text.
  public var sourceIDs: Set<String> { Set(checks.keys) }

  /// The quote check of a source's text, or nil when it has none.
  public func text(of source: String) -> QuoteCheck? { checks[source] }

  /// Checks every citation of `network` whose source has an archived text.
  public func check(_ network: Network) -> Report {
    var found: [Diagnostic] = []
    var checked = 0
    for relation in network.relations {
      for citation in relation.citations {
        guard let check = checks[citation.source] else { continue }
        checked += 1
        guard case .missing(let closest) = check.find(citation.quote) else { continue }
        let file = network.source(citation.source)?.file.map { " (\($0))" } ?? ""
        let hint =
          closest.map {
            "closest passage, line \($0.line), \(Int(($0.similarity * 100).rounded()))% alike: “\($0.text)”"
          } ?? "no passage of the text resembles it; copy the words verbatim"
        found.append(
          .error(
            "relation '\(relation.id)' (\(relation.from) \(relation.kind) \(relation.to)): quote not found verbatim "
              + "in the archived text of '\(citation.source)'\(file)",
            at: citation.location ?? relation.location, hint: hint))
      }
    }
    return Report(diagnostics: found, quotesChecked: checked, sourcesArchived: checks.count)
  }
}
