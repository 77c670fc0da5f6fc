/// Why a question cannot be answered as asked: an unknown actor, an ambiguous name, a bad date, an
/// unknown topic… The message is the one the command line prints; `suggestions` are the names the
/// user may have meant (empty when there are none).
public struct AnswerError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var suggestions: [String]

  public init(_ message: String, suggestions: [String] = []) {
    self.message = message
    self.suggestions = suggestions
  }

  public var description: String { message }
}
