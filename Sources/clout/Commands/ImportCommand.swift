import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

extension InteropFormat: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Read GraphML, GEXF, CSV sheets, node-link or Cytoscape.js JSON, or DOT into a Clout network file.",
    discussion: """
      Nodes become entities and edges relations (docs/INTEROP.md has the rules). Kinds, sources and topics the file uses but does not declare are declared, with a warning; attributes a relation has no place for are dropped, with a warning naming them. Edges that come without citations cite a source standing for the imported file, quoting their own text in it.

      The input format comes from the extension (.graphml, .gexf, .json, .cyjs, .dot/.gv, NAME.nodes.csv with NAME.edges.csv beside it; a plain .csv is an edges sheet) unless --from says otherwise. The output is YAML, or JSON when -o ends in .json; without -o, YAML goes to standard output. Nothing is written when the file cannot be read or the network does not validate (exit 2).

      Examples:
        clout import karate.graphml -o karate.yaml
        clout import gephi-export.gexf -o network.yaml --relation-kind allied-with
        clout import kumu.nodes.csv -o network.yaml
      """)

  @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
  var file: String

  @Option(name: .shortAndLong, help: ArgumentHelp("The network file to write (.yaml or .json).", valueName: "file"))
  var output: String?

  @Option(help: "The input format: graphml, gexf, csv, json, cytoscape or dot (default: from the file).")
  var from: InteropFormat?

  @Option(name: .customLong("entity-kind"), help: "The kind of nodes that name none (default: actor, declared).")
  var entityKind: String?

  @Option(
    name: .customLong("relation-kind"),
    help: "The kind of edges that name none (default: links-to, or linked-with when undirected).")
  var relationKind: String?

  func validate() throws {
    if let from, !from.isReadable { throw ValidationError("Clout writes \(from.rawValue) but does not read it") }
    if let output, NetworkFormat(fileName: output) == nil {
      throw ValidationError("-o must name a .yaml, .yml or .json file, not '\(output)'")
    }
  }

  func run() throws {
    if let output { try OutputFolder.prepare(for: output) }
    let options = ImportOptions(entityKind: entityKind, relationKind: relationKind)
    let loaded: LoadedNetwork
    do throws(InputError) {
      loaded = try NetworkInput.loadNetwork(path: file, format: from, options: options)
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
    let network = try NetworkArgument.checked(loaded).network
    let format = output.flatMap { NetworkFormat(fileName: $0) } ?? .yaml
    let text = NetworkEncoder.encode(network, as: format)
    guard let output else {
      print(text, terminator: "")
      return
    }
    do {
      try AtomicFileSet.write([(output, text)])
    } catch {
      Console.error(error.description)
      throw ExitCode(Exit.input)
    }
    Console.error(
      "imported \(network.entities.count) entities and \(network.relations.count) relations from \(file) "
        + "into \(output)")
  }
}
