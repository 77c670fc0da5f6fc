import ArgumentParser
import Clout
import CloutAnswers
import CloutIO
import CloutSpark
import Foundation

extension SparkAlgorithm: ExpressibleByArgument {}

struct SparkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "spark",
    abstract: "Run PageRank or connected components on Apache Spark, locally or on a cluster.",
    discussion: """
      Exports the input's GraphFrames tables (as `clout export --format graphframes` does), runs \
      Clout's PySpark job on them (GraphFrames when its jar is on the classpath, Spark's own GraphX \
      otherwise) and prints the results like `clout rank`. Without --master, Spark runs in local mode \
      on every core and listens on 127.0.0.1 only; Spark's log is kept unless --spark-log.

      Algorithms (one, or several separated by commas; rows are sorted by the first):
      \(SparkAlgorithm.allCases.map { "  \($0.rawValue.padding(12))\($0.summary)" }.joined(separator: "\n"))

      On a network Spark sees the same arcs as Clout's influence projection (docs/FORMAT.md), so
      `pagerank` is Clout's PageRank without weights. Needs Python 3 with pyspark 4.3.0 and Java 17:
        apt-get install -y openjdk-17-jre-headless && python3 -m pip install pyspark==4.3.0
      (PYSPARK_PYTHON chooses the Python). Running on a cluster with spark-submit: docs/SPARK.md.

      Examples:
        clout spark pagerank --top 10
        clout spark components edges.txt --format csv > components.csv
        clout spark pagerank,components big.txt --driver-memory 4g --format json
        clout spark pagerank net.yaml --master spark://head:7077
        clout spark pagerank --format csv > pr.csv && clout rank --scores pr.csv
      """)

  @Argument(help: ArgumentHelp("pagerank, components, or both separated by a comma.", valueName: "algorithms"))
  var algorithms: String

  @OptionGroup var input: AnalysisInput

  @Option(help: "Spark master URL (spark://host:7077, yarn, local[4]…; default: local mode, loopback only).")
  var master: String?

  @Option(help: "auto (GraphFrames if its jar is on the classpath, else GraphX), graphx or graphframes.")
  var engine: String = "auto"

  @Option(help: "PageRank stops when no rank (scaled to sum n) changes by more than this.")
  var tolerance: Double = 1e-8

  @Option(help: "spark.driver.memory in local mode (e.g. 4g for millions of edges).")
  var driverMemory: String?

  @Flag(help: "Show Spark's own log on standard error.")
  var sparkLog = false

  @Option(help: "How many to show (0 = all).")
  var top: Int = 20

  @Option(help: "Output format: table, json or csv (csv and json print every digit).")
  var format: OutputFormat = .table

  func chosenAlgorithms() throws -> [SparkAlgorithm] {
    let names = algorithms.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    var chosen: [SparkAlgorithm] = []
    for name in names {
      guard let a = SparkAlgorithm(rawValue: name) else {
        throw ValidationError(
          "unknown algorithm '\(name)': choose from \(SparkAlgorithm.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      if !chosen.contains(a) { chosen.append(a) }
    }
    if chosen.isEmpty { throw ValidationError("give an algorithm: pagerank or components") }
    return chosen
  }

  func validate() throws {
    _ = try chosenAlgorithms()
    if top < 0 { throw ValidationError("--top must be 0 or more") }
    if !(tolerance > 0) { throw ValidationError("--tolerance must be positive") }
    if !["auto", "graphx", "graphframes"].contains(engine) {
      throw ValidationError("--engine must be auto, graphx or graphframes")
    }
  }

  func run() throws {
    let algorithms = try chosenAlgorithms()
    let g = try input.load()
    let tables: GraphFramesWriter.Input =
      if let network = g.network {
        .network(network, filter: try input.filters.filter())
      } else {
        .graph(g.graph, labels: g.ids)
      }
    let job = SparkJob(
      algorithms: algorithms, master: master, engine: engine, tolerance: tolerance, driverMemory: driverMemory,
      showsLog: sparkLog)
    let result: SparkJobResult
    do throws(SparkError) {
      let runtime = try SparkRuntime.find()
      Console.error("spark: starting \(job.isLocal ? "local Spark (loopback only)" : "Spark on \(master ?? "")")…")
      result = try SparkRunner.run(
        tables, vertexCount: g.vertexCount, job: job, runtime: runtime, origin: input.file ?? "bundled network")
    } catch {
      Console.error(error.description)
      throw ExitCode(Exit.input)
    }
    Console.error(
      "spark: \(result.engine) on \(result.master) (Spark \(result.sparkVersion)): \(g.vertexCount) vertices, "
        + "\(result.arcs) arcs; session \(formatNumber(result.sessionSeconds)) s, job \(formatNumber(result.jobSeconds)) s"
    )
    if !result.jvmStopped { Console.error("spark: warning: the Spark JVM outlived the job and was terminated") }
    SparkResultPrinter(graph: g, result: result, algorithms: algorithms, top: top, format: format).print()
  }
}
