/// Prepares Graphviz's SVG for inline use in the page: no XML declaration, doctype or comments,
/// no fixed size (the page sizes it), and no links, so that nothing in the drawing can leave the
/// page (sources are linked from the cards instead). Element ids (entity and relation ids) are
/// kept.
enum ReportSVG {
  static func inline(_ svg: String) -> String {
    var text = Substring(svg)
    if let start = text.range(of: "<svg") { text = text[start.lowerBound...] }
    var out = String(text)
    out = removing(out, between: "<!--", and: "-->")
    out = removingAttribute("xlink:href", from: out)
    out = removingAttribute("target", from: out)
    // The tooltips repeat the evidence the cards show; without them the page is half the size.
    out = removingAttribute("xlink:title", from: out)
    if let end = out.range(of: ">") {
      var head = String(out[..<end.lowerBound])
      head = removingAttribute("width", from: head)
      head = removingAttribute("height", from: head)
      out = head + " id=\"clout-svg\" preserveAspectRatio=\"xMidYMid meet\"" + out[end.lowerBound...]
    }
    return out
  }

  /// `text` without every `open … close` span.
  static func removing(_ text: String, between open: String, and close: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let start = rest.range(of: open) {
      out += rest[..<start.lowerBound]
      guard let end = rest[start.upperBound...].range(of: close) else { return out }
      rest = rest[end.upperBound...]
    }
    return out + rest
  }

  /// `text` without any ` name="…"` attribute (Graphviz always double-quotes and escapes quotes).
  static func removingAttribute(_ name: String, from text: String) -> String {
    var out = ""
    var rest = Substring(text)
    let marker = " " + name + "=\""
    while let start = rest.range(of: marker) {
      out += rest[..<start.lowerBound]
      guard let end = rest[start.upperBound...].firstIndex(of: "\"") else { return out }
      rest = rest[rest.index(after: end)...]
    }
    return out + rest
  }
}
