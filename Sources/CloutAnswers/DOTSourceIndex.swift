import Clout
import CloutGraphviz
import CloutIO

/// Where a DOT text names each node and states each edge, found by one pass of a tolerant parser
/// over its tokens (`DOTLexer`) that follows DOT's grammar: statements, subgraphs, edge chains
/// `a -> b -> c` and subgraph operands `{a b} -> c` (each node of one operand joined to each of the
/// next, as Graphviz does), ports, attribute lists and `key=` values.
///
/// The same pass counts what the text states and checks it against the limits *before* Graphviz
/// parses it: a few kilobytes of `{a1 … a3000} -> {b1 … b3000}` state nine million edges, which
/// cgraph would build in memory. It also counts the records Graphviz makes of nodes in subgraphs
/// (one per node and subgraph around it). The error names the first node, edge statement or
/// membership beyond a bound, or the subgraph nested too deep. Syntax is not judged here
/// (Graphviz's parser does that, with its line).
///
/// Cost: O(text + stated edges) time; memory O(nodes + distinct edges), bounded by the limits.
struct DOTSourceIndex {
  typealias Place = DOTLexer.Place

  let origin: String
  let text: String
  /// The byte offset where each line starts.
  private let lineStarts: [Int]
  /// Each node's first mention.
  private let firstMention: [String: Place]
  /// Each node's first mention in an edge statement.
  private let firstEdgeMention: [String: Place]
  /// Where each (tail, head) pair is first stated, at the tail's token, and where it is stated again.
  private let stated: [String: Place]
  private let restated: [String: [Place]]
  /// The first statement of a (tail, head) pair whose attributes give it a key.
  private let keyed: [String: Place]

  /// Scans `text`; throws when it states more nodes or edges than `limits` allow, or nests
  /// subgraphs deeper than `limits.maxDepth`.
  init(text: String, origin: String, limits: InteropLimits = .standard) throws(InputError) {
    self.text = text
    self.origin = origin
    var copy = text
    let scan = copy.withUTF8 { bytes -> Result<Scan, InputError> in
      var scan = Scan(lexer: DOTLexer(bytes), limits: limits, origin: origin)
      do throws(InputError) {
        try scan.graph()
      } catch {
        return .failure(error)
      }
      return .success(scan)
    }
    let result = try scan.get()
    lineStarts = result.lexer.lineStarts
    firstMention = result.firstMention
    firstEdgeMention = result.firstEdgeMention
    stated = result.stated
    restated = result.restated
    keyed = result.keyed
  }

  var top: SourceLocation { SourceLocation(file: origin, line: 1, column: 1) }

  private func location(_ place: Place) -> SourceLocation {
    SourceLocation(file: origin, line: place.line, column: place.column)
  }

  /// The node's first mention (in a node statement, an edge or a subgraph), else the top.
  func nodeLocation(_ id: String) -> SourceLocation { firstMention[id].map(location) ?? top }

  /// Where the edge is stated (see `place`), at its tail, and what an imported relation quotes,
  /// verbatim: the line stating it; else the top and the whole text.
  func statement(tail: String, head: String, key: String?, occurrence: Int, directed: Bool)
    -> (location: SourceLocation, quote: String)
  {
    guard let place = place(tail: tail, head: head, key: key, occurrence: occurrence, directed: directed) else {
      return (top, text)
    }
    return (location(place), line(place.line))
  }

  /// Line `number` (1-based) without its line break.
  private func line(_ number: Int) -> String {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
    var end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
    if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
    return String(text[start..<end])
  }

  /// The statement of an edge: the first one with its key when one has it; else the
  /// `occurrence`-th statement of its tail and head (the n-th edge between two nodes from the n-th
  /// statement joining them), else the last; in an undirected graph, a statement the other way
  /// round; failing all, the first edge statement naming either end.
  private func place(tail: String, head: String, key: String?, occurrence: Int, directed: Bool) -> Place? {
    for (from, to) in directed ? [(tail, head)] : [(tail, head), (head, tail)] {
      let pair = Scan.pair(from, to)
      if let key, let place = keyed[Scan.keyed(pair, key)] { return place }
      guard let first = stated[pair] else { continue }
      guard occurrence > 0, let more = restated[pair] else { return first }
      return more[min(occurrence, more.count) - 1]
    }
    return [firstEdgeMention[tail], firstEdgeMention[head]].compactMap { $0 }.min { $0.line < $1.line }
  }
}

