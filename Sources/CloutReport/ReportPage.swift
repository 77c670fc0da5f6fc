/// Assembles the page: the HTML skeleton with its stable element ids (docs/REPORT.md), the inline
/// style and script, the inline SVG and the embedded JSON. Nothing is loaded from elsewhere: a
/// Content-Security-Policy forbids every request, so a browser refuses any that slipped in.
enum ReportPage {
  static func html(title: String, language: String, svg: String, json: String) -> String {
    let t = escape(title)
    return """
      <!DOCTYPE html>
      <html lang="\(escape(language))">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
      <meta name="generator" content="Clout">
      <title>\(t)</title>
      <style>
      \(ReportAssets.css)
      </style>
      </head>
      <body>
      <header id="clout-header">
        <div class="clout-brand"><h1>\(t)</h1><p id="clout-subtitle"></p></div>
        <div class="clout-search"><input id="search" type="search" autocomplete="off" spellcheck="false"><ul id="clout-results" hidden></ul></div>
      </header>
      <div id="clout-toolbar">
        <label for="as-of" id="clout-as-of-name"></label>
        <input id="as-of" type="range" min="0" max="0" value="0" step="1">
        <output id="clout-as-of-value" for="as-of"></output>
        <span id="clout-legend-note"></span>
      </div>
      <main id="clout-main">
        <section id="clout-stage">
          <div id="clout-diagram">
      \(svg)
          </div>
          <div class="clout-zoom"><button type="button" data-zoom="in">+</button><button type="button" data-zoom="out">−</button><button type="button" data-zoom="fit"></button></div>
          <div id="story" class="clout-story"></div>
        </section>
        <aside id="clout-side">
          <nav id="clout-tabs"></nav>
          <section id="card" class="clout-panel"></section>
          <section id="clout-filters" class="clout-panel" hidden></section>
          <section id="clout-rankings" class="clout-panel" hidden></section>
        </aside>
      </main>
      <script type="application/json" id="clout-data">\(json)</script>
      <script>
      \(ReportAssets.script)
      </script>
      </body>
      </html>

      """
  }

  /// Text for HTML content and attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}
