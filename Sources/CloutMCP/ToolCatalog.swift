import Clout
import CloutAnswers
import MCP

/// The tools `clout mcp` offers, with the JSON Schemas of their arguments and descriptions that
/// tell an assistant what each answers and how to read the result. Arguments mirror the command
/// line's options, `_` for `-` (`as_of` is `--as-of`).
enum ToolCatalog {
  struct Spec: Sendable {
    var name: String
    var title: String
    var description: String
    var properties: [(String, Value)]
    var required: [String]
    var readOnly = true

    var argumentNames: [String] { properties.map(\.0) }

    var tool: Tool {
      var props: [String: Value] = [:]
      for (k, v) in properties { props[k] = v }
      return Tool(
        name: name, title: title, description: description,
        inputSchema: [
          "type": "object", "properties": .object(props), "required": .array(required.map { .string($0) }),
          "additionalProperties": false,
        ],
        annotations: .init(
          title: title, readOnlyHint: readOnly, destructiveHint: false, idempotentHint: readOnly, openWorldHint: false))
    }
  }

  static func text(_ description: String) -> Value { ["type": "string", "description": .string(description)] }
  static func integer(_ description: String, minimum: Int, defaultValue: Int? = nil) -> Value {
    var v: [String: Value] = ["type": "integer", "minimum": .int(minimum), "description": .string(description)]
    if let defaultValue { v["default"] = .int(defaultValue) }
    return .object(v)
  }
  static func flag(_ description: String) -> Value {
    ["type": "boolean", "default": false, "description": .string(description)]
  }
  static func choice(_ values: [String], _ description: String, defaultValue: String? = nil) -> Value {
    var v: [String: Value] = [
      "type": "string", "enum": .array(values.map { .string($0) }), "description": .string(description),
    ]
    if let defaultValue { v["default"] = .string(defaultValue) }
    return .object(v)
  }

  static let actor = text(
    "An actor: its id, or any name or alias in any language (case-insensitive), or a unique part of one, "
      + "e.g. 'lutnick', 'ラトニック', 'nvidia'. Use find_actor when unsure.")

  static let measures = Measure.allCases.map(\.rawValue)

  static let filters: [(String, Value)] = [
    ("about", text("Only relations about these topic ids, comma-separated (e.g. 'h200,rare-earths'). --about")),
    ("kinds", text("Only these relation kinds, comma-separated (e.g. 'lobbies,restricts'). --kinds")),
    ("entity_kinds", text("Only relations between entities of these kinds (person, agency, company…). --entity-kinds")),
    ("as_of", text("Only relations in force on this date: YYYY, YYYY-MM or YYYY-MM-DD. --as-of")),
    (
      "between",
      [
        "type": "array", "items": ["type": "string"], "minItems": 2, "maxItems": 2,
        "description": "Only relations in force at some time between two dates, e.g. ['2025-01', '2025-06']. --between",
      ]
    ),
    (
      "status",
      text(
        "Only these statuses, comma-separated (default: all but denied): "
          + RelationStatus.allCases.map(\.rawValue).joined(separator: ", ") + ". --status")
    ),
    ("dated_only", flag("With as_of or between, drop relations that carry no date. --dated-only")),
  ]

  static let strictAbout: (String, Value) = (
    "strict_about",
    flag("With about, also drop the standing ties (relations with neither topic nor date: leads, member-of…).")
  )

  /// The chain rules of every chain answer (`--max-hops`, `--no-time-order`).
  static let chainRules: [(String, Value)] = [
    (
      "max_hops",
      integer(
        "The longest chain to follow, in hops. --max-hops", minimum: 1, defaultValue: ChainRules.defaultMaxHops)
    ),
    (
      "time_order",
      [
        "type": "boolean", "default": true,
        "description": .string(
          "Chains respect time: each hop's relation must hold at or after the time the previous hop took effect "
            + "(undated ties hold throughout). false counts every relation whenever it happened (--no-time-order)."),
      ]
    ),
  ]

  static let evidence =
    " Every hop carries its relations with kind, date, status and the verbatim quotes with their sources: cite them."

