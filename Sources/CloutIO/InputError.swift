import Clout

/// A file that cannot be read as a network at all: missing, unreadable, or not well-formed.
/// Carries every located problem found before reading had to stop.
public struct InputError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  public init(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
    self.diagnostics = [.error(message, at: location, hint: hint)]
  }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
