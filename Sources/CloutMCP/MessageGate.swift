import Foundation
import Logging
import MCP

/// The stdio transport with a gate in front of the server: a line that is not JSON is answered
/// with a JSON-RPC parse error (-32700) and one that is JSON but no JSON-RPC 2.0 message with an
/// invalid-request error (-32600), both with `"id": null` (or the message's id when it has one),
/// as JSON-RPC 2.0 §5.1 asks; neither reaches the server, and the next line is read as usual.
/// It also keeps the ids of the requests not yet answered, so that when input ends the server
/// can answer them before it exits (`drain()`).
actor MessageGate: Transport {
  private let inner: StdioTransport
  nonisolated let logger: Logger

  private let messages: AsyncThrowingStream<Data, Swift.Error>
  private let continuation: AsyncThrowingStream<Data, Swift.Error>.Continuation
  private var forwarding: Task<Void, Never>?
  /// Ids (as JSON text) of requests read and not yet answered.
  private var unanswered: Set<String> = []

  init() {
    inner = StdioTransport()
    logger = inner.logger
    (messages, continuation) = AsyncThrowingStream<Data, Swift.Error>.makeStream()
  }

  func connect() async throws {
    try await inner.connect()
    let lines = await inner.receive()
    let (inner, continuation) = (self.inner, self.continuation)
    forwarding = Task {
      do {
        for try await line in lines {
          if let refusal = Self.refusal(of: line) {
            try? await inner.send(refusal)
          } else {
            self.note(Self.ids(in: line, requests: true), answered: false)
            continuation.yield(line)
          }
        }
        continuation.finish()
      } catch {
        continuation.finish(throwing: error)
      }
    }
  }

  func disconnect() async {
    forwarding?.cancel()
    await inner.disconnect()
  }

  func send(_ data: Data) async throws {
    try await inner.send(data)
    note(Self.ids(in: data, requests: false), answered: true)
  }

  private func note(_ ids: [String], answered: Bool) {
    for id in ids {
      if answered { unanswered.remove(id) } else { unanswered.insert(id) }
    }
  }

  /// Returns when every request read has been answered, or after `limit` seconds.
  func drain(limit: Double = 300) async {
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(limit)
    while !unanswered.isEmpty, clock.now < deadline {
      try? await Task.sleep(for: .milliseconds(20))
    }
  }

  /// The ids of the requests (with a method) or of the responses (with a result or an error) in a
  /// message or a batch, as JSON text.
  static func ids(in data: Data, requests: Bool) -> [String] {
    guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
    let messages = (json as? [Any]) ?? [json]
    return messages.compactMap { item -> String? in
      guard let object = item as? [String: Any], let id = object["id"], !(id is NSNull) else { return nil }
      let isRequest = object["method"] != nil
      guard isRequest == requests else { return nil }
      return "\(id)"
    }
  }

  func receive() -> AsyncThrowingStream<Data, Swift.Error> { messages }

  /// The error response for a line the server must not see, or nil when it is a message.
  static func refusal(of line: Data) -> Data? {
    guard let json = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) else {
      return response(id: NSNull(), code: -32700, message: "Parse error: the line is not JSON")
    }
    if let batch = json as? [Any] {
      return batch.isEmpty ? response(id: NSNull(), code: -32600, message: "Invalid Request: an empty batch") : nil
    }
    guard let object = json as? [String: Any] else {
      return response(id: NSNull(), code: -32600, message: "Invalid Request: a message is a JSON object")
    }
    let id: Any = object["id"].flatMap { $0 is String || $0 is NSNumber ? $0 : nil } ?? NSNull()
    guard object["jsonrpc"] as? String == "2.0" else {
      return response(id: id, code: -32600, message: "Invalid Request: \"jsonrpc\" must be \"2.0\"")
    }
    let isRequest = object["method"] is String
    let isResponse = object["id"] != nil && (object["result"] != nil || object["error"] != nil)
    guard isRequest || isResponse else {
      return response(id: id, code: -32600, message: "Invalid Request: a message has a \"method\" (or is a response)")
    }
    return nil
  }

  private static func response(id: Any, code: Int, message: String) -> Data? {
    let object: [String: Any] = ["jsonrpc": "2.0", "id": id, "error": ["code": code, "message": message]]
    return try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }
}
