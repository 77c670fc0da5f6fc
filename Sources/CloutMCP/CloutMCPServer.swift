import Clout
import CloutAnswers
import CloutIO
import Foundation
import MCP

/// `clout mcp`: a Model Context Protocol server over standard input and output (MCP 2025-06-18,
/// JSON-RPC 2.0, one message a line) that offers the analysis as tools, the network's sources and
/// the format documentation as resources, and, when allowed, proposals for a review file.
///
/// Every tool answer carries the tree the command line's `--format json` prints as structured
/// content and the command line's text. A bad request (unknown actor, ambiguous name, bad date,
/// unknown tool, malformed JSON) is answered with a JSON-RPC error carrying the command line's
/// message; no request stops the server. It stops when standard input closes.
public struct CloutMCPServer: Sendable {
  public struct Configuration: Sendable {
    /// The network, loaded and checked.
    public var network: LoadedNetwork
    /// Its file, or nil for the bundled network.
    public var file: String?
    /// The archived texts compiled in with a network that has no file (the bundled one), by
    /// `file:` value.
    public var embeddedTexts: [String: String] = [:]
    /// Whether `propose_actor` and `propose_relation` are offered (`--allow-edits`).
    public var allowEdits = false
    /// The folder `render` may write files into (`--allow-writes DIR`), or nil.
    public var writableFolder: String?
    public var version = "0.1.0"

    public init(network: LoadedNetwork, file: String?) {
      self.network = network
      self.file = file
    }
  }

  let configuration: Configuration

  public init(_ configuration: Configuration) { self.configuration = configuration }

  /// Serves until standard input closes.
  public func run() async throws {
    let server = Server(
      name: "clout", version: configuration.version, title: "Clout: actor-influence networks",
      instructions: instructions,
      capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
    let tools = ToolBox(configuration: configuration, server: server)
    let resources = ResourceCatalog(
      network: configuration.network.network, file: configuration.file, embedded: configuration.embeddedTexts)
    await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: tools.specs.map(\.tool)) }
    await server.withMethodHandler(CallTool.self) { params in try await tools.call(params) }
    await server.withMethodHandler(ListResources.self) { _ in ListResources.Result(resources: resources.list()) }
    await server.withMethodHandler(ReadResource.self) { params in try resources.read(params.uri) }
    await server.withMethodHandler(ListResourceTemplates.self) { _ in
      ListResourceTemplates.Result(templates: resources.templates())
    }
    let gate = MessageGate()
    try await server.start(transport: gate)
    await server.waitUntilCompleted()
    // Input ended: answer the requests already read, then stop.
    await gate.drain()
  }

  private var instructions: String {
    let n = configuration.network.network
    return """
      Clout answers questions about an actor-influence network (\(n.title ?? configuration.network.origin): \
      \(n.entities.count) actors, \(n.relations.count) relations, \(n.sources.count) sources). Every relation \
      carries a source and a verbatim quote: when you answer, cite the chains, quotes and sources Clout returns \
      rather than guessing. Start with find_actor for a name you are unsure of.
      """
  }
}
