import Clout

/// One XML element as read: its qualified name, attributes, child elements and character data,
/// with the place it was written and the span of bytes it covers (so that an importer can quote it
/// verbatim).
struct XMLElementNode: Sendable {
  struct Attribute: Sendable {
    var name: String
    var value: String
    var location: SourceLocation
  }

  /// The qualified name as written (`y:ShapeNode`, `edge`).
  var name: String
  var attributes: [Attribute]
  var children: [XMLElementNode]
  /// The character data directly inside the element (CDATA included), children left out.
  var text: String
  /// Where the start tag begins.
  var location: SourceLocation
  /// Byte offsets of the whole element, start tag to end tag, in the UTF-8 text it was read from.
  var range: Range<Int>

  /// The name without its namespace prefix.
  var localName: String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  /// The value of an attribute (by qualified name), or nil.
  func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// Where an attribute is written, or the element's place when it is absent.
  func location(ofAttribute name: String) -> SourceLocation {
    attributes.first { $0.name == name }?.location ?? location
  }

  /// The child elements with this local name, in order.
  func children(named local: String) -> [XMLElementNode] { children.filter { $0.localName == local } }

  /// The first child element with this local name.
  func child(named local: String) -> XMLElementNode? { children.first { $0.localName == local } }

  /// The first element with this local name below this one (depth first), or nil.
  func descendant(named local: String) -> XMLElementNode? {
    for c in children {
      if c.localName == local { return c }
      if let found = c.descendant(named: local) { return found }
    }
    return nil
  }
}
