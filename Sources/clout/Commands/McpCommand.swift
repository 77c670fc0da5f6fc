import ArgumentParser
import Clout
import CloutMCP
import Foundation

struct McpCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mcp",
    abstract: "Serve the network to AI assistants: a Model Context Protocol server on standard input and output.",
    discussion: """
      An MCP client (Claude Desktop, an IDE, the `mcp` Python client…) starts `clout mcp` and \
      asks it questions instead of guessing: find an actor by any name, its card, who moves whom \
      (influencers, influenced, influence) with the usual filters, strongest chains, rankings, \
      brokers, explanations, changes between dates, validation and drawings. Every answer is the \
      JSON `--format json` prints, with its chains, relations, quotes and sources, plus text. \
      Resources: the sources and their archived texts, and docs/FORMAT.md.

      Nothing is written unless allowed: --allow-writes DIR lets `render` write files into DIR; \
      --allow-edits lets an assistant propose actors and relations, each with a quote that must \
      occur verbatim in the archived text of its source. Accepted proposals go to NAME.review.yaml \
      next to the network file, never into it; `clout validate` reports them and a person merges \
      them (docs/MCP.md).

      Register it with a client, e.g. {"mcpServers": {"clout": {"command": "clout", \
      "args": ["mcp", "graphs/us-china-tech.yaml"]}}}.

      Examples:
        clout mcp
        clout mcp graphs/us-china-tech.yaml --allow-edits
        clout mcp graphs/us-china-tech.yaml --allow-writes output
      """)

  @OptionGroup var input: NetworkArgument

  @Flag(help: "Offer propose_actor and propose_relation; accepted proposals go to NAME.review.yaml beside FILE.")
  var allowEdits = false

  @Option(
    name: .customLong("allow-writes"),
    help: ArgumentHelp("Let `render` write files into this folder.", valueName: "dir"))
  var allowWrites: String?

  func validate() throws {
    if let allowWrites {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: allowWrites, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("--allow-writes: '\(allowWrites)' is not a folder")
      }
    }
  }

  func run() throws {
    // The network named, else the project's default (CLOUT_NETWORK, .clout.yaml), else the bundled one.
    let file = try NetworkArgument.effectiveFile(input.file)
    if allowEdits && file == nil {
      throw usageFailure("--allow-edits needs a network file: proposals go to a review file next to it")
    }
    let loaded = try NetworkArgument.checked(NetworkArgument.read(file, resolved: true))
    var configuration = CloutMCPServer.Configuration(network: loaded, file: file)
    if file == nil {
      configuration.embeddedTexts = BundledNetwork.archivedTexts.mapValues { String(decoding: $0, as: UTF8.self) }
    }
    configuration.allowEdits = allowEdits
    configuration.writableFolder = allowWrites
    configuration.version = CloutCommand.configuration.version
    Console.error("clout mcp: serving \(loaded.origin) on standard input and output (MCP); stop with end of input")
    let server = CloutMCPServer(configuration)
    // The command line runs synchronously; the server runs on Swift's task pool until its input ends.
    let finished = DispatchSemaphore(value: 0)
    let failed = Locked(false)
    Task {
      do {
        try await server.run()
      } catch {
        Console.error("clout mcp: \(error)")
        failed.withLock { $0 = true }
      }
      finished.signal()
    }
    finished.wait()
    if failed.withLock({ $0 }) { throw ExitCode(Exit.input) }
  }
}
