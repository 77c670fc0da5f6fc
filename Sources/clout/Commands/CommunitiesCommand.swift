import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct CommunitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "communities",
    abstract: "Groups of actors tied more closely to each other than to the rest (Louvain).",
    discussion: """
      On a network: signed modularity (Gómez, Jensen & Arenas 2009; Traag & Bruggeman 2009):
      cooperative and neutral relations (contact) attract, hostile ones (sanctions, \
      restrictions, criticism) repel, so adversaries are not grouped for fighting each other. \
      Communities are numbered by size, then by their most central member, and named by their \
      two members of highest reach — the same numbers in table, CSV and JSON \
      (docs/INFLUENCE.md). --unsigned gives plain Louvain on the influence projection.

      On an edge list, or with --unsigned: Louvain (Blondel et al. 2008) with directed \
      modularity (Leicht–Newman) and strengths as weights, the same as networkx; the best of \
      --runs seeded runs is shown, so the answer is the same every time. Modularity is a lower \
      bound of the best possible.

      Examples:
        clout communities
        clout communities --format csv
        clout communities --unsigned --runs 20
        clout communities edges.txt
      """)

  @OptionGroup var input: AnalysisInput

  @Option(help: "Resolution γ: larger gives smaller communities.")
  var resolution: Double = 1

  @Option(help: "Seeded runs to take the best of (default: 10, or 1 on graphs of more than 100k arcs).")
  var runs: Int?

  @Flag(help: "On a network, plain (unsigned) Louvain on the influence projection instead of signed modularity.")
  var unsigned = false

  @Option(help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  func validate() throws {
    if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
    if !(resolution > 0) { throw ValidationError("--resolution must be positive") }
  }

  func run() throws {
    let g = try input.load()
    if let network = g.network, !unsigned { return try signed(network) }
    let result: LouvainCommunities
    do throws(AnswerError) {
      result = try LouvainCommunities(of: g.graph, resolution: resolution, runs: runs)
    } catch {
      Console.error(error.message)
      throw ExitCode(Exit.input)
    }
    let groups = result.groups
    switch format {
    case .json:
      print(
        OutputValue.object([
          ("modularity", .number(result.modularity)),
          ("communities", .array(groups.map { .array($0.map { .string(g.ids[$0]) }) })),
        ]).json(), terminator: "")
    case .csv:
      var table = Table(["id", "name", "community"])
      for (c, members) in groups.enumerated() { for v in members { table.add([g.ids[v], g.names[v], String(c + 1)]) } }
      print(table.csv(), terminator: "")
    case .table:
      print("\(groups.count) communities, modularity \(formatNumber(result.modularity))")
      for (c, members) in groups.enumerated() {
        print("\n\(c + 1). (\(members.count))  " + members.map { g.names[$0] }.joined(separator: ", "))
      }
    }
  }

  /// Signed communities of a network, named by their most central members.
  private func signed(_ network: Network) throws {
    let filter = try input.filters.filter()
    let x = SignedCommunities(network: network, filter: filter, resolution: resolution)
    let ids = network.entities.map(\.id)
    let names = network.entities.map(\.name)
    switch format {
    case .json:
      print(
        OutputValue.object([
          ("signed", .bool(true)), ("modularity", .number(x.modularity)),
          (
            "communities",
            .array(
              x.communities.map { c in
                .object([
                  ("number", .int(c.number)), ("name", .string(c.name)),
                  ("members", .array(c.members.map { .string(ids[$0]) })),
                ])
              })
          ),
        ]).json(), terminator: "")
    case .csv:
      var table = Table(["id", "name", "community", "community_name"])
      for c in x.communities {
        for v in c.members { table.add([ids[v], names[v], String(c.number), c.name]) }
      }
      print(table.csv(), terminator: "")
    case .table:
      print(
        "\(x.communities.count) communities, signed modularity \(formatNumber(x.modularity)) "
          + "(cooperative and neutral ties attract, hostile ties repel)")
      for c in x.communities {
        print("\n\(c.number). \(c.name) (\(c.members.count))  " + c.members.map { names[$0] }.joined(separator: ", "))
      }
    }
  }
}
