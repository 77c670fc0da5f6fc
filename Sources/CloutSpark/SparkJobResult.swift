/// What a Spark job computed, per vertex (vertex i is the row with GraphFrames id i), and how it ran.
public struct SparkJobResult: Sendable {
  /// PageRank per vertex, summing to 1, when it was asked for.
  public var pagerank: [Double]?
  /// Component label per vertex (the smallest vertex id of its component), when asked for.
  public var components: [Int]?
  /// `graphx` or `graphframes`.
  public var engine: String
  /// The master Spark ran on and its version.
  public var master: String
  public var sparkVersion: String
  /// Arcs the algorithms ran on (after Clout's projection rule).
  public var arcs: Int
  /// Seconds to start the Spark session, and for the job itself (read, compute, write).
  public var sessionSeconds: Double
  public var jobSeconds: Double
  /// Whether the driver both listened and advertised itself on 127.0.0.1 only (local mode).
  public var loopbackOnly: Bool
  /// The process id of the driver JVM (local mode), gone when `run` returns.
  public var jvmPID: Int?
  /// Whether the driver JVM had exited when the job returned (it is stopped otherwise).
  public var jvmStopped: Bool
}
