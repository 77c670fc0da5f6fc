import Clout

/// Empty starting files for a new network: a nodes sheet and an edges sheet as Gephi and Kumu
/// users fill them (`clout import NAME.nodes.csv` reads them), and a YAML skeleton with every
/// field explained in comments. `clout template` writes them.
public enum NetworkTemplate {
  /// The columns of the nodes sheet, each with what it holds.
  public static let nodeColumns: [(name: String, meaning: String)] = [
    ("Id", "required; a short unique id, best in kebab-case (jensen-huang): commands take it"),
    ("Label", "the display name (Jensen Huang)"),
    ("Type", "person, agency, company, country or organization (or a kind the YAML declares)"),
    ("Role", "what the actor is (CEO of Nvidia)"),
    ("Affiliation", "the Id of the actor it belongs to (nvidia), so diagrams group it"),
    ("Aliases", "other names in any language, separated by ';' (フアン;Huang)"),
    ("Description", "a note"),
  ]

  /// The columns of the edges sheet, each with what it holds.
  public static let edgeColumns: [(name: String, meaning: String)] = [
    ("Source", "required; the Id of the actor that acts"),
    ("Target", "required; the Id of the actor acted upon"),
    ("Kind", "the relation kind: lobbies, restricts, advises, meets… (`clout list kinds`)"),
    ("Date", "when it happened or began: YYYY, YYYY-MM or YYYY-MM-DD"),
    ("End", "when it ended, if it did"),
    ("Status", "active, announced, alleged, paused, ended or denied"),
    ("Confidence", "0–1: how sure the source is (reported claims lower)"),
    ("Strength", "0–1: how strongly it moves the target (default: the kind's)"),
    ("About", "topic ids, separated by ';'"),
    ("Source id", "not a column: each row cites the sheet itself; write sources and quotes in the YAML"),
    ("Description", "a note"),
  ]

  /// The header line of the nodes sheet.
  public static var nodesSheet: String {
    nodeColumns.map(\.name).joined(separator: ",") + "\n"
  }

  /// The header line of the edges sheet.
  public static var edgesSheet: String {
    edgeColumns.filter { $0.name != "Source id" }.map(\.name).joined(separator: ",") + "\n"
  }

  /// A network file with one source, two actors and one relation, every field explained.
  public static let skeleton = """
    clout: 1
    title: My network                  # what the network is about
    description: >-
      Who moves whom in … , built from … (say which sources and what they cannot show).

    sources:                           # every article or document a quote comes from
      - id: example-article            # short id that relations cite
        title: "Title of the article"
        outlet: Example Times
        date: 2025-06-10               # YYYY, YYYY-MM or YYYY-MM-DD
        url: https://example.org/article
        # file: sources/example-article.txt   # its archived text: validate checks every quote against it

    topics:                            # optional: what relations are about (--about TOPIC)
      - id: chips
        name: Chips

    entities:                          # the actors
      - id: alice-minister             # kebab-case id, unique
        kind: person                   # person, agency, company, country, organization
        name: Alice Example
        names: {en: Alice Example}     # names per language (ja, zh…) for --lang and search
        role: Minister of Trade
        affiliation: example-country   # the id of the actor it belongs to
      - id: example-country
        kind: country
        name: Example Country

    relations:                         # typed, dated, cited: who does what to whom
      - from: alice-minister
        to: example-country
        kind: leads                    # `clout list kinds` lists the kinds and how they carry influence
        start: 2024-01                 # date: for an event, start/end for a period
        status: active                 # active, announced, alleged, paused, ended, denied
        confidence: 0.9                # 0–1, lower for reported or hedged claims
        about: [chips]
        sources:
          - source: example-article
            quote: "the exact words of the article, copied verbatim"

    """

  /// What every column of the two sheets holds, for people filling them.
  public static var columnGuide: String {
    var out = "Nodes sheet (NAME.nodes.csv):\n"
    for c in nodeColumns { out += "  \(c.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(c.meaning)\n" }
    out += "Edges sheet (NAME.edges.csv):\n"
    for c in edgeColumns { out += "  \(c.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(c.meaning)\n" }
    out += "Header names match in any case; Description, Notes and Comment are read as the note.\n"
    return out
  }
}
