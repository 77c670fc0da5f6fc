import Foundation

/// Reads the CSV part files the Spark job writes (`id`, one column per algorithm, `key` last),
/// into per-vertex arrays indexed by GraphFrames id.
enum SparkResultTable {
  static func read(folder: String, vertexCount n: Int, algorithms: [SparkAlgorithm]) throws(SparkError)
    -> SparkJobResult
  {
    let fm = FileManager.default
    let parts = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
    guard !parts.isEmpty else { throw .jobFailed("clout spark: the job wrote no result files into \(folder)") }
    var pagerank: [Double]? = algorithms.contains(.pagerank) ? Array(repeating: .nan, count: n) : nil
    var components: [Int]? = algorithms.contains(.components) ? Array(repeating: -1, count: n) : nil
    var seen = 0
    for part in parts {
      let path = folder + "/" + part
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw .jobFailed("clout spark: cannot read \(path)")
      }
      var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
      guard let header = lines.popFirst()?.split(separator: ",").map(String.init) else { continue }
      let columns = header.count - 1  // `key` is last and may hold commas
      let pr = header.firstIndex(of: "pagerank")
      let cc = header.firstIndex(of: "component")
      for (k, line) in lines.enumerated() {
        let cells = line.split(separator: ",", maxSplits: columns, omittingEmptySubsequences: false)
        func fail() -> SparkError { .jobFailed("clout spark: \(path):\(k + 2): cannot read the result row '\(line)'") }
        guard cells.count >= columns, let id = Int(cells[0]), id >= 0, id < n else { throw fail() }
        if let pr {
          guard let x = Double(cells[pr]) else { throw fail() }
          pagerank?[id] = x
        }
        if let cc {
          guard let c = Int(cells[cc]) else { throw fail() }
          components?[id] = c
        }
        seen += 1
      }
    }
    guard seen == n else {
      throw .jobFailed("clout spark: the job returned \(seen) result rows for \(n) vertices")
    }
    return SparkJobResult(
      pagerank: pagerank, components: components, engine: "", master: "", sparkVersion: "", arcs: 0,
      sessionSeconds: 0, jobSeconds: 0, loopbackOnly: false, jvmPID: nil, jvmStopped: false)
  }
}
