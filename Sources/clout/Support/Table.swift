import Clout
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

/// Numbers for tables (`NumberText.short`).
func formatNumber(_ x: Double) -> String { NumberText.short(x) }

/// Strengths and strength scores (`NumberText.strength`): three significant digits, 1 as 1.
func formatStrength(_ x: Double) -> String { NumberText.strength(x) }

/// Numbers for machine-read output (`NumberText.exact`).
func exactNumber(_ x: Double) -> String { NumberText.exact(x) }
