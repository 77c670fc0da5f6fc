import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses SVG with Foundation's XMLParser and collects what tests look for.
final class SVGInspector: NSObject, XMLParserDelegate {
  private(set) var ids: Set<String> = []
  private(set) var texts: [String] = []
  private(set) var titles: [String] = []
  private(set) var links: [String] = []
  private(set) var elementCount = 0
  private var currentText = ""
  private var open: [String] = []

  /// Parses the document; returns nil when it is not well-formed XML.
  static func inspect(_ bytes: [UInt8]) -> SVGInspector? {
    let inspector = SVGInspector()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = inspector
    parser.shouldResolveExternalEntities = false
    return parser.parse() ? inspector : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elementCount += 1
    open.append(elementName)
    currentText = ""
    if let id = attributes["id"] { ids.insert(id) }
    if let link = attributes["xlink:href"] ?? attributes["href"] { links.append(link) }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { currentText += string }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    if elementName == "text" { texts.append(currentText) }
    if elementName == "title" { titles.append(currentText) }
    currentText = ""
    open.removeLast()
  }
}
