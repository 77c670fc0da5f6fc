import Foundation

/// One diagnostic Graphviz emitted (through `agerr`), returned as a value instead of printed.
public struct GraphvizMessage: Sendable, Hashable, CustomStringConvertible {
  /// How Graphviz labelled the message.
  public enum Severity: String, Sendable, Hashable {
    case warning
    case error
  }

  /// "Warning" or "Error" as Graphviz called it. Some "Error"-level messages (bad HTML labels)
  /// do not stop the layout; those come back as warnings of a successful render.
  public let severity: Severity
  /// The text, without the "Error: "/"Warning: " prefix, trailing newlines removed.
  public let text: String

  public init(severity: Severity, text: String) {
    self.severity = severity
    self.text = text
  }

  /// The line number in "… in line N …", which Graphviz uses for syntax errors, if any.
  public var line: Int? {
    guard let range = text.range(of: "in line ") else { return nil }
    let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
    return Int(digits)
  }

  public var description: String {
    "\(severity == .error ? "Error" : "Warning"): \(text)"
  }

  /// Splits the text Graphviz passed to the error callback into messages.
  ///
  /// The callback receives "Error" or "Warning", then ": ", then the text (long messages in several
  /// pieces, continuation pieces without a prefix). Concatenated, a line starting with
  /// "Error: " or "Warning: " begins a message; other lines continue the current one.
  /// Cost: O(length of the text).
  static func parse(_ log: String) -> [GraphvizMessage] {
    var messages: [GraphvizMessage] = []
    var severity: Severity?
    var lines: [Substring] = []
    func flush() {
      if let severity {
        let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        messages.append(GraphvizMessage(severity: severity, text: text))
      }
      lines = []
    }
    for line in log.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("Error: ") {
        flush()
        severity = .error
        lines = [line.dropFirst("Error: ".count)]
      } else if line.hasPrefix("Warning: ") {
        flush()
        severity = .warning
        lines = [line.dropFirst("Warning: ".count)]
      } else if severity == nil {
        if !line.allSatisfy(\.isWhitespace) {
          severity = .warning
          lines = [line]
        }
      } else {
        lines.append(line)
      }
    }
    flush()
    return messages
  }
}
