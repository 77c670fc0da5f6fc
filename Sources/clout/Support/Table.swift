import Foundation

/// Rows of text printed as an aligned table or as CSV (RFC 4180).
struct Table {
  var header: [String]
  var rows: [[String]] = []

  init(_ header: [String]) { self.header = header }

  mutating func add(_ row: [String]) { rows.append(row) }

  /// Aligned columns; East Asian wide characters count two columns.
  func text() -> String {
    var widths = header.map(\.terminalWidth)
    for row in rows {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.terminalWidth) }
    }
    func line(_ cells: [String]) -> String {
      var out = ""
      for (i, cell) in cells.enumerated() {
        let isLast = i == cells.count - 1
        out += isLast ? cell : cell.padding(widths[i] + 1)
      }
      return out + "\n"
    }
    return line(header) + rows.map(line).joined()
  }

  func csv() -> String {
    func field(_ s: String) -> String {
      s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
    return ([header] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
  }
}

/// Numbers for tables: integers plainly, others with up to 6 significant digits.
func formatNumber(_ x: Double) -> String {
  if x == x.rounded(), abs(x) < 1e12 { return String(Int64(x)) }
  return String(format: "%.6g", x)
}

/// Strengths and strength scores, the one precision every chain answer prints: three significant
/// digits (0.426), integers plainly (1, not 0.999).
func formatStrength(_ x: Double) -> String {
  if x == x.rounded(), abs(x) < 1e12 { return String(Int64(x)) }
  return String(format: "%.3g", x)
}

/// Numbers for machine-read output: integers plainly, others with every digit that reads back exactly.
func exactNumber(_ x: Double) -> String {
  if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
  return "\(x)"
}
