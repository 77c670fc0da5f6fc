/// A calendar date known to the year, the month or the day: `2025`, `2025-06`, `2025-06-09`.
///
/// Press reports often give only a month or a year. A partial date stands for an interval of days:
/// `2025-06` is every day of June 2025. Comparisons use the first day (`lowerBound`); "in force"
/// tests use both ends.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int?
  public let day: Int?

  /// Creates a date, checking that it exists (no 2025-02-30). Returns nil when it does not.
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
      }
    } else if day != nil {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Returns nil for anything else or for a day that
  /// does not exist.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count else { return nil }
    self.init(
      year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
  }

  /// Whether a year is a leap year in the proleptic Gregorian calendar.
  public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  /// The number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The first day this date can mean, as a sortable integer `yyyymmdd`.
  public var lowerBound: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

  /// The last day this date can mean, as a sortable integer `yyyymmdd`.
  public var upperBound: Int {
    let m = month ?? 12
    return year * 10_000 + m * 100 + (day ?? PartialDate.daysIn(month: m, year: year))
  }

  public var description: String {
    // Four-digit years, so that the text parses back (`0800`, not `800`).
    var s = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
    if let month { s += "-" + (month < 10 ? "0" : "") + String(month) }
    if let day { s += "-" + (day < 10 ? "0" : "") + String(day) }
    return s
  }

  public static func < (a: PartialDate, b: PartialDate) -> Bool {
    (a.lowerBound, a.upperBound) < (b.lowerBound, b.upperBound)
  }
}
