import ArgumentParser
import CloutIO
import Foundation

struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write empty starting files for a new network: node and edge sheets and a YAML skeleton.",
    discussion: """
      Writes NAME.nodes.csv and NAME.edges.csv (header rows, for a spreadsheet, Gephi or Kumu) and \
      NAME.yaml (a small network with every field explained in comments), then prints what each \
      column holds. Existing files are never overwritten.

      Examples:
        clout template -o chip-tools
        clout import chip-tools.nodes.csv -o chip-tools.yaml   # once the sheets are filled
        clout validate chip-tools.yaml
      """)

  @Option(
    name: .shortAndLong, help: ArgumentHelp("The name of the files to write, without extension.", valueName: "name"))
  var output: String

  func run() throws {
    let stem = output.hasSuffix(".yaml") ? String(output.dropLast(5)) : output
    let files = [
      ("\(stem).nodes.csv", NetworkTemplate.nodesSheet), ("\(stem).edges.csv", NetworkTemplate.edgesSheet),
      ("\(stem).yaml", NetworkTemplate.skeleton),
    ]
    for (path, _) in files where FileManager.default.fileExists(atPath: path) {
      throw usageFailure("\(path) exists; template never overwrites a file — choose another name")
    }
    try OutputFolder.prepare(for: files[0].0)
    do {
      try AtomicFileSet.write(files)
    } catch {
      Console.error(error.description)
      throw ExitCode(Exit.input)
    }
    for (path, _) in files { Console.error("wrote \(path)") }
    print(NetworkTemplate.columnGuide, terminator: "")
  }
}
