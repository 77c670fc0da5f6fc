import CloutIO
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs Clout's PySpark job on a network or graph: exports its GraphFrames tables into a temporary
/// folder, starts the job with the found Python (pyspark starts Spark's JVM, in local mode on
/// loopback only unless a master is given), reads the results back by vertex id, and makes sure
/// the driver JVM has exited. Everything it wrote is removed afterwards.
public enum SparkRunner {
  /// Runs `job` on `input` (`vertexCount` vertices, numbered as the GraphFrames ids).
  ///
  /// - Throws: `SparkError.missingRuntime` with the install command when Python, pyspark or Java
  ///   is missing, `.input` when the tables cannot be written, `.jobFailed` with the job's own
  ///   message when Spark fails.
  public static func run(
    _ input: GraphFramesWriter.Input, vertexCount: Int, job: SparkJob, runtime: SparkRuntime, origin: String
  ) throws(SparkError) -> SparkJobResult {
    let fm = FileManager.default
    let work = fm.temporaryDirectory.appendingPathComponent("clout-spark-\(UUID().uuidString)")
    do {
      try fm.createDirectory(at: work, withIntermediateDirectories: true)
    } catch {
      throw .input("clout spark: cannot create a working folder in \(fm.temporaryDirectory.path): \(error)")
    }
    defer { try? fm.removeItem(at: work) }
    let tables = work.appendingPathComponent("tables").path
    let results = work.appendingPathComponent("results").path
    let script = work.appendingPathComponent(SparkJobScript.fileName)
    do throws(InputError) {
      try GraphFramesWriter.write(input, to: tables, origin: origin)
      try AtomicFile.write(SparkJobScript.text, to: script.path)
    } catch {
      throw .input(error.description)
    }

    var arguments = [script.path, job.algorithms.map(\.rawValue).joined(separator: ","), tables, "-o", results]
    arguments += ["--engine", job.engine, "--tolerance", "\(job.tolerance)"]
    if let master = job.master { arguments += ["--master", master] }
    if let memory = job.driverMemory { arguments += ["--driver-memory", memory] }
    // A filtered network was exported with only the relations the filter keeps.
    if case .network(_, .some) = input {
      arguments.append("--exclude-status=")
    }
    var environment = ProcessInfo.processInfo.environment
    environment["PYTHONUNBUFFERED"] = "1"
    if job.isLocal { environment["SPARK_LOCAL_IP"] = "127.0.0.1" }

    let logURL = work.appendingPathComponent("spark.log")
    let outURL = work.appendingPathComponent("stdout.txt")
    guard fm.createFile(atPath: logURL.path, contents: nil), fm.createFile(atPath: outURL.path, contents: nil) else {
      throw .input("clout spark: cannot write into \(work.path)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: runtime.python)
    process.arguments = arguments
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    do {
      process.standardOutput = try FileHandle(forWritingTo: outURL)
      process.standardError = job.showsLog ? FileHandle.standardError : try FileHandle(forWritingTo: logURL)
      try process.run()
    } catch {
      throw .missingRuntime(
        "clout spark: cannot start \(runtime.python): \(error.localizedDescription); install Python 3 and "
          + SparkRuntime.installPyspark)
    }
    process.waitUntilExit()
    let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    let log = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
    let status = process.terminationStatus
    guard status == 0 else {
      let own = log.split(separator: "\n").filter { $0.hasPrefix("clout spark") || $0.hasPrefix("usage:") }
      let message =
        own.isEmpty
        ? "clout spark: the Spark job exited with status \(status); the end of its log:\n"
          + log.split(separator: "\n").suffix(15).joined(separator: "\n")
        : own.joined(separator: "\n")
      throw status == 3 ? .missingRuntime(message) : .jobFailed(message)
    }
    guard let line = stdout.split(separator: "\n").last(where: { $0.hasPrefix("clout-spark-result ") }),
      let object = try? JSONSerialization.jsonObject(with: Data(line.dropFirst(19).utf8)) as? [String: Any]
    else {
      throw .jobFailed("clout spark: the job ended without its result line; its output:\n\(stdout)")
    }
    var result = try SparkResultTable.read(folder: results, vertexCount: vertexCount, algorithms: job.algorithms)
    result.engine = object["engine"] as? String ?? "?"
    result.master = object["master"] as? String ?? "?"
    result.sparkVersion = object["spark"] as? String ?? "?"
    result.arcs = object["arcs"] as? Int ?? 0
    result.loopbackOnly =
      object["driver_host"] as? String == "127.0.0.1" && object["bind_address"] as? String == "127.0.0.1"
    result.sessionSeconds = object["session_seconds"] as? Double ?? 0
    result.jobSeconds = object["job_seconds"] as? Double ?? 0
    if let pid = object["jvm_pid"] as? Int, job.isLocal {
      result.jvmPID = pid
      result.jvmStopped = stopJVM(pid: pid_t(pid))
    } else {
      result.jvmStopped = true
    }
    return result
  }

  /// Waits up to 20 s for the driver JVM to exit (pyspark stops it when Python ends), then
  /// terminates it. Returns whether it had exited by itself.
  static func stopJVM(pid: pid_t) -> Bool {
    for _ in 0..<200 {
      if kill(pid, 0) != 0 && errno == ESRCH { return true }
      usleep(100_000)
    }
    kill(pid, SIGTERM)
    return false
  }
}
