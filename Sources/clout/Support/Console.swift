import Foundation

/// Standard output for results, standard error for everything else.
enum Console {
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  /// Whether standard error is a terminal (progress is shown only then).
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Exit codes of the tool.
enum Exit {
  /// Validation findings.
  static let findings: Int32 = 1
  /// Usage or input error.
  static let input: Int32 = 2
}
