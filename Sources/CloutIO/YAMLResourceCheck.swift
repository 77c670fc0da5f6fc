import CYaml
import Clout

/// Measures a YAML document from libyaml's event stream, before anything is built from it, and
/// stops at the first place where it exceeds `NetworkLimits`: nesting depth, scalar length, and
/// the number of values once every alias is expanded. An alias adds the size of its anchored node
/// without copying it, so the nine-level "billion laughs" bomb (500 bytes expanding to 10⁹
/// values) is refused after a few hundred events, in microseconds.
///
/// Mapping keys must be scalars (or aliases of scalars): a list or a mapping used as a key is
/// refused, since keys are compared and printed whole.
///
/// Malformed YAML is not reported here: the check stops at the first libyaml error and leaves
/// the message to the reader, which reads the same text with the same library.
///
/// Cost: O(length of the text) time; memory O(nesting depth + number of anchors).
enum YAMLResourceCheck {
  private struct Frame {
    var isMapping: Bool
    var anchor: String?
    /// Values in this node so far, itself included.
    var size = 1
    /// Children seen so far (in a mapping, even counts are keys).
    var children = 0
  }

  static func check(_ text: String, file: String, limits: NetworkLimits) throws(InputError) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    var utf8 = Array(text.utf8)
    if utf8.isEmpty { return }
    let result: InputError? = utf8.withUnsafeMutableBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      return walk(&parser, file: file, limits: limits)
    }
    if let result { throw result }
  }

  private static func walk(_ parser: inout yaml_parser_t, file: String, limits: NetworkLimits) -> InputError? {
    var stack: [Frame] = []
    var anchors: [String: Int] = [:]
    var total = 0
    var aliased = 0
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
      defer { yaml_event_delete(&event) }
      let at = SourceLocation(
        file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      var finished: (size: Int, anchor: String?, isScalar: Bool)?
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return nil
      case YAML_SCALAR_EVENT:
        let length = event.data.scalar.length
        if length > limits.maxStringBytes {
          return InputError(
            "a scalar of \(InteropLimits.size(length)) is longer than the "
              + "\(InteropLimits.size(limits.maxStringBytes)) allowed", at: at,
            hint: "keep long texts in a separate file and cite it")
        }
        finished = (1, name(event.data.scalar.anchor), true)
      case YAML_ALIAS_EVENT:
        let alias = name(event.data.alias.anchor) ?? ""
        // An undefined alias is the reader's error to report.
        guard let size = anchors[alias] else { return nil }
        if size > 1, let parent = stack.last, parent.isMapping, parent.children % 2 == 0 {
          return InputError(
            "alias '*\(alias)' names a list or mapping, used as a mapping key", at: at,
            hint: "mapping keys must be plain text")
        }
        aliased += size
        if aliased > limits.maxAliasValues {
          return InputError(
            "alias '*\(alias)' repeats \(size) values, taking what aliases add past the "
              + "\(limits.maxAliasValues) values allowed in one file", at: at,
            hint: "aliases that repeat aliases grow exponentially; write the values out instead")
        }
        finished = (size, nil, false)
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        if let parent = stack.last, parent.isMapping, parent.children % 2 == 0 {
          return InputError(
            "a \(isMapping ? "mapping" : "list") used as a mapping key", at: at, hint: "mapping keys must be plain text"
          )
        }
        if stack.count >= limits.maxDepth {
          return InputError(
            "nested more than \(limits.maxDepth) levels deep", at: at, hint: "a network file needs a few levels only")
        }
        let anchor = name(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
        stack.append(Frame(isMapping: isMapping, anchor: anchor))
        total += 1
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let frame = stack.popLast() else { return nil }
        // The node itself was counted in `total` when it opened.
        if let anchor = frame.anchor { anchors[anchor] = frame.size }
        if var parent = stack.popLast() {
          parent.size += frame.size
          parent.children += 1
          stack.append(parent)
        }
        continue
      default:
        continue
      }
      guard let (size, anchor, isScalar) = finished else { continue }
      if let anchor { anchors[anchor] = size }
      total += size
      if total > limits.maxValues {
        return InputError(
          "the document holds more than the \(limits.maxValues) values a network file may hold", at: at,
          hint: isScalar ? "split the network into several files" : "aliases repeat whole parts; write them out")
      }
      if var parent = stack.popLast() {
        parent.size += size
        parent.children += 1
        stack.append(parent)
      }
    }
  }

  private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
  }
}
