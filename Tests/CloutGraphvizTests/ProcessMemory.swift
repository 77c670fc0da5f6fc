import Foundation

/// The resident set size of this process in KiB, from `VmRSS` in /proc/self/status (Linux);
/// nil where that file does not exist.
func residentKiB() -> Int? {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
  for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
    return Int(line.split(separator: " ").dropFirst().first ?? "")
  }
  return nil
}
