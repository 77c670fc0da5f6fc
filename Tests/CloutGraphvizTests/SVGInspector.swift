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
  /// `xlink:title` of links: where Graphviz puts tooltips.
  private(set) var linkTitles: [String] = []
  private(set) var elementCount = 0
  private var currentText = ""
  private var open: [String] = []

  /// Parses the document, or throws the parser's error (with line and column).
  static func parse(_ bytes: [UInt8]) throws -> SVGInspector {
    let inspector = SVGInspector()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = inspector
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else {
      if ProcessInfo.processInfo.environment["CLOUT_DUMP_SVG"] != nil {
        try? Data(bytes).write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "clout-bad.svg"))
      }
      throw SVGError(
        line: parser.lineNumber, column: parser.columnNumber,
        message: parser.parserError.map { String(describing: $0) } ?? "not well-formed")
    }
    return inspector
  }

  struct SVGError: Error, CustomStringConvertible {
    let line: Int
    let column: Int
    let message: String
    var description: String { "SVG is not well-formed XML at \(line):\(column): \(message)" }
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
    if let title = attributes["xlink:title"] { linkTitles.append(title) }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { currentText += string }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    if elementName == "text" { texts.append(currentText) }
    if elementName == "title" { titles.append(currentText) }
    currentText = ""
    open.removeLast()
  }
}
