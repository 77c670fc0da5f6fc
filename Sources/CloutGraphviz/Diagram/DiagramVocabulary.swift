import Clout

/// The words a diagram prints besides entity names: relation kinds, statuses, entity kinds,
/// legend headings and tooltip field names, in English and Japanese. Any other language, and any
/// word missing from a table, falls back to English; unknown relation and entity kinds show their
/// id with hyphens as spaces. Names a network declares for its relation kinds come first.
public struct DiagramVocabulary: Sendable {
  public let language: String
  /// Names that a network file declares for its relation kinds (`names:` of a kind), by kind id
  /// and language; they come before the built-in tables.
  public var declaredKindNames: [String: [String: String]] = [:]

  public init(language: String) { self.language = language }

  /// The words of `language`, with the relation-kind names `network` declares.
  public init(language: String, network: Network) {
    self.language = language
    for kind in network.relationKinds.kinds where !kind.names.isEmpty { declaredKindNames[kind.id] = kind.names }
  }

  private var isJapanese: Bool { language == "ja" }

  /// A relation kind's label.
  public func relationKind(_ id: String) -> String {
    if let word = declaredKindNames[id]?[language] { return word }
    if isJapanese, let word = Self.japaneseRelationKinds[id] { return word }
    return id.replacingOccurrences(of: "-", with: " ")
  }

  /// An entity kind's label.
  public func entityKind(_ kind: EntityKind) -> String {
    if isJapanese, let word = Self.japaneseEntityKinds[kind.id] { return word }
    return kind.id.replacingOccurrences(of: "-", with: " ")
  }

  /// A status as shown in a label mark, e.g. "(paused)".
  public func statusMark(_ status: RelationStatus) -> String {
    "(" + statusName(status) + ")"
  }

  /// A status name.
  public func statusName(_ status: RelationStatus) -> String {
    if isJapanese, let word = Self.japaneseStatuses[status] { return word }
    return status.rawValue
  }

  /// A polarity's name in the legend.
  public func polarityName(_ polarity: Polarity) -> String {
    switch polarity {
    case .hostile: word(.hostile)
    case .cooperative: word(.cooperative)
    case .neutral: word(.neutral)
    }
  }

  /// A fixed word (legend headings, tooltip fields).
  public func word(_ key: Word) -> String {
    isJapanese ? key.japanese : key.rawValue
  }

  /// Fixed words.
  public enum Word: String, Sendable {
    case legend = "Legend"
    case entities = "Entities"
    case groups = "Groups"
    case other = "Other"
    case relations = "Relations"
    case statuses = "Status"
    case strength = "line width = combined strength"
    case kind = "kind"
    case date = "date"
    case status = "status"
    case confidence = "confidence"
    case about = "about"
    case role = "role"
    case source = "source"
    case note = "note"
    case reference = "reference"
    case community = "Community"
    case influenceBack = "influence flows back"
    case mutual = "mutual"
    case hostile = "hostile"
    case cooperative = "cooperative"
    case neutral = "neutral"
    case mixed = "hostile and cooperative"
    case nodeSize = "node size = "
    case chain = "highlighted chain: "
    case chainLines = "thicker lines, black borders; the rest faded"

    var japanese: String {
      switch self {
      case .legend: "凡例"
      case .entities: "主体"
      case .groups: "グループ"
      case .other: "その他"
      case .relations: "関係"
      case .statuses: "状態"
      case .strength: "線の太さ＝合わせた強さ"
      case .kind: "種類"
      case .date: "日付"
      case .status: "状態"
      case .confidence: "確度"
      case .about: "対象"
      case .role: "役割"
      case .source: "出典"
      case .note: "注"
      case .reference: "参照資料"
      case .community: "コミュニティ"
      case .influenceBack: "影響は逆向き"
      case .mutual: "相互"
      case .hostile: "敵対的"
      case .cooperative: "協調的"
      case .neutral: "中立"
      case .mixed: "敵対的と協調的"
      case .nodeSize: "ノードの大きさ＝"
      case .chain: "強調した連鎖: "
      case .chainLines: "太い線と黒い枠、他は淡く"
      }
    }
  }

  static let japaneseRelationKinds: [String: String] = [
    "lobbies": "働きかけ", "sanctions": "制裁", "restricts": "規制", "negotiates": "交渉", "advises": "助言",
    "regulates": "監督", "criticizes": "批判", "opposes": "反対", "supports": "支持", "supplies": "供給",
    "depends-on": "依存", "allied-with": "同盟", "member-of": "所属", "leads": "率いる", "appoints": "任命",
    "reports-to": "報告", "retaliates": "報復", "transships-via": "経由", "invests-in": "投資", "rejects": "拒否",
    "permits": "許可", "pressures": "圧力", "meets": "会談", "owns": "所有", "competes-with": "競合",
  ]

  static let japaneseEntityKinds: [String: String] = [
    "person": "人物", "agency": "政府機関", "company": "企業", "country": "国・地域", "organization": "団体",
  ]

  static let japaneseStatuses: [RelationStatus: String] = [
    .announced: "発表", .active: "有効", .paused: "停止中", .ended: "終了", .alleged: "未確認", .denied: "否定",
  ]
}
