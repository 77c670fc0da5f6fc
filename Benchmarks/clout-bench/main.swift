import Foundation

/// clout-bench: one benchmark worker, the Clout counterpart of `Benchmarks/peers.py --worker PEER SIZE`.
///
///     clout-bench SIZE [--data DIR] [--threads N] [--bc exact|sample256|none] [--skip op,op]
///     clout-bench SIZE --sampling-error [--data DIR] [--threads N]
///
/// Loads DIR/SIZE.txt (default DIR: /tmp/perfdata, where `Benchmarks/gen` writes), times every
/// operation once and prints one line `RESULT {json}` in Benchmarks/peers.py's format (times, cpu,
/// checks, peak memory). `Benchmarks/run` starts one fresh worker per (configuration, size, round),
/// interleaved with the peers, and prints the side-by-side table. `--sampling-error` instead
/// compares betweenness from 256 sampled sources with the exact values and prints the largest
/// error next to the stated bound.
func main() -> Int32 {
  var arguments = Array(CommandLine.arguments.dropFirst())
  func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    let value = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
    return value
  }
  let data = option("--data") ?? "/tmp/perfdata"
  let threads = Int(option("--threads") ?? "1") ?? 1
  let bc = option("--bc") ?? "none"
  let skip = Set((option("--skip") ?? "").split(separator: ",").map(String.init))
  let samplingError = arguments.contains("--sampling-error")
  arguments.removeAll { $0 == "--sampling-error" }
  guard arguments.count == 1, let size = arguments.first else {
    FileHandle.standardError.write(
      Data("usage: clout-bench SIZE [--data DIR] [--threads N] [--bc exact|sample256|none] [--skip op,op]\n".utf8))
    return 2
  }
  guard let manifestData = FileManager.default.contents(atPath: data + "/manifest.json"),
    let manifest = try? JSONSerialization.jsonObject(with: manifestData) as? [String: Any],
    let meta = manifest[size] as? [String: Any], let source = meta["source"] as? Int
  else {
    FileHandle.standardError.write(
      Data("clout-bench: no manifest entry for \(size) in \(data) (run Benchmarks/gen \(size) \(data))\n".utf8))
    return 2
  }
  if samplingError {
    do {
      print(try SamplingError.report(path: data + "/\(size).txt", threads: threads))
      return 0
    } catch {
      FileHandle.standardError.write(Data("clout-bench: \(error)\n".utf8))
      return 1
    }
  }
  let rss0 = Stopwatch.maxRSSMiB()
  let hwm0 = Stopwatch.highWaterMarkMiB() ?? 0
  let load0 = Stopwatch.loadAverage()
  let start = Stopwatch.wall()
  var workload = Workload(
    size: size, path: data + "/\(size).txt", source: source, threads: threads, betweenness: bc, skip: skip)
  do {
    try workload.run()
  } catch {
    FileHandle.standardError.write(Data("clout-bench: \(error)\n".utf8))
    return 1
  }
  var result: [String: Any] = [
    "peer": threads == 1 ? "clout-1t" : "clout-\(threads)t", "size": size,
    "times": Dictionary(uniqueKeysWithValues: workload.times), "cpu": Dictionary(uniqueKeysWithValues: workload.cpu),
    "order": workload.times.map(\.0), "checks": workload.checks, "threads": threads,
    "loadavg_start": load0, "loadavg_end": Stopwatch.loadAverage(), "skipped": [String: String](), "prep": [:],
    "rss_baseline_mib": rss0, "rss_peak_end_mib": Stopwatch.maxRSSMiB(), "wall": Stopwatch.wall() - start,
    "vmhwm_baseline_mib": hwm0, "vmhwm_end_mib": Stopwatch.highWaterMarkMiB() ?? 0,
  ]
  result.merge(workload.extra) { _, new in new }
  guard let json = try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]) else { return 1 }
  print("RESULT " + String(decoding: json, as: UTF8.self))
  return 0
}

exit(main())
