import Clout
import Yams

/// Reads YAML text (one document) into a `LocatedValue` tree with line and column of every node.
/// Anchors and aliases are resolved by the YAML library, after `YAMLResourceCheck` has made sure
/// that expanding them stays within `limits`; merge keys are not supported.
package enum YAMLTreeReader {
  package static func read(_ text: String, file: String, limits: NetworkLimits = .standard) throws(InputError)
    -> LocatedValue
  {
    try YAMLResourceCheck.check(text, file: file, limits: limits)
    let node: Node?
    do {
      // No implicit tag resolution: the decoder reads plain scalars itself, and resolving tags
      // runs regular expressions on every key the duplicate check hashes.
      node = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      throw InputError([diagnostic(for: error, text: text, file: file)])
    } catch {
      throw InputError("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
    }
    guard let node else {
      throw InputError(
        "the file is empty", at: SourceLocation(file: file, line: 1, column: 1),
        hint: "a network file starts with 'clout: 1' and lists entities and relations (see docs/FORMAT.md)")
    }
    return convert(node, file: file)
  }

  private static func location(_ mark: Mark?, _ file: String) -> SourceLocation {
    SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  private static func convert(_ node: Node, file: String) -> LocatedValue {
    let at = location(node.mark, file)
    switch node {
    case .scalar(let scalar):
      let quoted = scalar.style != .plain && scalar.style != .any
      return LocatedValue(.scalar(scalar.string, quoted: quoted), at: at)
    case .sequence(let sequence):
      return LocatedValue(.array(sequence.map { convert($0, file: file) }), at: at)
    case .mapping(let mapping):
      var fields: [(key: String, keyLocation: SourceLocation, value: LocatedValue)] = []
      for (key, value) in mapping {
        fields.append((key.string ?? "\(key)", location(key.mark, file), convert(value, file: file)))
      }
      return LocatedValue(.object(fields), at: at)
    case .alias(let alias):
      return LocatedValue(.scalar("*\(alias)", quoted: true), at: at)
    }
  }

  /// The line and column (in Unicode scalars, as libyaml counts) of the character at `offset`.
  private static func location(ofCharacter offset: Int, in text: String, _ file: String) -> SourceLocation {
    let index = text.index(text.startIndex, offsetBy: min(max(offset, 0), text.count))
    return TextPositions(Array(text.utf8), file: file).location(text.utf8.distance(from: text.startIndex, to: index))
  }

  private static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // The context says what was being read and where it began (an unterminated string is
      // noticed only at the end of the file).
      let during = context.map { " \($0.text) at line \($0.mark.line), column \($0.mark.column)" } ?? ""
      // libyaml phrases some problems as the second half of a sentence ("expected a single
      // document in the stream" … "but found another document").
      var message = "\(problem)\(during)"
      if let context, problem.hasPrefix("but ") {
        message = "\(context.text) (line \(context.mark.line), column \(context.mark.column)) \(problem)"
      }
      return .error(
        "malformed YAML: \(message)", at: location(mark, file),
        hint: "check indentation, quotes and colons around this place")
    case .reader(let problem, let offset, _, _):
      // `offset` counts characters; the text is already valid UTF-8, so the problem is a
      // character YAML does not allow, such as a control character.
      return .error(
        "unreadable YAML: \(problem)",
        at: offset.map { location(ofCharacter: $0, in: text, file) } ?? SourceLocation(file: file, line: 1, column: 1),
        hint: "remove the character, or write it as an escape such as \\u0007 inside double quotes")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .error(
        "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
        at: location(context.mark, file), hint: "each key may appear once per mapping")
    default:
      return .error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
    }
  }
}
