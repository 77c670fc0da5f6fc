import Clout
import Foundation

/// Rows of text printed as an aligned table or as CSV (RFC 4180).
public struct Table {
  public var header: [String]
  public var rows: [[String]] = []

  public init(_ header: [String]) { self.header = header }

  public mutating func add(_ row: [String]) { rows.append(row) }

  /// Aligned columns; East Asian wide characters count two columns.
  public func text() -> String {
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

  public func csv() -> String {
    func field(_ s: String) -> String {
      s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
    return ([header] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
  }
}

/// Numbers for tables (`NumberText.short`).
public func formatNumber(_ x: Double) -> String { NumberText.short(x) }

/// A column of numbers for people to read (tables, CSV): ten significant digits, so float noise
/// never shows (`1.4500000000000002` → `1.45`), and values below 10⁻¹² of the column's largest
/// magnitude written as `0` (`2.5e-13` left by a sum that is zero). Integers stay integers.
/// JSON keeps every digit (`OutputValue`), for programs that need the exact value.
public func readableColumn(_ values: [Double]) -> [String] {
  let largest = values.lazy.filter(\.isFinite).map(abs).max() ?? 0
  return values.map { x in
    guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
    if x == 0 || abs(x) < largest * 1e-12 { return "0" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    var text = String(format: "%.10g", x)
    if text.contains("e") { return text }
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }
}
/// Strengths and strength scores (`NumberText.strength`): three significant digits, 1 as 1.
public func formatStrength(_ x: Double) -> String { NumberText.strength(x) }

/// Numbers for machine-read output (`NumberText.exact`).
public func exactNumber(_ x: Double) -> String { NumberText.exact(x) }
