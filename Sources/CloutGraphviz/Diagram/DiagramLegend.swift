import Clout

/// The legend: an HTML-table node listing exactly the entity kinds, groups, line colours (or
/// relation kinds) and
/// non-active statuses that the diagram draws, each with its mark (shape name, fill colour, line
/// colour and arrow, line style). One node works with every layout engine and adds no cluster.
struct DiagramLegend {
  let style: DiagramStyle
  let words: DiagramVocabulary

  /// The HTML label (without the outer `<…>`), or nil when there is nothing to explain.
  func label(
    entityKinds: [EntityKind], groups: [DiagramGroup], relationKinds: [(id: String, kind: RelationKind?)],
    polarities: [Polarity?]?, statuses: [RelationStatus]
  ) -> String? {
    guard !entityKinds.isEmpty || !relationKinds.isEmpty else { return nil }
    var rows: [String] = []
    if !entityKinds.isEmpty {
      rows.append(header(words.word(.entities)))
      for kind in entityKinds {
        rows.append(row(mark: text(shapeName(style.shape(for: kind))), words.entityKind(kind)))
      }
    }
    if !groups.isEmpty {
      rows.append(header(words.word(.groups)))
      for group in groups {
        let swatch =
          "<TD BGCOLOR=\"\(group.fill)\" COLOR=\"\(group.border)\" BORDER=\"2\" WIDTH=\"36\" HEIGHT=\"14\"></TD>"
        rows.append("<TR>" + swatch + cell(group.label) + "</TR>")
      }
    }
    let actors = rows
    rows = []
    if let polarities, !polarities.isEmpty {
      // Merged edges: one row per line colour; kinds are in each edge's label and tooltip.
      rows.append(header(words.word(.relations)))
      for polarity in polarities {
        let color = polarity.map(style.color(for:)) ?? style.mixedColor
        let name = polarity.map { words.polarityName($0) } ?? words.word(.mixed)
        rows.append(row(mark: "<FONT COLOR=\"\(color)\">━━━" + "</FONT>", name))
      }
      rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">" + DOTEscaping.html(words.word(.strength)) + "</TD></TR>")
    } else if !relationKinds.isEmpty {
      rows.append(header(words.word(.relations)))
      for (id, kind) in relationKinds {
        let polarity = kind?.polarity ?? .neutral
        var name = words.relationKind(id)
        switch kind?.influence {
        case .reverse?: name += " (" + words.word(.influenceBack) + ")"
        case .mutual?: name += " (" + words.word(.mutual) + ")"
        default: break
        }
        rows.append(row(mark: line(kind: kind, color: style.color(for: polarity), dash: "━"), name))
      }
      rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">" + DOTEscaping.html(words.word(.strength)) + "</TD></TR>")
    }
    if !statuses.isEmpty {
      rows.append(header(words.word(.statuses)))
      for status in statuses {
        let dash = DiagramStyle.lineStyle(for: status) == "dotted" ? "┈" : "┅"
        let mark = "<FONT COLOR=\"\(style.neutralColor)\">" + String(repeating: dash, count: 4) + "</FONT>"
        rows.append(row(mark: mark, words.statusName(status)))
      }
    }
    // Actors and relations side by side keep the legend about half as tall as one list.
    let columns = [actors, rows].filter { !$0.isEmpty }.map { column in
      "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">"
        + column.joined() + "</TABLE></TD>"
    }
    return "<TABLE BORDER=\"1\" COLOR=\"\(DiagramPalette.grey)\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
      + "<TR><TD COLSPAN=\"\(columns.count)\" ALIGN=\"LEFT\"><B>" + DOTEscaping.html(words.word(.legend))
      + "</B></TD></TR>"
      + "<TR>" + columns.joined() + "</TR></TABLE>"
  }

  private func header(_ text: String) -> String {
    "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>" + DOTEscaping.html(text) + "</I></TD></TR>"
  }

  private func row(mark: String, _ name: String) -> String {
    "<TR><TD ALIGN=\"CENTER\">" + mark + "</TD>" + cell(name) + "</TR>"
  }

  private func cell(_ text: String) -> String { "<TD ALIGN=\"LEFT\">" + DOTEscaping.html(text) + "</TD>" }

  private func text(_ s: String) -> String { DOTEscaping.html(s) }

  /// A line drawn with box-drawing characters and arrow glyphs that mimic the edge's arrows.
  private func line(kind: RelationKind?, color: String, dash: String) -> String {
    let polarity = kind?.polarity ?? .neutral
    let head: String
    let tail: String
    switch polarity {
    case .hostile: (head, tail) = ("┫", "┣")
    case .cooperative: (head, tail) = ("▶", "◀")
    case .neutral: (head, tail) = ("＞", "＜")
    }
    let body = String(repeating: dash, count: 3)
    let glyphs: String
    switch kind?.influence ?? .forward {
    case .forward: glyphs = body + head
    case .reverse: glyphs = body + "▷"
    case .mutual: glyphs = tail + body + head
    case .none: glyphs = (kind?.symmetric ?? false) ? body + dash : body + "▷"
    }
    return "<FONT COLOR=\"\(color)\">" + glyphs + "</FONT>"
  }

  /// The shape's name in the legend language.
  func shapeName(_ shape: DiagramStyle.Shape) -> String {
    let japanese = [
      "ellipse": "楕円", "box": "四角", "hexagon": "六角形", "note": "メモ形", "octagon": "八角形",
      "component": "部品形", "folder": "フォルダ形", "doubleoctagon": "二重八角形", "diamond": "ひし形",
    ]
    if words.language == "ja" {
      let name = japanese[shape.name] ?? shape.name
      return shape.rounded ? "角丸" + name : name
    }
    return shape.rounded ? "rounded " + shape.name : shape.name
  }
}