/// The parser behind `DOTSourceIndex`: recursive descent over the statements of the first graph,
/// never failing on syntax, recording mentions as it goes.
private struct Scan {
  /// A node named in the text, at its (first) token.
  struct Mention {
    var id: String
    var place: DOTLexer.Place
  }

  var lexer: DOTLexer
  let limits: InteropLimits
  let origin: String
  var token: DOTLexer.Token
  var firstMention: [String: DOTLexer.Place] = [:]
  var firstEdgeMention: [String: DOTLexer.Place] = [:]
  var stated: [String: DOTLexer.Place] = [:]
  var restated: [String: [DOTLexer.Place]] = [:]
  var keyed: [String: DOTLexer.Place] = [:]
  var edges = 0
  var memberships = 0

  init(lexer: DOTLexer, limits: InteropLimits, origin: String) {
    self.lexer = lexer
    self.limits = limits
    self.origin = origin
    token = self.lexer.next()
  }

  static func pair(_ tail: String, _ head: String) -> String { tail + "\u{0}" + head }
  static func keyed(_ pair: String, _ key: String) -> String { pair + "\u{0}" + key }

  private mutating func advance() { token = lexer.next() }

  private func error(_ message: String, at place: DOTLexer.Place, hint: String? = nil) -> InputError {
    InputError(message, at: SourceLocation(file: origin, line: place.line, column: place.column), hint: hint)
  }

  /// `[strict] (graph|digraph) [ID] { statements }`: the first graph of the text.
  mutating func graph() throws(InputError) {
    while token.kind != .openBrace && token.kind != .end { advance() }
    guard token.kind == .openBrace else { return }
    advance()
    var nodes: [Mention]? = nil
    try statements(depth: 1, collecting: &nodes)
  }

  /// Statements up to the closing brace (consumed) or the end of the text; the nodes they name are
  /// added to `collected` when it is not nil (a subgraph's nodes, for an edge operand).
  private mutating func statements(depth: Int, collecting collected: inout [Mention]?) throws(InputError) {
    var seen: Set<String> = []
    // Each node new to this subgraph is one membership: Graphviz records the node in every
    // subgraph around it, so 100,000 nodes 200 subgraphs deep made it build 20 million records.
    func collect(_ mentions: [Mention]) throws(InputError) {
      guard collected != nil else { return }
      for m in mentions where seen.insert(m.id).inserted {
        memberships += 1
        if memberships > limits.maxSubgraphMemberships {
          throw error(
            "subgraphs hold more than the \(limits.maxSubgraphMemberships) node memberships allowed "
              + "(a node counts once in every subgraph around it)", at: m.place,
            hint: "the file is corrupt or not meant for a graph file")
        }
        collected?.append(m)
      }
    }
    while token.kind != .closeBrace && token.kind != .end {
      if token.kind == .id, token.keyword == .graph || token.keyword == .node || token.keyword == .edge {
        advance()
        _ = attributeLists()
        continue
      }
      if token.kind == .id, token.keyword == nil {
        let place = Self.place(of: token)
        let value = idValue()
        if token.kind == .equals {
          advance()
          if token.kind == .id { _ = idValue() }
          continue
        }
        let first = try node(value, place: place)
        try collect(try edgeStatement(first: [first], depth: depth))
        continue
      }
      if let operand = try subgraphOperand(depth: depth) {
        try collect(try edgeStatement(first: operand, depth: depth))
        continue
      }
      advance()
    }
    if token.kind == .closeBrace { advance() }
  }

