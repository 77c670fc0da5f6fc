/// The page's style and script, written for Clout and compiled in (Assets/report.css and
/// Assets/report.js): no framework, nothing fetched.
enum ReportAssets {
  static let css = String(decoding: PackageResources.report_css, as: UTF8.self)
  static let script = String(decoding: PackageResources.report_js, as: UTF8.self)
}