  static let analysis: [Spec] = [
    Spec(
      name: "find_actor", title: "Find an actor",
      description:
        "Find actors of the network by id, name or alias in any language (English, Japanese, Chinese…), or by a "
        + "part of one. Returns every match with its names, kind, role and affiliation, or the closest names.",
      properties: [("query", text("What to look for: an id, a name, an alias or a part of one."))],
      required: ["query"]),
    Spec(
      name: "actor_card", title: "Actor card",
      description:
        "Everything the network says about one actor: names in every language, role, affiliation, members, and "
        + "every relation in and out with its date, status and quotes. Same as `clout show ACTOR --format json`.",
      properties: [("actor", actor)], required: ["actor"]),
    Spec(
      name: "influencers", title: "Who moves an actor",
      description:
        "The actors that move ACTOR, strongest first, each with its strongest chain. Score: the product of the hop "
        + "strengths of the chain (the chance the push reaches ACTOR); polarity + pushes with it, − against it."
        + evidence + " Same as `clout influencers --format json`.",
      properties: [
        ("actor", actor), ("top", integer("How many actors to list.", minimum: 1, defaultValue: 10)),
        strictAbout,
      ] + chainRules + filters, required: ["actor"]),
    Spec(
      name: "influenced", title: "Whom an actor moves",
      description:
        "The actors ACTOR moves, strongest first, each with ACTOR's strongest chain to it (the mirror of "
        + "influencers)." + evidence + " Same as `clout influenced --format json`.",
      properties: [
        ("actor", actor), ("top", integer("How many actors to list.", minimum: 1, defaultValue: 10)),
        strictAbout,
      ] + chainRules + filters, required: ["actor"]),
    Spec(
      name: "influence", title: "How strongly A moves B",
      description:
        "How strongly actor FROM moves actor TO: the strongest chains (best first), the direct relation if any, how "
        + "strongly TO moves FROM back, and the actors that carry the influence." + evidence
        + " Same as `clout influence FROM TO --format json`.",
      properties: [
        ("from", actor), ("to", actor), ("top", integer("How many chains to list.", minimum: 1, defaultValue: 3)),
        strictAbout,
      ] + chainRules + filters, required: ["from", "to"]),
    Spec(
      name: "strongest_paths", title: "Strongest chains",
      description:
        "The K strongest simple chains from FROM to TO under the chain rules (Yen's algorithm), each hop "
        + "with its relations and quotes; with hops=true, ranked by number of hops. Same as `clout path --format "
        + "json`.",
      properties: [
        ("from", actor), ("to", actor), ("k", integer("How many chains to list.", minimum: 1, defaultValue: 1)),
        ("hops", flag("Rank by number of hops instead of strength (every relation counted).")), strictAbout,
      ] + chainRules + filters, required: ["from", "to"]),
    Spec(
      name: "rank", title: "Rank actors",
      description:
        "Rank the actors by a centrality measure on the influence projection: reach (the default) is how many "
        + "others an actor moves and how strongly, the sum of the strengths of its strongest chains to them; "
        + "influence, out-degree and hubs also score how much an actor moves others; pagerank, in-degree and authorities how much it is moved; betweenness its "
        + "brokerage. Reports progress on long computations. Same as `clout rank --format json`.",
      properties: [
        ("by", choice(measures, "The measure.", defaultValue: "reach")),
        ("kind", text("Only entities of this kind (person, agency, company, country, organization…).")),
        ("top", integer("How many to list (0: all).", minimum: 0, defaultValue: 20)),
        ("samples", integer("Estimate betweenness from this many sampled sources (large graphs).", minimum: 1)),
        ("seed", integer("Seed of the samples draw.", minimum: 0, defaultValue: 42)),
      ] + chainRules + filters, required: []),
    Spec(
      name: "brokers", title: "Brokers between two sides",
      description:
        "Who brokers between two sides (each actor with its affiliates): actors on two-step chains u → v → w with u "
        + "and w on opposite sides, as representative, gatekeeper or liaison (Gould–Fernandez). Cooperative and "
        + "neutral relations only unless hostile=true." + evidence + " Same as `clout brokers --format json`.",
      properties: [
        ("first", actor), ("second", actor),
        ("top", integer("How many brokers to list.", minimum: 1, defaultValue: 10)),
        ("examples", integer("How many brokered chains to show per broker.", minimum: 0, defaultValue: 2)),
        ("hostile", flag("Count hostile relations too.")), strictAbout,
      ] + chainRules + filters, required: ["first", "second"]),
    Spec(
      name: "explain", title: "Explain a score",
      description:
        "Why ACTOR has its score under a measure (the one rank prints): the arcs, chains or pairs that make it, "
        + "largest first, each with what it adds and its evidence. Same as `clout explain --format json`.",
      properties: [
        ("actor", actor), ("by", choice(measures, "The measure.", defaultValue: "reach")),
        ("top", integer("How many parts to list.", minimum: 1, defaultValue: 10)),
      ] + chainRules + filters, required: ["actor"]),
    Spec(
      name: "diff", title: "Changes between two dates",
      description:
        "What changed between two dates: relations that started, ended or came and went (with quotes), status "
        + "changes, and how the ranking by a measure moved. Same as `clout diff --format json`.",
      properties: [
        ("from", text("The first date: YYYY, YYYY-MM or YYYY-MM-DD.")), ("to", text("The second date.")),
        ("by", choice(measures, "The measure whose ranking to compare.", defaultValue: "reach")),
        ("top", integer("How many actors of each date's ranking to compare.", minimum: 1, defaultValue: 10)),
      ] + chainRules + filters.filter { !["as_of", "between"].contains($0.0) }, required: ["from", "to"]),
    Spec(
      name: "validate", title: "Validate the network",
      description:
        "Check the network: every error and warning with file:line:column (as `clout validate`), and the proposals "
        + "waiting in its review file with any that no longer pass the checks.",
      properties: [], required: []),
  ]

