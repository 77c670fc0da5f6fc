import Foundation

/// Where the Python that runs the Spark job is, found the way pyspark itself looks: `PYSPARK_PYTHON`,
/// else `python3` on `PATH`. Java is checked by the job (Spark's launcher needs `JAVA_HOME` or
/// `java` on `PATH`), which reports it missing in one line.
public struct SparkRuntime: Sendable {
  /// The command that installs the job's Python dependency.
  public static let installPyspark = "python3 -m pip install pyspark==4.3.0"
  /// The command that installs Java on Debian.
  public static let installJava = "apt-get install -y openjdk-17-jre-headless"

  public let python: String

  public init(python: String) { self.python = python }

  /// The Python to use under `environment`.
  ///
  /// - Throws: `SparkError.missingRuntime` with the install commands when there is none.
  public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws(SparkError)
    -> SparkRuntime
  {
    if let chosen = environment["PYSPARK_PYTHON"], !chosen.isEmpty {
      if let path = executable(chosen, path: environment["PATH"]) { return SparkRuntime(python: path) }
      throw .missingRuntime(
        "clout spark: PYSPARK_PYTHON is '\(chosen)', which is not an executable; point it at a Python 3 with pyspark "
          + "(\(installPyspark)) or unset it")
    }
    if let path = executable("python3", path: environment["PATH"]) { return SparkRuntime(python: path) }
    throw .missingRuntime(
      "clout spark needs Python 3 with pyspark and Java 17, and found no python3 on PATH; install them with: "
        + "apt-get install -y python3-pip openjdk-17-jre-headless && \(installPyspark)")
  }

  /// `name` if it is a path to an executable, else the first executable of that name on `path`.
  static func executable(_ name: String, path: String?) -> String? {
    let fm = FileManager.default
    if name.contains("/") { return fm.isExecutableFile(atPath: name) ? name : nil }
    for dir in (path ?? "").split(separator: ":") {
      let candidate = String(dir) + "/" + name
      if fm.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
