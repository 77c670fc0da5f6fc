import CloutIO

/// The words of the page's interface, in English or Japanese (any other language falls back to
/// English).
enum ReportLabels {
  static func words(_ language: String) -> OutputValue {
    let table = language == "ja" ? japanese : [:]
    return .object(english.map { key, text in (key, .string(table[key] ?? text)) })
  }

  /// Key and English text, in a fixed order.
  static let english: [(String, String)] = [
    ("search", "Search any name or alias…"), ("noMatch", "No actor of that name"),
    ("fit", "Fit"), ("zoomIn", "Zoom in"), ("zoomOut", "Zoom out"),
    ("tabCard", "Card"), ("tabFilters", "Filters"), ("tabRankings", "Rankings"), ("tabAbout", "About"),
    ("hint", "Click an actor or a relation in the diagram, search a name, or play a story."),
    ("names", "Also known as"), ("kind", "Kind"), ("role", "Role"), ("affiliation", "Affiliation"),
    ("note", "Note"), ("relations", "Relations"), ("outgoing", "acts on"), ("incoming", "is acted on by"),
    ("movedBy", "Who moves it"), ("moves", "Whom it moves"),
    ("chainHint", "Strongest influence chains computed by Clout; click a hop for its evidence."),
    ("score", "strength"), ("hop", "hop"), ("hops", "hops"), ("cooperative", "cooperative"), ("hostile", "hostile"),
    ("neutral", "neutral"), ("asOf", "As of"), ("allDates", "all dates"), ("topics", "Topics"),
    ("kinds", "Relation kinds"), ("statuses", "Statuses"), ("all", "all"), ("none", "none"),
    ("rank", "#"), ("actor", "Actor"), ("influence", "Influence"), ("pagerank", "PageRank"),
    ("betweenness", "Betweenness"),
    ("influenceHelp", "how much it moves others (PageRank on reversed influence)"),
    ("pagerankHelp", "how much it is moved (PageRank along influence)"),
    ("betweennessHelp", "brokerage: share of strongest chains through it"),
    ("rankingsHint", "Computed by Clout on the whole report, before the page's filters. Click a column to sort."),
    ("story", "Story"), ("stories", "Stories"), ("storiesCount", "stories"), ("chooseStory", "Play a story…"),
    ("prev", "Previous"),
    ("next", "Next"), ("step", "Step"), ("of", "of"), ("close", "Close"),
    ("source", "Source"), ("link", "open"), ("confidence", "confidence"), ("strength", "strength"),
    ("status", "status"), ("when", "date"), ("about", "about"), ("place", "place"), ("undated", "undated"),
    ("evidence", "Evidence"), ("relation", "Relation"), ("actors", "actors"), ("relationsCount", "relations"),
    ("sources", "sources"), ("madeWith", "Made with Clout: every relation carries its source and a verbatim quote."),
    ("inStory", "In this step"), ("rankOf", "rank"), ("notInForce", "not in force on this date"),
    (
      "legend",
      "Line colour: vermilion hostile, blue cooperative, grey neutral, purple both; dashed: ended or paused; dotted: alleged."
    ),
  ]

  static let japanese: [String: String] = [
    "search": "名前・別名で検索…", "noMatch": "該当する主体がありません",
    "fit": "全体表示", "zoomIn": "拡大", "zoomOut": "縮小",
    "tabCard": "カード", "tabFilters": "絞り込み", "tabRankings": "ランキング", "tabAbout": "概要",
    "hint": "図の主体や関係をクリックするか、名前を検索するか、ストーリーを再生してください。",
    "names": "別名", "kind": "種類", "role": "役割", "affiliation": "所属", "note": "注",
    "relations": "関係", "outgoing": "働きかける", "incoming": "働きかけられる",
    "movedBy": "この主体を動かす者", "moves": "この主体が動かす者",
    "chainHint": "Clout が計算した最も強い影響の連鎖。各段をクリックすると根拠を表示します。",
    "score": "強さ", "hop": "段", "hops": "段", "cooperative": "協調的", "hostile": "敵対的", "neutral": "中立",
    "asOf": "時点", "allDates": "全期間", "topics": "対象", "kinds": "関係の種類", "statuses": "状態",
    "all": "すべて", "none": "なし", "rank": "#", "actor": "主体", "influence": "影響力",
    "pagerank": "PageRank", "betweenness": "媒介中心性",
    "influenceHelp": "他を動かす度合い(逆向きの影響に対する PageRank)",
    "pagerankHelp": "動かされる度合い(影響に沿った PageRank)",
    "betweennessHelp": "仲介:最も強い連鎖が通過する割合",
    "rankingsHint": "ページの絞り込み前に、レポート全体について Clout が計算。列をクリックで並べ替え。",
    "story": "ストーリー", "stories": "ストーリー", "storiesCount": "ストーリー", "chooseStory": "ストーリーを再生…", "prev": "前へ",
    "next": "次へ", "step": "ステップ", "of": "/", "close": "閉じる",
    "source": "出典", "link": "開く", "confidence": "確度", "strength": "強さ", "status": "状態",
    "when": "日付", "about": "対象", "place": "場所", "undated": "日付なし", "evidence": "根拠",
    "relation": "関係", "actors": "主体", "relationsCount": "関係", "sources": "出典",
    "madeWith": "Clout で作成:すべての関係に出典と原文どおりの引用があります。",
    "inStory": "このステップ", "rankOf": "順位", "notInForce": "この時点では効力なし",
    "legend": "線の色:朱=敵対的、青=協調的、灰=中立、紫=両方。破線=終了・停止、点線=報道ベース。",
  ]
}
