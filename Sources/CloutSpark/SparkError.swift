/// Why a Spark job could not run or failed, in words for the user.
public enum SparkError: Error, Sendable, CustomStringConvertible {
  /// Python, pyspark or Java is missing: the message says what and gives the install command.
  case missingRuntime(String)
  /// The input tables could not be written or the results could not be read.
  case input(String)
  /// The job ran and failed; the message is its own one-line account, or the end of its log.
  case jobFailed(String)

  public var description: String {
    switch self {
    case .missingRuntime(let m), .input(let m), .jobFailed(let m): return m
    }
  }
}
