import ArgumentParser
import Clout
import CloutGraphviz
import CloutIO

/// The one place that decides how a FILE is read, by its format: Clout's YAML/JSON, an exchange
/// format (GraphML, GEXF, CSV sheets, node-link or Cytoscape.js JSON) or DOT, which CloutGraphviz
/// parses through cgraph. Plain edge lists stay with `AnalysisInput`.
enum InputFile {
  /// What analysis runs on when a FILE is in an exchange format.
  enum AnalysisSource {
    /// A plain graph (its edges name no relation kinds): weights as given, as networkx reads them.
    case plain(AnalysisGraph)
    /// A Clout network (read back from an export, or with kinds on every edge).
    case network(LoadedNetwork)
  }

  /// The exchange format of a path, or nil for Clout's own files and edge lists.
  static func format(of path: String) -> InteropFormat? {
    guard let format = InteropFormat.detect(path: path), format.isReadable else { return nil }
    return format
  }

  /// Reads any network file, mapped onto Clout's model (not yet checked for errors).
  static func loadNetwork(path: String, format: InteropFormat? = nil, options: ImportOptions = ImportOptions())
    throws(InputError) -> LoadedNetwork
  {
    guard let format = format ?? self.format(of: path) else { return try NetworkLoader.load(path: path) }
    if format == .dot { return try DOTInput(path: path).network(options: options) }
    return try InteropReader.load(path: path, format: format, options: options)
  }

  /// Reads a file in an exchange format for analysis: a plain graph, or a network when its edges
  /// carry Clout's relation kinds.
  static func analysisSource(path: String, format: InteropFormat) throws(InputError) -> AnalysisSource {
    if format == .dot {
      let input = try DOTInput(path: path)
      if input.isNetwork { return .network(try input.network(options: ImportOptions())) }
      let (graph, ids) = try input.plainGraph()
      return .plain(AnalysisGraph(graph: graph, ids: ids))
    }
    let imported = try InteropReader.read(path: path, format: format)
    if imported.isNetwork { return .network(ImportMapper.network(from: imported)) }
    let (graph, ids) = try imported.plainGraph()
    return .plain(AnalysisGraph(graph: graph, ids: ids))
  }
}

/// A DOT file parsed through Graphviz (cgraph), mapped by CloutGraphviz's `DOTNetworkImporter`.
struct DOTInput {
  let path: String
  let text: String
  let graph: DOTGraph

  init(path: String) throws(InputError) {
    self.path = path
    text = try NetworkLoader.readText(path)
    do {
      graph = try Graphviz.shared.parse(dot: text).graph
    } catch {
      throw InputError(
        error.message, at: SourceLocation(file: path, line: error.line ?? 1, column: 1),
        hint: error.kind == .parse ? "check the DOT syntax around this line" : nil)
    }
  }

  /// The nodes that are entities (a Clout legend is not).
  private var nodes: [DOTNode] { graph.nodes.filter { graph.value("clout", of: $0)?.string != "legend" } }

  /// Whether every edge names a relation kind (a diagram Clout drew does).
  var isNetwork: Bool { !graph.edges.isEmpty && graph.edges.allSatisfy { graph.value("kind", of: $0) != nil } }

  func network(options: ImportOptions) throws(InputError) -> LoadedNetwork {
    var registry = ImportMapper.importRelationKinds(origin: path)
    var declared: [String] = []
    let named = graph.edges.compactMap { graph.value("kind", of: $0)?.string }
    for kind in [options.relationKind].compactMap({ $0 }) + named where !registry.contains(kind) && !kind.isEmpty {
      registry.register(
        RelationKind(
          id: kind, influence: graph.isDirected ? .forward : .mutual, polarity: .neutral,
          symmetric: !graph.isDirected, defaultStrength: 0.5, description: "declared by the import of \(path)"))
      if kind != options.relationKind { declared.append(kind) }
    }
    let importer = DOTNetworkImporter(
      defaultEntityKind: EntityKind(options.entityKind ?? ImportOptions.defaultEntityKind),
      defaultRelationKind: options.relationKind
        ?? (graph.isDirected ? ImportOptions.directedRelationKind : ImportOptions.undirectedRelationKind),
      relationKinds: registry)
    let network: Network
    do {
      network = try importer.network(from: graph)
    } catch {
      switch error {
      case .graphviz(let e): throw InputError(e.message, at: SourceLocation(file: path, line: e.line ?? 1, column: 1))
      case .unmappable(let problems):
        throw InputError(
          problems.map { Diagnostic.error("\($0.element): \($0.message)", at: location(of: $0.element), hint: $0.hint) }
        )
      }
    }
    let quotes = network.relations.map { quote(from: $0.from, to: $0.to, key: $0.id) }
    let warnings: [Diagnostic] =
      declared.isEmpty
      ? []
      : [
        .warning(
          "relation kind(s) " + declared.map { "'\($0)'" }.joined(separator: ", ")
            + " are not built in and were declared as neutral, strength 0.5, influence along the edge",
          at: SourceLocation(file: path, line: 1, column: 1),
          hint: "edit 'relation-kinds:' in the imported network to give them their real meaning")
      ]
    return ImportMapper.completing(network, quotes: quotes, origin: path, warnings: warnings)
  }

