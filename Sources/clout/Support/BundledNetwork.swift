import Clout
import CloutIO

/// The seed network (graphs/us-china-tech.yaml) compiled into the tool, so commands work from any
/// directory without a FILE, with the archived texts of its sources (graphs/sources) so that its
/// quotes are checked as they are for the file.
enum BundledNetwork {
  static let name = "us-china-tech.yaml (bundled)"

  /// The archived texts compiled in, by the `file:` value that names them. SwiftPM gives every
  /// embedded file its own constant, so the list is written out; a missing entry makes
  /// `clout validate` report the source's `file:` (the CLI tests check the bundled network is clean).
  static let archivedTexts: [String: [UInt8]] = [
    "sources/reuters-2026-02-12.txt": PackageResources.reuters_2026_02_12_txt,
    "sources/chip-blog-2025-12.txt": PackageResources.chip_blog_2025_12_txt,
    "sources/storm-media-2025-06-10.txt": PackageResources.storm_media_2025_06_10_txt,
    "sources/allied-export-controls-report.txt": PackageResources.allied_export_controls_report_txt,
    "sources/dailyview-2025-07.txt": PackageResources.dailyview_2025_07_txt,
    "sources/ref-white-house.txt": PackageResources.ref_white_house_txt,
    "sources/ref-cabinet.txt": PackageResources.ref_cabinet_txt,
  ]

  static func load() throws(InputError) -> LoadedNetwork {
    try NetworkLoader.load(
      text: String(decoding: PackageResources.us_china_tech_yaml, as: UTF8.self), format: .yaml, origin: name,
      archivedTexts: .embedded(archivedTexts.mapValues { String(decoding: $0, as: UTF8.self) }))
  }
}
