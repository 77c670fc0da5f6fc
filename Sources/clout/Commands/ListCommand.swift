import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract:
      "List what a network holds: its actors (filtered by kind, affiliation or text), topics, sources or relation kinds.",
    discussion: """
      WHAT is one of: actors (the default), topics, sources, kinds (relation kinds), entity-kinds. \
      Actors can be narrowed with --kind, --affiliation (anywhere up the chain of affiliations, so \
      `--affiliation china` lists China's ministries and their officials) and --search (every word \
      of the text in a name, alias, role or id, in any language, case- and width-insensitive).

      Examples:
        clout list
        clout list --kind person --affiliation united-states
        clout list --search commerce
        clout list topics --format csv
        clout list kinds graphs/my-network.yaml
      """)

  /// What `clout list` can list.
  enum Subject: String, CaseIterable {
    case actors, topics, sources, kinds
    case entityKinds = "entity-kinds"
  }

  /// The output forms of `clout list`.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
  }

  @Argument(
    help: ArgumentHelp(
      "What to list (actors, topics, sources, kinds, entity-kinds; default actors), then the network FILE.",
      valueName: "what|file"))
  var arguments: [String] = []

  @Option(help: ArgumentHelp("Only actors of these kinds, comma-separated (person, agency…).", valueName: "kinds"))
  var kind: String?

  @Option(help: ArgumentHelp("Only actors affiliated (directly or further up) to these entities, comma-separated."))
  var affiliation: String?

  @Option(
    help: ArgumentHelp("Only actors whose names, aliases, role or id contain every word of TEXT.", valueName: "text"))
  var search: String?

  @OptionGroup var language: LanguageOption

  @Option(help: "Output format.")
  var format: Format = .table

  func validate() throws {
    if arguments.count > 2 { throw ValidationError("list takes at most WHAT and FILE") }
    if arguments.count == 2, Subject(rawValue: arguments[0]) == nil {
      throw ValidationError(
        "'\(arguments[0])' is not something to list; use one of "
          + Subject.allCases.map(\.rawValue).joined(separator: ", "))
    }
  }

  private var subject: Subject { arguments.first.flatMap(Subject.init(rawValue:)) ?? .actors }
  private var file: String? {
    guard let last = arguments.last, Subject(rawValue: last) == nil || arguments.count == 2 else { return nil }
    return arguments.count == 2 ? arguments[1] : last
  }

  func run() throws {
    let loaded = try NetworkArgument.checked(NetworkArgument.read(file))
    let network = try language.apply(to: loaded.network)
    if subject != .actors, kind != nil || affiliation != nil || search != nil {
      throw usageFailure("--kind, --affiliation and --search narrow the list of actors, not of \(subject.rawValue)")
    }
    var table: Table
    switch subject {
    case .actors: table = try actors(network)
    case .topics:
      table = Table(["id", "name", "relations"])
      for t in network.topics {
        table.add([
          t.id, t.name,
          String(network.relations.filter { $0.about.contains(t.id) }.count),
        ])
      }
    case .sources:
      table = Table(["id", "title", "outlet", "date", "relations"])
      for s in network.sources {
        let cited = network.relations.filter { $0.citations.contains { $0.source == s.id } }.count
        table.add([s.id, s.title, s.outlet ?? "", s.date?.description ?? "", String(cited)])
      }
    case .kinds:
      table = Table(["kind", "influence", "polarity", "relations"])
      for k in network.relationKinds.kinds {
        table.add([
          k.id, "\(k.influence)", "\(k.polarity)", String(network.relations.filter { $0.kind == k.id }.count),
        ])
      }
    case .entityKinds:
      table = Table(["kind", "declared", "actors"])
      for k in EntityKind.builtIn + network.entityKinds.keys.sorted() {
        table.add([
          k.id, network.entityKinds[k] == nil ? "built-in" : "in the file",
          String(network.entities.filter { $0.kind == k }.count),
        ])
      }
    }
    switch format {
    case .table:
      Console.error("\(loaded.origin): \(table.rows.count) \(subject.rawValue)")
      print(table.text(), terminator: "")
    case .csv: print(table.csv(), terminator: "")
    case .json:
      let rows = table.rows.map { row in OutputValue.object(zip(table.header, row).map { ($0, .string($1)) }) }
      let tree = OutputValue.object([
        ("network", .string(loaded.origin)), ("list", .string(subject.rawValue)), ("items", .array(rows)),
      ])
      print(tree.json(), terminator: "")
    }
  }

  private func actors(_ network: Network) throws -> Table {
    var selection = EntitySelection(text: search)
    let kinds = EntityKind.builtIn + network.entityKinds.keys.sorted()
    for k in Self.list(kind) {
      guard kinds.contains(EntityKind(k)) else {
        let close = closeMatches(to: k, in: kinds.map(\.id))
        throw usageFailure(
          "--kind: unknown entity kind '\(k)'"
            + (close.isEmpty
              ? "; the kinds are \(kinds.map(\.id).joined(separator: ", "))" : FilterOptions.didYouMean(close)))
      }
      selection.kinds.insert(EntityKind(k))
    }
    for a in Self.list(affiliation) {
      selection.affiliations.insert(try EntityLookup.resolve(a, in: network).id)
    }
    var table = Table(["id", "kind", "name", "role", "affiliation", "relations"])
    for e in selection.select(in: network) {
      let count = network.relations.filter { $0.from == e.id || $0.to == e.id }.count
      table.add([
        e.id, e.kind.id, e.name, e.role ?? "", e.affiliation ?? "", String(count),
      ])
    }
    if table.rows.isEmpty, !selection.isEmpty {
      throw usageFailure("no actor of \(EntityLookup.name(of: network)) passes these filters")
    }
    return table
  }

  private static func list(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
