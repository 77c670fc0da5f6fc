/// What to run on Spark, and where.
public struct SparkJob: Sendable {
  /// Algorithms, run in one Spark session in this order.
  public var algorithms: [SparkAlgorithm]
  /// The Spark master URL (`spark://host:7077`, `yarn`, `local[4]`…); nil runs in local mode on
  /// every core, listening on loopback only.
  public var master: String?
  /// `auto` (GraphFrames when its jar is on the classpath, else GraphX), `graphx` or `graphframes`.
  public var engine: String
  /// PageRank stops when no vertex's rank (scaled to sum n) changes by more than this.
  public var tolerance: Double
  /// `spark.driver.memory` in local mode (nil: Spark's default, 1g).
  public var driverMemory: String?
  /// Passes Spark's own log through to standard error instead of keeping it.
  public var showsLog: Bool

  public init(
    algorithms: [SparkAlgorithm], master: String? = nil, engine: String = "auto", tolerance: Double = 1e-8,
    driverMemory: String? = nil, showsLog: Bool = false
  ) {
    self.algorithms = algorithms
    self.master = master
    self.engine = engine
    self.tolerance = tolerance
    self.driverMemory = driverMemory
    self.showsLog = showsLog
  }

  /// Whether Spark runs inside this machine (no master, or a `local…` one).
  public var isLocal: Bool { master.map { $0.hasPrefix("local") } ?? true }
}
