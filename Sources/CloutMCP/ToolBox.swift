import Clout
import CloutAnswers
import CloutIO
import MCP

/// Runs tool calls: finds the tool, reads its arguments, runs it with progress off the server's
/// loop, and turns the answer into an MCP result, or a refusal into an MCP error with the command
/// line's message.
struct ToolBox: Sendable {
  let specs: [ToolCatalog.Spec]
  let questions: NetworkQuestions
  let drawings: DrawingTool
  let desk: ReviewDesk?
  let validation: ValidationTool
  let server: Server

  init(configuration c: CloutMCPServer.Configuration, server: Server) {
    let network = c.network.network
    questions = NetworkQuestions(network: network)
    drawings = DrawingTool(network: network, writableFolder: c.writableFolder)
    desk = c.allowEdits ? c.file.map { ReviewDesk(network: network, networkFile: $0) } : nil
    validation = ValidationTool(loaded: c.network, file: c.file)
    self.server = server
    specs =
      ToolCatalog.analysis + [ToolCatalog.render(writesAllowed: c.writableFolder != nil)]
      + (c.allowEdits ? ToolCatalog.edits : [])
  }

  func call(_ params: CallTool.Parameters) async throws -> CallTool.Result {
    guard let spec = specs.first(where: { $0.name == params.name }) else {
      let names = specs.map(\.name)
      let close = closeMatches(to: params.name, in: names)
      var message = "unknown tool '\(params.name)'"
      if !close.isEmpty { message += "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?" }
      if ["propose_actor", "propose_relation"].contains(params.name) {
        message += " (editing is off: start the server with `clout mcp FILE --allow-edits`)"
      }
      throw MCPError.invalidParams(message + " (tools: " + names.joined(separator: ", ") + ")")
    }
    let relay = ProgressRelay(server: server, token: params._meta?.progressToken)
    let answer: ToolAnswer
    do {
      let arguments = try ToolArguments(tool: spec.name, values: params.arguments, allowed: spec.argumentNames)
      answer = try await run(spec.name, arguments, relay)
    } catch let error as AnswerError {
      throw MCPError.invalidParams(error.message)
    }
    var content: [Tool.Content] = [.text(text: answer.text, annotations: nil, _meta: nil)]
    if let d = answer.drawing {
      content.append(.resource(resource: .text(d.text, uri: d.uri, mimeType: d.mimeType)))
    }
    let structured: Value? = answer.structured.mcpValue
    return CallTool.Result(content: content, structuredContent: structured, isError: false)
  }

  private func run(_ name: String, _ a: ToolArguments, _ relay: ProgressRelay) async throws -> ToolAnswer {
    let q = questions
    switch name {
    case "find_actor": return try q.findActor(a)
    case "actor_card": return try q.card(a)
    case "influencers": return try await relay.run(name) { _ in try q.ranking(.influencers, a) }
    case "influenced": return try await relay.run(name) { _ in try q.ranking(.influenced, a) }
    case "influence": return try await relay.run(name) { _ in try q.influence(a) }
    case "strongest_paths": return try await relay.run(name) { _ in try q.paths(a) }
    case "rank": return try await relay.run(name) { progress in try q.rank(a, progress: progress) }
    case "brokers": return try await relay.run(name) { _ in try q.brokers(a) }
    case "explain": return try await relay.run(name) { _ in try q.explain(a) }
    case "diff": return try await relay.run(name) { _ in try q.diff(a) }
    case "validate": return try await relay.run(name) { _ in try validation.run(a) }
    case "render":
      let d = drawings
      return try await relay.run(name) { _ in try d.render(a) }
    case "propose_actor":
      guard let desk else { throw AnswerError("editing is off") }
      return try await desk.proposeActor(a)
    case "propose_relation":
      guard let desk else { throw AnswerError("editing is off") }
      return try await desk.proposeRelation(a)
    default:
      throw AnswerError("unknown tool '\(name)'")
    }
  }
}
