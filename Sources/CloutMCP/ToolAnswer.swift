import CloutIO

/// What a tool returns: the structured data (the tree `--format json` prints on the command
/// line) and a short text for the assistant to read.
struct ToolAnswer: Sendable {
  var structured: OutputValue
  var text: String
  /// An SVG or DOT drawing to attach as an embedded resource (`render`).
  var drawing: Drawing?

  struct Drawing: Sendable {
    var uri: String
    var mimeType: String
    var text: String
  }

  init(structured: OutputValue, text: String, drawing: Drawing? = nil) {
    self.structured = structured
    self.text = text
    self.drawing = drawing
  }
}
