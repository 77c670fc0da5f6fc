import Foundation

/// The number formats every answer uses, written once: the CLI's tables, explanations' notes and
/// formulas, and machine-read output all call these.
public enum NumberText {
  /// Tables and notes: integers plainly, other numbers with up to 6 significant digits.
  public static func short(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e12 { return String(Int64(x)) }
    return String(format: "%.6g", x)
  }

  /// Strengths and chain scores, the one precision of every chain answer: 3 significant digits
  /// (0.426), integers plainly (a chain of strength 1 prints 1).
  public static func strength(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e12 { return String(Int64(x)) }
    return String(format: "%.3g", x)
  }

  /// Machine-read output: integers plainly, others with every digit that reads back exactly.
  public static func exact(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
  }
}
