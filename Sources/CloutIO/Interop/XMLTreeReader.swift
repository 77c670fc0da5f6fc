import Clout

/// A small, strict XML 1.0 reader for GraphML and GEXF: elements, attributes, character data,
/// CDATA, comments and processing instructions, the five predefined entities and character
/// references. It builds the whole element tree with the line and column of every element and
/// attribute, and fails with a located error on anything that is not well-formed.
///
/// What it refuses on purpose: entity declarations in a DOCTYPE (no entity expansion, so no
/// "billion laughs"), external entities, control characters XML 1.0 forbids, attribute values,
/// text runs or nesting beyond `InteropLimits`. Namespaces are not resolved: names keep their
/// prefix and readers compare local names.
///
/// Cost: O(bytes) time; the tree holds every element and its text.
struct XMLTreeReader {
  private let bytes: [UInt8]
  private let positions: TextPositions
  private let limits: InteropLimits
  private var i = 0
  /// The `node` and `edge` elements opened so far (GraphML and GEXF name them alike).
  private var nodes = 0
  private var edges = 0

  /// Parses UTF-8 bytes (see `XMLText.utf8` for other encodings) into the root element.
  static func parse(_ bytes: [UInt8], file: String, limits: InteropLimits) throws(InputError) -> XMLElementNode {
    var reader = XMLTreeReader(bytes: bytes, positions: TextPositions(bytes, file: file), limits: limits)
    return try reader.document()
  }

  private init(bytes: [UInt8], positions: TextPositions, limits: InteropLimits) {
    self.bytes = bytes
    self.positions = positions
    self.limits = limits
  }

  /// An element being read: the node so far and the offset of its `<`.
  private struct Open {
    var node: XMLElementNode
    var start: Int
    var textBytes = 0
  }

  /// Counts `node` and `edge` elements as they open, so that a file holding more than
  /// `InteropLimits.maxNodes` or `maxEdges` stops at the first one beyond, before the rest is read.
  private mutating func count(_ element: XMLElementNode) throws(InputError) {
    let local = element.name.split(separator: ":").last.map(String.init) ?? element.name
    if local == "node" {
      nodes += 1
      if nodes > limits.maxNodes {
        throw fail(
          "the file holds more than the \(limits.maxNodes) nodes allowed", at: element.range.lowerBound,
          hint: "split the graph into several files")
      }
    } else if local == "edge" {
      edges += 1
      if edges > limits.maxEdges {
        throw fail(
          "the file holds more than the \(limits.maxEdges) edges allowed", at: element.range.lowerBound,
          hint: "split the graph into several files")
      }
    }
  }

  private func fail(_ message: String, at offset: Int, hint: String? = nil) -> InputError {
    InputError("malformed XML: \(message)", at: positions.location(offset), hint: hint)
  }

  private func starts(with text: String, at k: Int) -> Bool {
    let t = Array(text.utf8)
    guard k + t.count <= bytes.count else { return false }
    for j in 0..<t.count where bytes[k + j] != t[j] { return false }
    return true
  }

  private func find(_ text: String, from k: Int) -> Int? {
    let t = Array(text.utf8)
    guard let first = t.first, t.count <= bytes.count else { return nil }
    var j = k
    while j + t.count <= bytes.count {
      if bytes[j] == first, starts(with: text, at: j) { return j }
      j += 1
    }
    return nil
  }

