import CloutIO

/// Compact JSON for the page's data script (`OutputValue.compactJSON(inScript:)`): no whitespace,
/// and every `<` written `\u003c` so that no text (a quote containing `</script>`, say) can end the
/// script element early. The line and paragraph separators are escaped too, for older JavaScript
/// parsers. Cost: O(size of the output).
enum ReportJSON {
  static func text(_ value: OutputValue) -> String { value.compactJSON(inScript: true) }
}
