import Clout
import CloutAnswers
import CloutIO
import Foundation

/// The review file of a network: `NAME.review.yaml` next to `NAME.yaml` (or `.yml`, `.json`).
/// It holds the additions an assistant proposed through `clout mcp --allow-edits`, in the
/// network format's `entities:` and `relations:` sections, each with its citations and the time it
/// was proposed. Clout never writes the network itself: a person reads the proposals, moves the
/// good ones into the network file and deletes them here. `clout validate` reports them.
enum ReviewFile {
  /// `graphs/x.yaml` → `graphs/x.review.yaml`.
  static func path(forNetwork file: String) -> String {
    let ns = file as NSString
    let ext = ns.pathExtension.lowercased()
    let stem = ["yaml", "yml", "json"].contains(ext) ? ns.deletingPathExtension : file
    return stem + ".review.yaml"
  }

  /// The proposals in the file, in file order; none when it does not exist.
  static func read(_ path: String) throws(InputError) -> [Proposal] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    let tree = try YAMLTreeReader.read(try NetworkLoader.readText(path), file: path)
    if tree.isNull { return [] }
    guard case .object(let sections) = tree.content else {
      throw InputError("\(path): a review file is a mapping with 'entities:' and 'relations:'", at: tree.location)
    }
    var out: [Proposal] = []
    for (key, keyLocation, value) in sections {
      let kind: Proposal.Kind
      switch key {
      case "entities": kind = .entity
      case "relations": kind = .relation
      case "network": continue
      default:
        throw InputError(
          "unknown section '\(key)' in a review file", at: keyLocation,
          hint: "only entities: and relations: belong here")
      }
      if value.isNull { continue }
      guard case .array(let items) = value.content else {
        throw InputError("'\(key)' must be a list, not \(value.shape)", at: value.location)
      }
      for item in items {
        guard case .object(let fields) = item.content else {
          throw InputError("a proposal must be a mapping, not \(item.shape)", at: item.location)
        }
        out.append(Proposal(kind: kind, fields: fields.map { ($0.key, plain($0.value)) }, location: item.location))
      }
    }
    return out
  }

  /// Writes every proposal, atomically; the network file is never touched.
  static func write(_ proposals: [Proposal], network: String, to path: String) throws(InputError) {
    let entities = proposals.filter { $0.kind == .entity }.map(\.tree)
    let relations = proposals.filter { $0.kind == .relation }.map(\.tree)
    var text = """
      # Proposed additions to \(network), made through `clout mcp --allow-edits`. Every quote was
      # found verbatim in the archived text of its source. NOT part of the network: check each
      # proposal, move the good ones into \(network) and delete them here (docs/MCP.md).

      """
    text += YAMLWriter.write(
      .object([
        ("network", .string(network)), ("entities", .array(entities)), ("relations", .array(relations)),
      ]))
    try AtomicFile.write(text, to: path)
  }

  /// A YAML value as an output tree: unquoted numbers, booleans and nulls as such, all else text.
  private static func plain(_ v: LocatedValue) -> OutputValue {
    switch v.content {
    case .scalar(let s, let quoted):
      if quoted { return .string(s) }
      if v.isNull { return .null }
      if s == "true" { return .bool(true) }
      if s == "false" { return .bool(false) }
      if let x = Double(s), PartialDate(s) == nil || s.contains(".") { return .number(x) }
      return .string(s)
    case .array(let items): return .array(items.map(plain))
    case .object(let fields): return .object(fields.map { ($0.key, plain($0.value)) })
    }
  }
}

/// What `clout validate` says about a network's review file: how many proposals wait, and every
/// one that no longer passes the checks (a quote not in its source, an unknown reference…).
public struct ReviewReport: Sendable {
  public let path: String
  public let entities: Int
  public let relations: Int
  public let diagnostics: [Diagnostic]

  /// The report for the review file next to `networkFile`, or nil when there is none.
  public static func check(networkFile: String, network: Network) -> ReviewReport? {
    let path = ReviewFile.path(forNetwork: networkFile)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let proposals: [Proposal]
    do throws(InputError) {
      proposals = try ReviewFile.read(path)
    } catch {
      return ReviewReport(path: path, entities: 0, relations: 0, diagnostics: error.diagnostics)
    }
    var check = ReviewCheck(network: network, texts: SourceTexts(networkFile: networkFile))
    check.proposedEntities = Set(proposals.filter { $0.kind == .entity }.compactMap { $0.string("id") })
    var diagnostics: [Diagnostic] = []
    for p in proposals {
      for problem in check.problems(p) {
        diagnostics.append(
          .error(
            "proposed \(p.title): \(problem.message)", at: p.location,
            hint: "fix or delete this proposal in the review file"))
      }
    }
    return ReviewReport(
      path: path, entities: proposals.filter { $0.kind == .entity }.count,
      relations: proposals.filter { $0.kind == .relation }.count, diagnostics: diagnostics)
  }

  /// The report as `clout validate --format json` gives it, under "review".
  public var tree: OutputValue {
    .object([
      ("file", .string(path)), ("entities", .int(entities)), ("relations", .int(relations)),
      ("errors", .int(diagnostics.count)), ("diagnostics", .array(diagnostics.map(ValidationView.tree))),
    ])
  }

  /// `x.review.yaml: 2 proposals awaiting review (1 entity, 1 relation) — 0 error(s)`.
  public var summary: String {
    let n = entities + relations
    return
      "\(path): \(n) proposal\(n == 1 ? "" : "s") awaiting review (\(entities) entit\(entities == 1 ? "y" : "ies"), "
      + "\(relations) relation\(relations == 1 ? "" : "s")) — \(diagnostics.count) error(s)"
  }
}
