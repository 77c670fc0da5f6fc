import ArgumentParser
import Clout
import CloutAnswers
import CloutGraphviz
import CloutIO

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write a network as GraphML, GEXF, CSV sheets, node-link JSON, DOT, Cypher, neo4j-admin CSV or GraphFrames tables.",
    discussion: """
      graphml    GraphML with typed keys (Gephi, yEd, Cytoscape, networkx); keeps everything
      gexf       GEXF 1.3 with typed attributes, edge kinds, time intervals and Clout's colours
      csv        NAME.nodes.csv and NAME.edges.csv (Gephi data laboratory, Kumu)
      json       node-link JSON (networkx node_link_graph, d3); keeps everything
      cytoscape  Cytoscape.js JSON (.cyjs); keeps everything
      dot        Graphviz DOT drawn with Clout's style (what `clout render` lays out)
      cypher     a Cypher script of MERGE statements for Neo4j
      neo4j      NAME.neo4j-entities.csv and NAME.neo4j-relations.csv for neo4j-admin import
      graphframes  a folder of vertices.csv and edges.csv for Spark GraphFrames / GraphX (docs/SPARK.md);
                 FILE may also be a plain edge list

      The format comes from the extension of -o unless --format is given; without -o, GraphML (or the --format given) goes to standard output. A warning names what the format cannot hold (docs/INTEROP.md). Files are written whole or not at all. FILE may be in any format Clout reads; without it, the bundled network is exported.

      Examples:
        clout export -o us-china.graphml
        clout export graphs/us-china-tech.yaml --format gexf -o us-china.gexf
        clout export --format csv -o us-china        # us-china.nodes.csv, us-china.edges.csv
        clout export --format neo4j -o import/us-china
        clout export edges.txt --format graphframes -o tables/
      """)

  @OptionGroup var input: NetworkArgument

  @OptionGroup var language: LanguageOption

  @Option(
    help: "graphml, gexf, csv, json, cytoscape, dot, cypher, neo4j or graphframes (default: from the extension of -o).")
  var format: InteropFormat?

  @Option(
    name: .shortAndLong, help: ArgumentHelp("The file to write (standard output when omitted).", valueName: "file"))
  var output: String?

  @Flag(
    help: ArgumentHelp(
      "Write the influence projection instead of the stated relations: one edge per pair in which one actor "
        + "moves the other, weight = combined strength with statuses and confidences applied (the arcs `clout rank` "
        + "ranks on), kind = influences-cooperative|hostile|neutral|mixed; denied relations left out."))
  var projection = false

  @Option(
    help: ArgumentHelp(
      "Computed scores to add as node attributes, comma-separated (pagerank, influence, betweenness… as in "
        + "`clout rank --by`): the values `clout rank` prints, every digit kept.", valueName: "measures"))
  var scores: String?

  func chosenFormat() throws -> InteropFormat {
    if let format { return format }
    guard let output else { return .graphml }
    guard let f = InteropFormat(fileName: output) else {
      throw ValidationError(
        "cannot tell the format from '\(output)': give --format graphml|gexf|csv|json|cytoscape|dot|cypher|neo4j "
          + "(Clout's own YAML or JSON: `clout import FILE -o NAME.yaml`)")
    }
    return f
  }

  /// The measures `--scores` names.
  func scoreMeasures() throws -> [Measure] {
    try (scores ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .map { name in
        guard let m = Measure(rawValue: name) else {
          let close = closeMatches(to: name, in: Measure.allCases.map(\.rawValue))
          throw ValidationError(
            "--scores: unknown measure '\(name)'"
              + (close.isEmpty
                ? "; the measures are " + Measure.allCases.map(\.rawValue).joined(separator: ", ")
                : FilterOptions.didYouMean(close)))
        }
        return m
      }
  }

  func validate() throws {
    _ = try scoreMeasures()
    let f = try chosenFormat()
    if output == nil, f == .csv || f == .neo4j {
      throw ValidationError("--format \(f.rawValue) writes two files: give -o NAME")
    }
    if output == nil, f == .graphframes { throw ValidationError("--format graphframes writes a folder: give -o DIR") }
  }

  func run() throws {
    let f = try chosenFormat()
    if f == .graphframes, let output {
      return try GraphFramesExport.run(
        file: try NetworkArgument.effectiveFile(input.file), folder: output, language: language)
    }
    if let output { try OutputFolder.prepare(for: output) }
    let stated = try language.apply(to: input.load().network)
    let network = projection ? stated.influenceProjection() : stated
    var nodeScores = NodeScores()
    let measures = try scoreMeasures()
    if !measures.isEmpty {
      // Scores come from the stated network's own analysis graph, as `clout rank` computes them.
      let g = AnalysisGraph(network: stated, filter: RelationFilter())
      for m in measures {
        let values = try Analysis.compute(m, on: g)
        nodeScores.columns.append((m.rawValue, Dictionary(uniqueKeysWithValues: zip(g.ids, values))))
      }
    }
    let export: InteropExport
    if f == .dot {
      export = try dot(network)
    } else {
      do throws(InputError) {
        export = try InteropWriter.export(
          network, as: f, to: output ?? "-", appearance: f == .gexf ? GEXFStyle.appearance(of: network) : nil,
          scores: nodeScores)
      } catch {
        for d in error.diagnostics { Console.error(d.description) }
        throw ExitCode(Exit.input)
      }
    }
    for warning in export.warnings { Console.error(warning.description) }
    guard output != nil else {
      for file in export.files { print(file.contents, terminator: "") }
      return
    }
    do {
      try AtomicFileSet.write(export.files.map { ($0.path, $0.contents) })
    } catch {
      Console.error(error.description)
      throw ExitCode(Exit.input)
    }
    for file in export.files { Console.error("wrote \(file.path) (\(file.contents.utf8.count) bytes)") }
    for note in export.notes { Console.error(note) }
  }

  /// DOT drawn by CloutGraphviz's style: every entity and relation, whatever its status.
  private func dot(_ network: Network) throws -> InteropExport {
    var options = DiagramOptions(filter: RelationFilter(statuses: Set(RelationStatus.allCases)), showsIsolated: true)
    options.mergesParallel = false  // one edge per relation, so the DOT reads back relation by relation
    do {
      let text = try DiagramBuilder(options: options).dot(for: network)
      return InteropExport(
        files: [.init(path: output ?? "-", contents: text)], warnings: ImportMapper.dotLosses(of: network), notes: [])
    } catch {
      Console.error("export: \(error)")
      throw ExitCode(Exit.input)
    }
  }
}
