/// How long a relation holds after it starts: `lasts: 90d`, `8w`, `6m`, `2y` in a network file.
///
/// An event (a relation with a single `date`) holds on that date only — a meeting on 2023-01-17
/// happened that day and is not in force afterwards. A relation may declare that its effect lasts
/// longer (a sanction package announced on one day, a visa ban for two years): the relation then
/// holds from its first day to the last day of the period counted from its date's last day.
/// Months and years are calendar months and years (2024-01-31 + 1m is 2024-02-29).
public struct HoldingPeriod: Hashable, Sendable, CustomStringConvertible {
  /// The unit of a holding period.
  public enum Unit: String, Hashable, Sendable, CaseIterable {
    case day = "d"
    case week = "w"
    case month = "m"
    case year = "y"
  }

  public let count: Int
  public let unit: Unit

  public init?(count: Int, unit: Unit) {
    guard count >= 0, count <= 10_000 else { return nil }
    self.count = count
    self.unit = unit
  }

  /// Parses `<count><unit>`: `90d`, `8w`, `6m`, `2y`. Nil for anything else.
  public init?(_ text: String) {
    guard let last = text.last, let unit = Unit(rawValue: String(last)), let count = Int(text.dropLast()),
      text.dropLast().allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    self.init(count: count, unit: unit)
  }

  public var description: String { "\(count)\(unit.rawValue)" }

  /// The day `yyyymmdd` this period after `day` (also `yyyymmdd`).
  public func adding(to day: Int) -> Int {
    var y = day / 10_000
    var m = (day / 100) % 100
    var d = day % 100
    switch unit {
    case .day, .week:
      return CivilDay.from(serial: CivilDay.serial(y, m, d) + count * (unit == .week ? 7 : 1))
    case .month, .year:
      let months = unit == .year ? count * 12 : count
      let total = y * 12 + (m - 1) + months
      y = total / 12
      m = total % 12 + 1
      d = min(d, PartialDate.daysIn(month: m, year: y))
      return y * 10_000 + m * 100 + d
    }
  }
}

/// Days as serial numbers (days since 1970-01-01 in the proleptic Gregorian calendar), for
/// adding days to `yyyymmdd` integers. Algorithm: Howard Hinnant, "chrono-compatible low-level date
/// algorithms" (days_from_civil / civil_from_days). O(1).
enum CivilDay {
  static func serial(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func from(serial z0: Int) -> Int {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp + (mp < 10 ? 3 : -9)
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return y * 10_000 + m * 100 + d
  }
}
