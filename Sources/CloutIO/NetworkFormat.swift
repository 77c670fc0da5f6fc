/// The file formats Clout reads and writes networks in.
public enum NetworkFormat: String, Sendable, CaseIterable {
  /// Clout's authoring format (docs/FORMAT.md).
  case yaml
  /// The same schema as JSON.
  case json

  /// The format a file name's extension implies, if any.
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
      self = .yaml
    } else if lower.hasSuffix(".json") {
      self = .json
    } else {
      return nil
    }
  }
}