  static func render(writesAllowed: Bool) -> Spec {
    var properties: [(String, Value)] = [
      (
        "format",
        choice(
          writesAllowed ? ["svg", "dot", "png", "pdf"] : ["svg", "dot"],
          "svg (returned as text) or dot" + (writesAllowed ? "; png and pdf only with output." : "."),
          defaultValue: "svg")
      ),
      ("focus", text("Draw only this actor's neighbourhood (any name).")),
      ("depth", integer("How many relation hops around focus.", minimum: 0, defaultValue: 1)),
      (
        "path",
        [
          "type": "array", "items": ["type": "string"], "minItems": 2, "maxItems": 2,
          "description": "Highlight the strongest influence chain between two actors: [from, to].",
        ]
      ),
      strictAbout,
      ("size_by", choice(measures, "Scale nodes by a measure.")),
      ("cluster_by", choice(DiagramRequest.Clusters.allCases.map(\.rawValue), "Group nodes.", defaultValue: "none")),
      ("layout", choice(["dot", "neato", "fdp", "sfdp", "circo", "twopi"], "Graphviz layout (default: chosen).")),
      ("lang", text("Label language: en, ja, zh… (falls back to English).")),
      ("title", text("Graph title (default: the network's title).")),
      ("legend", ["type": "boolean", "default": true, "description": "Draw the legend."]),
      ("edge_labels", ["type": "boolean", "default": true, "description": "Label edges with their relation kind."]),
    ]
    if writesAllowed {
      properties.append(
        ("output", text("Also write the drawing to this file name, inside the folder the server was allowed to write."))
      )
    }
    var spec = Spec(
      name: "render", title: "Draw the network",
      description:
        "Draw the network (or a neighbourhood, or a highlighted chain) with Graphviz, as `clout render` does. Returns "
        + "the SVG (or DOT) text as an embedded resource; SVG tooltips carry each relation's quote and source."
        + (writesAllowed ? " With output, also writes the file (the server was started with --allow-writes)." : ""),
      properties: properties + chainRules + filters, required: [])
    spec.readOnly = !writesAllowed
    return spec
  }

  static let citation: [(String, Value)] = [
    ("source", text("The id of a source of the network whose archived text holds the quote (see the resources).")),
    ("quote", text("The words of the source, verbatim: they are checked against its archived text.")),
  ]

  static let edits: [Spec] = [
    Spec(
      name: "propose_actor", title: "Propose an actor",
      description:
        "Propose a new actor for the network, with a verbatim quote from the archived text of a source that names "
        + "it. Refused, with the closest passage, when the quote is not in the source. Accepted proposals go to the "
        + "review file next to the network (NAME.review.yaml) for a person to merge; the network is never changed.",
      properties: [
        ("id", text("A new id, kebab-case (e.g. 'jane-doe').")),
        ("kind", text("person, agency, company, country, organization or a kind the network declares.")),
        ("name", text("Display name, English by convention.")),
        (
          "names",
          [
            "type": "object", "additionalProperties": ["type": "string"],
            "description": "Names by language code, e.g. {\"ja\": \"ラトニック\"}.",
          ]
        ),
        ("aliases", ["type": "array", "items": ["type": "string"], "description": "Other spellings."]),
        ("role", text("Role, e.g. 'US Secretary of Commerce'.")),
        ("affiliation", text("The actor it belongs to (any name, or the id of a proposed actor).")),
        ("note", text("A one-line note.")),
      ] + citation, required: ["id", "kind", "name", "source", "quote"], readOnly: false),
    Spec(
      name: "propose_relation", title: "Propose a relation",
      description:
        "Propose a new relation FROM KIND TO (e.g. nvidia lobbies us-commerce-department), with a verbatim quote "
        + "from the archived text of a source. Refused, with the closest passage, when the quote is not in the "
        + "source. Accepted proposals go to the review file next to the network for a person to merge.",
      properties: [
        ("from", text("The subject: any name of an actor of the network, or the id of a proposed actor.")),
        ("kind", text("A relation kind of the network (lobbies, restricts, permits, leads…; docs/FORMAT.md).")),
        ("to", text("The object, as from.")),
        ("about", ["type": "array", "items": ["type": "string"], "description": "Topic ids."]),
        ("date", text("When: YYYY, YYYY-MM or YYYY-MM-DD (an event).")),
        ("start", text("Start of a period.")), ("end", text("End of a period.")),
        (
          "status",
          choice(RelationStatus.allCases.map(\.rawValue), "announced, active, paused, ended, alleged or denied.")
        ),
        ("confidence", ["type": "number", "minimum": 0, "maximum": 1, "description": "How sure the source is."]),
        (
          "strength",
          ["type": "number", "minimum": 0, "maximum": 1, "description": "How strongly it moves its target."]
        ),
        ("place", text("Where.")), ("note", text("A one-line note.")),
      ] + citation, required: ["from", "kind", "to", "source", "quote"], readOnly: false),
  ]
}
