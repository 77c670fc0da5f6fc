import Clout
import CloutIO

/// The seed network (graphs/us-china-tech.yaml) compiled into the tool, so commands work from any
/// directory without a FILE.
enum BundledNetwork {
  static let name = "us-china-tech.yaml (bundled)"

  static func load() throws(InputError) -> LoadedNetwork {
    try NetworkLoader.load(
      text: String(decoding: PackageResources.us_china_tech_yaml, as: UTF8.self), format: .yaml, origin: name)
  }
}