  /// The rest of a statement that began with `first`: edge operators and operands, then attribute
  /// lists. Records each (tail, head) pair it states; returns every node it names.
  private mutating func edgeStatement(first: [Mention], depth: Int) throws(InputError) -> [Mention] {
    var operands = [first]
    while token.kind == .edgeOperator {
      let place = token.place
      advance()
      guard let next = try operand(depth: depth) else { break }
      let (product, overflow) = operands[operands.count - 1].count.multipliedReportingOverflow(by: next.count)
      edges += product
      if overflow || edges > limits.maxEdges {
        throw error(
          "the file states more than the \(limits.maxEdges) edges allowed", at: place,
          hint: "split the graph into several files")
      }
      operands.append(next)
    }
    let keys = attributeLists()
    guard operands.count > 1 else { return first }
    for (tails, heads) in zip(operands, operands.dropFirst()) {
      for tail in tails {
        for head in heads {
          let pair = Self.pair(tail.id, head.id)
          if stated[pair] == nil { stated[pair] = tail.place } else { restated[pair, default: []].append(tail.place) }
          for key in keys where keyed[Self.keyed(pair, key)] == nil { keyed[Self.keyed(pair, key)] = tail.place }
          if firstEdgeMention[tail.id] == nil { firstEdgeMention[tail.id] = tail.place }
          if firstEdgeMention[head.id] == nil { firstEdgeMention[head.id] = head.place }
        }
      }
    }
    return operands.flatMap { $0 }
  }

  /// A node ID (with its port) or a subgraph; nil (nothing consumed) for anything else.
  private mutating func operand(depth: Int) throws(InputError) -> [Mention]? {
    if token.kind == .id, token.keyword == nil {
      let place = Self.place(of: token)
      return [try node(idValue(), place: place)]
    }
    return try subgraphOperand(depth: depth)
  }

  /// A node ID just read (`value`, at `place`): its port skipped, its mention recorded.
  private mutating func node(_ value: String, place: DOTLexer.Place) throws(InputError) -> Mention {
    skipPort()
    return try mention(value, place: place)
  }

  /// `subgraph [ID] { … }`, `{ … }` or `subgraph ID`: the nodes named inside; nil if not a subgraph.
  private mutating func subgraphOperand(depth: Int) throws(InputError) -> [Mention]? {
    if token.kind == .id, token.keyword == .subgraph {
      advance()
      if token.kind == .id, token.keyword == nil { _ = idValue() }
      guard token.kind == .openBrace else { return [] }
    }
    guard token.kind == .openBrace else { return nil }
    if depth >= limits.maxDepth {
      throw error(
        "subgraphs are nested deeper than the \(limits.maxDepth) levels allowed", at: token.place,
        hint: "the file is corrupt or not meant for a graph file")
    }
    advance()
    var nodes: [Mention]? = []
    try statements(depth: depth + 1, collecting: &nodes)
    return nodes ?? []
  }

  /// An ID's value, with `"a" + "b"` concatenations joined.
  private mutating func idValue() -> String {
    var value = token.value
    advance()
    while token.kind == .plus {
      advance()
      guard token.kind == .id else { break }
      value += token.value
      advance()
    }
    return value
  }

  /// `:port` and `:port:compass`, skipped.
  private mutating func skipPort() {
    while token.kind == .colon {
      advance()
      if token.kind == .id { advance() }
    }
  }

  /// Attribute lists `[a=b, c=d][…]`, skipped; returns the values given to `key`.
  private mutating func attributeLists() -> [String] {
    var keys: [String] = []
    while token.kind == .openBracket {
      advance()
      while token.kind != .closeBracket && token.kind != .end {
        guard token.kind == .id else {
          advance()
          continue
        }
        let name = idValue()
        guard token.kind == .equals else { continue }
        advance()
        guard token.kind == .id else { continue }
        let value = idValue()
        if name == "key" { keys.append(value) }
      }
      if token.kind == .closeBracket { advance() }
    }
    return keys
  }

  /// Records a node's mention at `place`; the first mention of a node beyond the limit is an error.
  private mutating func mention(_ id: String, place: DOTLexer.Place) throws(InputError) -> Mention {
    if firstMention[id] == nil {
      if firstMention.count >= limits.maxNodes {
        throw error(
          "the file names more than the \(limits.maxNodes) nodes allowed", at: place,
          hint: "split the graph into several files")
      }
      firstMention[id] = place
    }
    return Mention(id: id, place: place)
  }

  /// Where a node's token is: a quoted ID that needs no quotes at its first character (where its
  /// plain name stands), any other at its first character or quote.
  private static func place(of token: DOTLexer.Token) -> DOTLexer.Place {
    guard token.quoted, DOTEscaping.id(token.value).first != "\"" else { return token.place }
    return DOTLexer.Place(line: token.place.line, column: token.place.column + 1)
  }
}
