/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written as digits and dashes.
enum PartialDateShape {
  static func matches(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    return (2...3).contains(parts.count) && parts[0].count == 4
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
  }
}
