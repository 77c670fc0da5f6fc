/// A problem found in a network or its file: where, what, and what to do about it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable, Comparable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
  }

  public var severity: Severity
  public var location: SourceLocation?
  /// What is wrong, naming the thing at fault.
  public var message: String
  /// What to do about it.
  public var hint: String?

  public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
    self.severity = severity
    self.location = location
    self.message = message
    self.hint = hint
  }

  public static func error(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) -> Diagnostic {
    Diagnostic(.error, message, at: location, hint: hint)
  }

  public static func warning(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) -> Diagnostic {
    Diagnostic(.warning, message, at: location, hint: hint)
  }

  /// `file:line:column: error: message (hint)`, the form compilers use.
  public var description: String {
    var s = location.map { "\($0): " } ?? ""
    s += "\(severity.rawValue): \(message)"
    if let hint { s += " — \(hint)" }
    return s
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
