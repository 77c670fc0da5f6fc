import Clout

/// Warnings naming what a format cannot hold of a network, so that nothing is dropped silently.
enum ExportLosses {
  /// For formats with no place for document-level records (GEXF, CSV sheets): title, description,
  /// the records of sources and topics, declared kinds.
  static func documentTables(of network: Network, format: String, keepsDescription: Bool) -> [Diagnostic] {
    var lost: [String] = []
    if network.title != nil { lost.append("the title") }
    if !keepsDescription, network.description != nil { lost.append("the description") }
    if !network.sources.isEmpty {
      lost.append("the records of \(network.sources.count) source(s) (titles, outlets, dates, URLs)")
    }
    if network.topics.contains(where: { $0.name != $0.id || !$0.names.isEmpty || $0.note != nil }) {
      lost.append("the names of \(network.topics.count) topic(s)")
    }
    if !network.entityKinds.isEmpty { lost.append("\(network.entityKinds.count) declared entity kind(s)") }
    let declared = network.relationKinds.kinds.filter { !RelationKind.builtIn.contains($0) }
    if !declared.isEmpty {
      lost.append(
        "the meaning of \(declared.count) declared relation kind(s) ("
          + declared.prefix(5).map(\.id).joined(separator: ", ") + (declared.count > 5 ? ", …" : "") + ")")
    }
    guard !lost.isEmpty else { return [] }
    return [
      .warning(
        "\(format) has no place for " + lost.joined(separator: ", ") + "; they were left out",
        hint: "relations keep their citations (source id and quote) and topic ids; use GraphML or JSON to keep all")
    ]
  }
}
