/// Days as ISO text.
enum DayText {
  /// A `yyyymmdd` day number (`PartialDate.lowerBound`, `upperBound`) as `yyyy-mm-dd`.
  static func iso(_ n: Int) -> String {
    let year = String(n / 10_000)
    let m = n / 100 % 100
    let d = n % 100
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + (m < 10 ? "0" : "") + String(m) + "-"
      + (d < 10 ? "0" : "") + String(d)
  }
}