  private mutating func document() throws(InputError) -> XMLElementNode {
    var stack: [Open] = []
    var root: XMLElementNode?
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "<") {
        if starts(with: "<?", at: i) {
          try processingInstruction()
        } else if starts(with: "<!--", at: i) {
          guard let end = find("-->", from: i + 4) else { throw fail("comment is not closed ('-->' missing)", at: i) }
          i = end + 3
        } else if starts(with: "<![CDATA[", at: i) {
          guard !stack.isEmpty else { throw fail("CDATA section outside the root element", at: i) }
          guard let end = find("]]>", from: i + 9) else {
            throw fail("CDATA section is not closed (']]>' missing)", at: i)
          }
          try appendText(
            String(decoding: bytes[(i + 9)..<end], as: UTF8.self), byteCount: end - i - 9, to: &stack, at: i)
          i = end + 3
        } else if starts(with: "<!DOCTYPE", at: i) {
          guard stack.isEmpty, root == nil else { throw fail("DOCTYPE after the root element started", at: i) }
          try doctype()
        } else if starts(with: "</", at: i) {
          let tagStart = i
          i += 2
          let name = try self.name()
          skipSpace()
          guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else {
            throw fail("end tag </\(name)> is not closed with '>'", at: tagStart)
          }
          i += 1
          guard var open = stack.popLast() else {
            throw fail("end tag </\(name)> without a matching start tag", at: tagStart)
          }
          guard open.node.name == name else {
            throw fail(
              "end tag </\(name)> does not match <\(open.node.name)> opened at line \(open.node.location.line)",
              at: tagStart, hint: "close <\(open.node.name)> first")
          }
          open.node.range = open.start..<i
          if stack.isEmpty { root = open.node } else { stack[stack.count - 1].node.children.append(open.node) }
        } else if starts(with: "<!", at: i) {
          throw fail("unexpected markup declaration", at: i)
        } else {
          guard root == nil || !stack.isEmpty else {
            throw fail("a second root element", at: i, hint: "an XML file has exactly one root element")
          }
          let (node, selfClosing) = try startTag()
          try count(node)
          if selfClosing {
            if stack.isEmpty { root = node } else { stack[stack.count - 1].node.children.append(node) }
          } else {
            if stack.count >= limits.maxDepth {
              throw fail("elements nested more than \(limits.maxDepth) deep", at: node.range.lowerBound)
            }
            stack.append(Open(node: node, start: node.range.lowerBound))
          }
        }
      } else {
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
        if stack.isEmpty {
          if let k = (start..<i).first(where: { !Self.isSpace(bytes[$0]) }) {
            throw fail(
              root == nil ? "text before the root element" : "text after the root element", at: k,
              hint: "the file may hold something other than XML, or be two files joined")
          }
        } else {
          let text = try decode(start..<i, attribute: false)
          try appendText(text, byteCount: i - start, to: &stack, at: start)
        }
      }
    }
    if let open = stack.last {
      throw InputError(
        "truncated XML: the file ends inside <\(open.node.name)> opened at line \(open.node.location.line)",
        at: positions.location(bytes.count), hint: "the file is incomplete; export or download it again")
    }
    guard let root else {
      throw InputError(
        bytes.allSatisfy(Self.isSpace) ? "the file is empty" : "no root element: the file holds no XML element",
        at: positions.location(0))
    }
    return root
  }

  private mutating func appendText(
    _ text: String, byteCount: Int, to stack: inout [Open], at offset: Int
  ) throws(InputError) {
    let top = stack.count - 1
    stack[top].textBytes += byteCount
    if stack[top].textBytes > limits.maxTextBytes {
      throw InputError(
        "the text inside <\(stack[top].node.name)> is longer than \(InteropLimits.size(limits.maxTextBytes))",
        at: stack[top].node.location, hint: "the file is not a graph file Clout can read, or a value in it is corrupt")
    }
    stack[top].node.text += text
  }

  private mutating func processingInstruction() throws(InputError) {
    let start = i
    guard let end = find("?>", from: i + 2) else {
      throw fail("processing instruction is not closed ('?>' missing)", at: i)
    }
    i = end + 2
    if starts(with: "<?xml", at: start), start + 5 < bytes.count,
      Self.isSpace(bytes[start + 5]) || bytes[start + 5] == UInt8(ascii: "?"),
      start != 0
    {
      throw fail("the XML declaration must be the very first thing in the file", at: start)
    }
  }

  private mutating func doctype() throws(InputError) {
    let start = i
    var bracket = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "[") { bracket += 1 }
      if b == UInt8(ascii: "]") { bracket -= 1 }
      if bracket > 0, starts(with: "<!ENTITY", at: i) {
        throw fail(
          "entity declarations are not supported", at: i, hint: "remove the <!ENTITY …> declarations from the DOCTYPE")
      }
      if b == UInt8(ascii: ">"), bracket <= 0 {
        i += 1
        return
      }
      i += 1
    }
    throw fail("DOCTYPE is not closed", at: start)
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  private static func isNameByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
      || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
      || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b >= 0x80
  }

  private mutating func skipSpace() {
    while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
  }

  private mutating func name() throws(InputError) -> String {
    let start = i
    while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
    guard i > start else {
      if i >= bytes.count {
        throw InputError(
          "truncated XML: the file ends inside a tag", at: positions.location(i),
          hint: "the file is incomplete; export or download it again")
      }
      throw fail("expected a name, found '\(Character(Unicode.Scalar(bytes[i])))'", at: i)
    }
    let first = bytes[start]
    if (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: "-")
      || first == UInt8(ascii: ".")
    {
      throw fail("a name cannot start with '\(Character(Unicode.Scalar(first)))'", at: start)
    }
    return String(decoding: bytes[start..<i], as: UTF8.self)
  }

  private mutating func startTag() throws(InputError) -> (XMLElementNode, Bool) {
    let start = i
    i += 1
    let name = try self.name()
    var attributes: [XMLElementNode.Attribute] = []
    while true {
      let beforeSpace = i
      skipSpace()
      guard i < bytes.count else {
        throw InputError(
          "truncated XML: the file ends inside the start tag <\(name)>", at: positions.location(i),
          hint: "the file is incomplete; export or download it again")
      }
      if bytes[i] == UInt8(ascii: ">") {
        i += 1
        let node = XMLElementNode(
          name: name, attributes: attributes, children: [], text: "", location: positions.location(start),
          range: start..<i)
        return (node, false)
      }
      if starts(with: "/>", at: i) {
        i += 2
        let node = XMLElementNode(
          name: name, attributes: attributes, children: [], text: "", location: positions.location(start),
          range: start..<i)
        return (node, true)
      }
      guard i > beforeSpace else { throw fail("expected a space before the next attribute of <\(name)>", at: i) }
      let attributeStart = i
      let attributeName = try self.name()
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
        throw fail("attribute '\(attributeName)' of <\(name)> has no value ('=' missing)", at: attributeStart)
      }
      i += 1
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
        throw fail("the value of attribute '\(attributeName)' must be in quotes", at: i)
      }
      let quote = bytes[i]
      i += 1
      let valueStart = i
      while i < bytes.count, bytes[i] != quote {
        if bytes[i] == UInt8(ascii: "<") {
          throw fail("'<' inside the value of attribute '\(attributeName)'", at: i, hint: "write it as &lt;")
        }
        i += 1
      }
      guard i < bytes.count else {
        throw InputError(
          "truncated XML: the file ends inside the value of attribute '\(attributeName)' of <\(name)>",
          at: positions.location(valueStart), hint: "the file is incomplete, or a quote is missing")
      }
      if i - valueStart > limits.maxValueBytes {
        throw InputError(
          "the value of attribute '\(attributeName)' of <\(name)> is \(InteropLimits.size(i - valueStart)), "
            + "longer than the \(InteropLimits.size(limits.maxValueBytes)) allowed",
          at: positions.location(attributeStart), hint: "the value is corrupt or not meant for a graph file")
      }
      let value = try decode(valueStart..<i, attribute: true)
      i += 1
      if attributes.contains(where: { $0.name == attributeName }) {
        throw fail("attribute '\(attributeName)' appears twice in <\(name)>", at: attributeStart)
      }
      attributes.append(.init(name: attributeName, value: value, location: positions.location(attributeStart)))
    }
  }

  /// Decodes character data or an attribute value: entity and character references, line-end
  /// normalisation (CR LF and CR become LF) and, in attributes, white space becoming spaces.
  private func decode(_ range: Range<Int>, attribute: Bool) throws(InputError) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(range.count)
    var k = range.lowerBound
    while k < range.upperBound {
      let b = bytes[k]
      switch b {
      case UInt8(ascii: "&"):
        guard let semicolon = (k + 1..<min(range.upperBound, k + 12)).first(where: { bytes[$0] == UInt8(ascii: ";") })
        else { throw fail("'&' that starts no entity or character reference", at: k, hint: "write it as &amp;") }
        let entity = String(decoding: bytes[(k + 1)..<semicolon], as: UTF8.self)
        guard let scalar = try reference(entity, at: k) else {
          throw fail("unknown entity '&\(entity);'", at: k, hint: "only &lt; &gt; &amp; &quot; &apos; are predefined")
        }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        k = semicolon + 1
      case 0x0D:
        out.append(attribute ? 0x20 : 0x0A)
        k += 1
        if k < range.upperBound, bytes[k] == 0x0A { k += 1 }
      case 0x0A, 0x09:
        out.append(attribute ? 0x20 : b)
        k += 1
      case 0x00..<0x20:
        throw fail(
          "control character U+\(String(b, radix: 16, uppercase: true)) is not allowed in XML", at: k,
          hint: "the file may be binary or in a different encoding")
      default:
        out.append(b)
        k += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private func reference(_ entity: String, at offset: Int) throws(InputError) -> Unicode.Scalar? {
    switch entity {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    default: break
    }
    guard entity.hasPrefix("#") else { return nil }
    let digits = entity.dropFirst()
    let value: UInt32? =
      digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
    guard let value, let scalar = Unicode.Scalar(value),
      value == 0x09 || value == 0x0A || value == 0x0D || value >= 0x20
    else {
      throw fail("'&\(entity);' is not a character XML allows", at: offset)
    }
    return scalar
  }
}
