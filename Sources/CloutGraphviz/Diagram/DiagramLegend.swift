import Clout

/// The legend: an HTML-table node listing exactly the groups, line looks (colour and arrowheads,
/// with the relation kinds drawn in each, grouped under their polarity), line styles, node size
/// meaning and highlighted chain that the diagram draws, each with its mark (fill swatch, coloured
/// line with its arrowheads, black dashes or dots). Entity kinds are drawn beside it as sample
/// nodes of their shape. One node works with every layout engine and adds no cluster.
struct DiagramLegend {
  let style: DiagramStyle
  let words: DiagramVocabulary

  /// What a legend explains, each part exactly as drawn.
  struct Contents {
    var groups: [DiagramGroup] = []
    /// Line colours with their arrowheads, each with the relation kinds drawn in it.
    var lines: [LineKey] = []
    /// Line styles drawn besides solid (`dashed`, `dotted`), each with the statuses it stands for.
    var styles: [(style: String, statuses: [RelationStatus])] = []
    /// What node size means (`--size-by`), or nil.
    var sizeMeaning: String?
    /// The highlighted chain's end names, or nil.
    var path: (from: String, to: String)?
  }

  /// One line look of the legend: colour, arrowheads, and the relation kinds drawn that way.
  struct LineKey {
    var polarity: Polarity?
    /// `forward`, `reverse`, `mutual` (arrows at both ends) or `none`.
    var form: String
    var kinds: [String]
  }

  /// The HTML label (without the outer `<…>`), or nil when there is nothing to explain. Entity
  /// kinds are not in it: the legend draws them as sample nodes of their own shape (`DiagramBuilder`).
  func label(_ contents: Contents) -> String? {
    guard !contents.groups.isEmpty || !contents.lines.isEmpty else { return nil }
    var left: [String] = []
    if !contents.groups.isEmpty {
      left.append(header(words.word(.groups)))
      for group in contents.groups {
        left.append("<TR>" + swatch(fill: group.fill, border: group.border, width: 2) + cell(group.label) + "</TR>")
      }
    }
    if let meaning = contents.sizeMeaning {
      let grey = "<FONT COLOR=\"\(DiagramPalette.grey)\""
      let dots = grey + ">●</FONT> " + grey + " POINT-SIZE=\"22\">●</FONT>"
      left.append(row(mark: dots, words.word(.nodeSize) + meaning))
    }
    if let path = contents.path {
      left.append(
        "<TR>" + swatch(fill: "white", border: DiagramPalette.black, width: 3)
          + cell(words.word(.chain) + path.from + " → " + path.to) + "</TR>")
      left.append("<TR><TD></TD>" + cell(words.word(.chainLines)) + "</TR>")
    }
    var right: [String] = []
    if !contents.lines.isEmpty {
      right.append(header(words.word(.relations)))
      for key in contents.lines {
        let color = key.polarity.map(style.color(for:)) ?? style.mixedColor
        var name = key.polarity.map { words.polarityName($0) } ?? words.word(.mixed)
        switch key.form {
        case "reverse": name += " (" + words.word(.influenceBack) + ")"
        case "mutual": name += " (" + words.word(.mutual) + ")"
        default: break
        }
        let kinds = wrapped(key.kinds.map(words.relationKind), width: 44)
        right.append(
          "<TR><TD ALIGN=\"CENTER\" VALIGN=\"TOP\">" + line(polarity: key.polarity, form: key.form, color: color)
            + "</TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + DOTEscaping.html(name) + (kinds.isEmpty ? "" : ": ")
            + kinds.map(DOTEscaping.html).joined(separator: "<BR/>") + "</TD></TR>")
      }
      right.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">" + DOTEscaping.html(words.word(.strength)) + "</TD></TR>")
    }
    for (lineStyle, statuses) in contents.styles {
      let dash = lineStyle == "dotted" ? "· · · · · ·" : "– – – –"
      let mark = "<FONT COLOR=\"\(DiagramPalette.black)\"><B>" + dash + "</B></FONT>"
      right.append(row(mark: mark, statuses.map(words.statusName).joined(separator: ", ")))
    }
    // Groups and relations side by side keep the legend about half as tall as one list.
    let columns = [left, right].filter { !$0.isEmpty }.map { column in
      "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">"
        + column.joined() + "</TABLE></TD>"
    }
    return "<TABLE BORDER=\"1\" COLOR=\"\(DiagramPalette.grey)\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
      + "<TR><TD COLSPAN=\"\(columns.count)\" ALIGN=\"LEFT\"><B>" + DOTEscaping.html(words.word(.legend))
      + "</B></TD></TR>"
      + "<TR>" + columns.joined() + "</TR></TABLE>"
  }

  private func swatch(fill: String, border: String, width: Int) -> String {
    "<TD BGCOLOR=\"\(fill)\" COLOR=\"\(border)\" BORDER=\"\(width)\" WIDTH=\"36\" HEIGHT=\"14\"></TD>"
  }

  /// Words joined by ", " into lines of at most about `width` characters.
  private func wrapped(_ items: [String], width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for (i, item) in items.enumerated() {
      let piece = item + (i < items.count - 1 ? "," : "")
      if !current.isEmpty, current.count + 1 + piece.count > width {
        lines.append(current)
        current = piece
      } else {
        current += (current.isEmpty ? "" : " ") + piece
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  private func header(_ text: String) -> String {
    "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>" + DOTEscaping.html(text) + "</I></TD></TR>"
  }

  private func row(mark: String, _ name: String) -> String {
    "<TR><TD ALIGN=\"CENTER\">" + mark + "</TD>" + cell(name) + "</TR>"
  }

  private func cell(_ text: String) -> String { "<TD ALIGN=\"LEFT\">" + DOTEscaping.html(text) + "</TD>" }

  /// A line drawn with box-drawing characters and arrow glyphs that mimic the edge's arrows:
  /// hostile ┫ (Graphviz `tee`), cooperative ▶ (`normal`), neutral ＞ (`vee`), influence flowing
  /// back ▷ (`onormal`), mutual kinds with the polarity's head at both ends.
  private func line(polarity: Polarity?, form: String, color: String) -> String {
    let head: String
    let tail: String
    switch polarity {
    case .hostile?: (head, tail) = ("┫", "┣")
    case .cooperative?, nil: (head, tail) = ("▶", "◀")
    case .neutral?: (head, tail) = ("＞", "＜")
    }
    let body = "━━━"
    let glyphs: String
    switch form {
    case "reverse": glyphs = body + "▷"
    case "mutual": glyphs = tail + body + head
    case "none": glyphs = body + "━"
    default: glyphs = body + head
    }
    return "<FONT COLOR=\"\(color)\">" + glyphs + "</FONT>"
  }
}
