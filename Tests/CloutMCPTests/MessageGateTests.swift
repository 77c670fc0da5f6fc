import Foundation
import Testing

@testable import CloutMCP

@Suite struct MessageGateTests {
  func refusal(_ line: String) -> [String: Any]? {
    MessageGate.refusal(of: Data(line.utf8)).flatMap {
      try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
    }
  }

  func code(_ reply: [String: Any]?) -> Int? { (reply?["error"] as? [String: Any])?["code"] as? Int }

  @Test func aLineThatIsNotJSONIsAParseErrorWithANullID() {
    let reply = refusal("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\"")
    #expect(code(reply) == -32700)
    #expect(reply?["id"] is NSNull)
  }

  @Test func jsonThatIsNoMessageIsAnInvalidRequestWithItsID() {
    let reply = refusal("{\"jsonrpc\": \"2.0\", \"id\": 7}")
    #expect(code(reply) == -32600)
    #expect(reply?["id"] as? Int == 7)
    #expect(code(refusal("{\"id\": 1, \"method\": \"ping\"}")) == -32600)
    #expect(code(refusal("42")) == -32600)
    #expect(code(refusal("[]")) == -32600)
  }

  @Test func requestsNotificationsAndResponsesPass() {
    #expect(refusal("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}") == nil)
    #expect(refusal("{\"jsonrpc\": \"2.0\", \"method\": \"notifications/initialized\"}") == nil)
    #expect(refusal("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {}}") == nil)
  }
}

@Suite struct ReviewFileTests {
  @Test func theReviewFileSitsNextToTheNetwork() {
    #expect(ReviewFile.path(forNetwork: "graphs/us-china-tech.yaml") == "graphs/us-china-tech.review.yaml")
    #expect(ReviewFile.path(forNetwork: "net.json") == "net.review.yaml")
    #expect(ReviewFile.path(forNetwork: "dir/net") == "dir/net.review.yaml")
  }

  @Test func proposalsSurviveAWriteAndARead() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clout-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("x.review.yaml").path
    let relation = Proposal(
      kind: .relation,
      fields: [
        ("from", .string("a")), ("kind", .string("lobbies")), ("to", .string("b")), ("date", .string("2025-12")),
        ("confidence", .number(0.8)),
        ("sources", .array([.object([("source", .string("s")), ("quote", .string("a: \"quoted\" 1"))])])),
      ], location: nil)
    try ReviewFile.write([relation], network: "x.yaml", to: path)
    let read = try ReviewFile.read(path)
    #expect(read.count == 1)
    #expect(read[0].kind == .relation)
    #expect(read[0].string("date") == "2025-12")
    #expect(read[0].number("confidence") == 0.8)
    #expect(read[0].citations.map(\.quote) == ["a: \"quoted\" 1"])
    #expect(read[0].location?.line ?? 0 > 1)
  }
}