  /// Where the file states the node or edge a problem names (`node x`, `edge a -> b (#3)`): the
  /// edge's line as `quote` finds it, or the first line naming the node, at the name's column.
  private func location(of element: String) -> SourceLocation {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    var name = ""
    var candidates = lines.indices
    if element.hasPrefix("edge "), let hash = element.lastIndex(of: "#"),
      let number = Int(element[element.index(after: hash)...].prefix { $0.isNumber }),
      graph.edges.indices.contains(number - 1)
    {
      let edge = graph.edges[number - 1]
      let stated = quote(from: edge.tail, to: edge.head, key: edge.key ?? "")
      guard let line = lines.firstIndex(of: stated) else { return SourceLocation(file: path, line: 1, column: 1) }
      candidates = line..<line + 1
      name = edge.tail
    } else if element.hasPrefix("node "), let node = nodes.first(where: { "node " + DOTEscaping.id($0.id) == element })
    {
      name = node.id
    }
    for line in candidates {
      if let column = Self.column(of: DOTEscaping.id(name), in: lines[line]) ?? Self.column(of: name, in: lines[line]) {
        return SourceLocation(file: path, line: line + 1, column: column)
      }
    }
    return SourceLocation(file: path, line: (candidates.first ?? 0) + 1, column: 1)
  }

  /// The 1-based column where `token` stands alone in `line` (not inside a longer name).
  private static func column(of token: String, in line: String) -> Int? {
    guard !token.isEmpty else { return nil }
    func isNamePart(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
    var from = line.startIndex
    while let range = line.range(of: token, range: from..<line.endIndex) {
      let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
      let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
      if !isNamePart(before) && !isNamePart(after) { return line[..<range.lowerBound].unicodeScalars.count + 1 }
      from = range.upperBound
    }
    return nil
  }

  /// The line of the file that states an edge between the two nodes (it holds an edge operator and
  /// both names, and the edge's key when one line has it), else the first edge line naming either,
  /// else the whole text: what an imported relation quotes, verbatim.
  private func quote(from tail: String, to head: String, key: String) -> String {
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    let edgeLines = lines.filter { $0.contains("->") || $0.contains("--") }
    let between = edgeLines.filter { $0.contains(tail) && $0.contains(head) }
    let keyed = ["key=\(key),", "key=\(key)]", "key=\"\(key)\""]
    if let line = between.first(where: { line in keyed.contains { line.contains($0) } }) { return line }
    if let line = between.first { return line }
    if let line = edgeLines.first(where: { $0.contains(tail) || $0.contains(head) }) { return line }
    return text
  }

  /// The graph as drawn: nodes in order, edges with their `weight` attribute when they have one.
  func plainGraph() throws(InputError) -> (CSRGraph, [String]) {
    let ids = nodes.map(\.id)
    var index: [String: Int32] = [:]
    for (i, id) in ids.enumerated() where index[id] == nil { index[id] = Int32(i) }
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var weighted = false
    for edge in graph.edges {
      guard let s = index[edge.tail], let t = index[edge.head] else { continue }
      var w = 1.0
      if let text = graph.value("weight", of: edge)?.string {
        guard let x = Double(text), x.isFinite else {
          throw InputError("\(path): edge \(edge.tail) → \(edge.head) has weight '\(text)', which is not a number")
        }
        w = x
        weighted = true
      }
      sources.append(s)
      targets.append(t)
      weights.append(w)
    }
    do {
      let g = try CSRGraph(
        vertexCount: ids.count, sources: sources, targets: targets, weights: weighted ? weights : nil,
        directed: graph.isDirected)
      return (g, ids)
    } catch {
      throw InputError("\(path): \(error)")
    }
  }
}

extension AnalysisInput {
  /// The graph to analyse from a file in an exchange format: a plain graph as the file gives it
  /// (relation filters do not apply; `--undirected` drops directions), or a network's influence
  /// projection, checked like any network file.
  func exchangeGraph(_ file: String, format: InteropFormat) throws -> AnalysisGraph {
    let source: InputFile.AnalysisSource
    do throws(InputError) {
      source = try InputFile.analysisSource(path: file, format: format)
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
    switch source {
    case .plain(let g):
      if !(try filters.filter()).isEmpty {
        throw usageFailure(
          "relation filters (--kinds, --about, --as-of…) need a network; the edges of \(file) name no relation kinds")
      }
      try language.refuseWithoutNames(file)
      return undirected ? AnalysisGraph(graph: g.graph.undirected(), ids: g.ids) : g
    case .network(let loaded):
      if undirected { throw usageFailure("--undirected applies to plain graphs; \(file) is a Clout network") }
      let network = try language.apply(to: NetworkArgument.checked(loaded).network)
      do {
        try filters.check(against: network)
      } catch let error as ValidationError {
        throw usageFailure(error.message)
      }
      return AnalysisGraph(network: network, filter: try filters.filter())
    }
  }
}
