/// Why a diagram cannot be drawn as asked.
public struct DiagramError: Error, Sendable, Hashable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
