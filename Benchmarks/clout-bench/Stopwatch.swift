#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock and process CPU time around one call, and the process's peak memory: what
/// `Benchmarks/peers.py` records for every peer (`time.perf_counter`, `time.process_time`, `ru_maxrss`,
/// `VmHWM`).
enum Stopwatch {
  /// Seconds on a monotonic clock.
  static func wall() -> Double { seconds(CLOCK_MONOTONIC) }

  /// CPU seconds used by the process so far (all threads).
  static func cpu() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

  private static func seconds(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
  }

  /// Peak resident set of the process (`getrusage` `ru_maxrss`), MiB.
  static func maxRSSMiB() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    #if canImport(Darwin)
      return Double(usage.ru_maxrss) / 1_048_576
    #else
      return Double(usage.ru_maxrss) / 1024
    #endif
  }

  /// Peak resident set of this address space (`VmHWM` in /proc/self/status), MiB; unlike
  /// `ru_maxrss` it is not inherited from the parent across fork and exec. Nil where there is no
  /// /proc.
  static func highWaterMarkMiB() -> Double? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if text.hasPrefix("VmHWM:") {
        let digits = text.dropFirst(6).filter(\.isNumber)
        return Double(String(digits)).map { $0 / 1024 }
      }
    }
    return nil
  }

  /// The 1-minute load average, as /proc/loadavg gives it.
  static func loadAverage() -> [String] {
    guard let file = fopen("/proc/loadavg", "r") else { return [] }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 128)
    guard fgets(&line, Int32(line.count), file) != nil else { return [] }
    let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return Array(text.split(separator: " ").prefix(3).map(String.init))
  }
}
