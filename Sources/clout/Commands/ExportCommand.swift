import ArgumentParser
import Clout
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

      The format comes from the extension of -o unless --format is given. A warning names what the format cannot hold (docs/INTEROP.md). Files are written whole or not at all. FILE may be in any format Clout reads; without it, the bundled network is exported.

      Examples:
        clout export -o us-china.graphml
        clout export graphs/us-china-tech.yaml --format gexf -o us-china.gexf
        clout export --format csv -o us-china        # us-china.nodes.csv, us-china.edges.csv
        clout export --format neo4j -o import/us-china
        clout export edges.txt --format graphframes -o tables/
      """)

  @OptionGroup var input: NetworkArgument

  @Option(
    help: "graphml, gexf, csv, json, cytoscape, dot, cypher, neo4j or graphframes (default: from the extension of -o).")
  var format: InteropFormat?

  @Option(
    name: .shortAndLong, help: ArgumentHelp("The file to write (standard output when omitted).", valueName: "file"))
  var output: String?

  func chosenFormat() throws -> InteropFormat {
    if let format { return format }
    guard let output, let f = InteropFormat(fileName: output) else {
      throw ValidationError(
        "cannot tell the format from '\(output ?? "")': give --format graphml|gexf|csv|json|cytoscape|dot|cypher|neo4j "
          + "(Clout's own YAML or JSON: `clout import FILE -o NAME.yaml`)")
    }
    return f
  }

  func validate() throws {
    let f = try chosenFormat()
    if output == nil, f == .csv || f == .neo4j {
      throw ValidationError("--format \(f.rawValue) writes two files: give -o NAME")
    }
    if output == nil, f == .graphframes { throw ValidationError("--format graphframes writes a folder: give -o DIR") }
  }

  func run() throws {
    let f = try chosenFormat()
    if f == .graphframes, let output { return try GraphFramesExport.run(file: input.file, folder: output) }
    let network = try input.load().network
    let export: InteropExport
    if f == .dot {
      export = try dot(network)
    } else {
      do throws(InputError) {
        export = try InteropWriter.export(
          network, as: f, to: output ?? "-", appearance: f == .gexf ? GEXFStyle.appearance(of: network) : nil)
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
    let options = DiagramOptions(filter: RelationFilter(statuses: Set(RelationStatus.allCases)), showsIsolated: true)
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
