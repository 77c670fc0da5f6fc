import CloutSpark
import Foundation
import Testing

/// Without Python, pyspark or Java, `clout spark` says what is missing and how to install it, in
/// one message and exit 2 — never a Python traceback.
@Suite("Spark missing")
struct SparkRuntimeTests {
  func spark(_ environment: [String: String]) throws -> Run {
    let clout = try #require(Paths.clout)
    return try run(clout, ["spark", "pagerank"], environment: environment)
  }

  @Test("no python3 on PATH")
  func noPython() throws {
    let scratch = try Scratch()
    let r = try spark(["PATH": scratch.url.path, "HOME": NSTemporaryDirectory()])
    #expect(r.status == 2)
    #expect(r.stderr.contains("found no python3 on PATH"))
    #expect(r.stderr.contains("pip install pyspark==4.3.0"))
    #expect(r.stdout.isEmpty)
  }

  @Test("PYSPARK_PYTHON names nothing")
  func badPysparkPython() throws {
    let r = try spark(["PYSPARK_PYTHON": "/nonexistent/python3", "PATH": "/usr/bin:/bin"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("PYSPARK_PYTHON is '/nonexistent/python3'"))
  }

  @Test("a Python without pyspark", .enabled(if: sparkEnabled))
  func noPyspark() throws {
    let scratch = try Scratch()
    let venv = scratch.path("venv")
    let made = try run(try realPython(), ["-m", "venv", "--without-pip", venv])
    try #require(made.status == 0, "\(made.stderr)")
    let r = try spark(["PYSPARK_PYTHON": venv + "/bin/python3", "PATH": "/usr/bin:/bin"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("needs pyspark"))
    #expect(r.stderr.contains("python3 -m pip install pyspark==4.3.0"))
    #expect(!r.stderr.contains("Traceback"))
  }

  @Test("no Java", .enabled(if: sparkEnabled))
  func noJava() throws {
    let scratch = try Scratch()
    let python = try realPython()
    let r = try spark(["PYSPARK_PYTHON": python, "PATH": scratch.url.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("needs Java 17"))
    #expect(r.stderr.contains("apt-get install -y openjdk-17-jre-headless"))
    #expect(!r.stderr.contains("Traceback"))
  }
}
