import ArgumentParser
import Clout
import CloutAnswers
import Foundation

/// How measures are computed: threads, and exact or sampled betweenness. Shared by `rank` and
/// `metrics`.
struct ComputeOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Estimate betweenness from N randomly drawn source vertices instead of all of them "
        + "(Brandes–Pich); the error bound is printed on stderr. For graphs of more than ~100k arcs.",
      valueName: "N"))
  var samples: Int?

  @Option(help: "Seed of the --samples draw: the same seed gives the same estimate.")
  var seed: UInt64 = 42

  @Option(help: "Threads for parallel measures (default: all processors). Results do not depend on it.")
  var threads: Int?

  func validate() throws {
    if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
  }

  var measureOptions: MeasureOptions {
    MeasureOptions(threads: threads, betweennessPivots: samples, seed: seed)
  }

  /// Tells on stderr what the user should know before `measure` runs on `g`: the error bound of a
  /// sampled estimate, or that an exact all-sources computation will take very long.
  func announce(_ measure: Measure, on g: AnalysisGraph) {
    let n = g.vertexCount
    let m = g.graph.edgeCount
    if measure == .betweenness, let bound = measureOptions.betweennessErrorBound(vertexCount: n) {
      Console.error(
        "note: betweenness estimated from \(samples ?? 0) sampled sources (seed \(seed)): every normalised "
          + "score is within ±\(formatNumber(bound)) of the exact value with probability ≥ 95%")
      return
    }
    guard measure.searchesFromEveryVertex, Double(n) * Double(m) > ComputeOptions.slowWork else { return }
    var hint = "note: exact \(measure.rawValue) searches from all \(n) vertices over \(m) arcs (n·m = "
    hint += "\(String(format: "%.1e", Double(n) * Double(m)))): this can take hours"
    if measure == .betweenness { hint += "; --samples 256 estimates it with a stated error bound" }
    Console.error(hint)
  }

  /// n·m above which an all-sources computation is announced as slow (about a minute here).
  static let slowWork = 2e10
}
