import CDotLayoutCleanup
import CGraphviz
import Clout

/// The process-wide owner of Graphviz: one `GVC_t` context, one lock around every Graphviz call.
///
/// Graphviz keeps global state (the DOT scanner buffer, the error callback, plugin tables) and is
/// not thread-safe even with one context per thread, so every call — parsing included — runs under
/// one `Mutex`, and no cgraph pointer ever leaves it: each call parses, lays out, renders and frees
/// (`gvFreeLayout`, `agclose`) inside one lock scope. The context is created once, before any graph
/// (creating it sets the node `label` default to `\N`), and never freed (a context per call leaks).
/// Error text reaches `agseterrf`'s callback and comes back as `GraphvizMessage` values.
///
/// Calls are synchronous and can be long (a layout cannot be interrupted); `GraphvizLimits` bound
/// the graph sizes. Use from any thread or task.
public final class Graphviz: Sendable {
  /// The one instance.
  public static let shared = Graphviz()

  private struct Context: ~Copyable {
    let gvc: OpaquePointer?
  }

  private let context: Locked<Context>
  /// Graphviz's version string (e.g. "2.43.0"), or "unavailable".
  public let version: String
  /// What Graphviz reported while starting.
  public let startupMessages: [GraphvizMessage]

  private init() {
    GraphvizLog.install()
    let gvc = gvContext()
    version = gvc.flatMap { gvcVersion($0) }.map { String(cString: $0) } ?? "unavailable"
    _ = clout_dot_cleanup_enable(version)
    _ = clout_label_cleanup_enable(version)
    startupMessages = GraphvizLog.take()
    context = Locked(Context(gvc: gvc))
  }

  /// Runs `body` with the context, under the lock.
  private func withContext<Result: Sendable>(
    _ body: (OpaquePointer) throws(GraphvizError) -> Result
  ) throws(GraphvizError) -> Result {
    try context.withLock { (state: inout Context) throws(GraphvizError) -> Result in
      guard let gvc = state.gvc else {
        throw GraphvizError(.unavailable, "Graphviz could not create a context (is libgraphviz installed?)")
      }
      _ = GraphvizLog.take()
      return try body(gvc)
    }
  }

  /// Lays out DOT text and renders it in each format (one layout, several renders; `dot` output is
  /// rendered before `json`).
  ///
  /// - Parameters:
  ///   - dot: exactly one graph in the DOT language.
  ///   - options: layout (nil: chosen by `LayoutAdvisor`), limits, file access.
  ///   - formats: the outputs wanted, returned in this order.
  /// - Throws: `GraphvizError` — `.parse` with the line, `.noGraph`, `.extraInput`, `.invalidInput`,
  ///   `.fileAccess`, `.tooLarge`, `.layout`, `.render`.
  public func render(
    dot: String, options: GraphvizRenderOptions = GraphvizRenderOptions(), formats: [GraphvizFormat]
  ) throws(GraphvizError) -> GraphvizRendering {
    try withContext { gvc throws(GraphvizError) in
      let (graph, parseWarnings) = try CGraphParser.parse(dot)
      defer { _ = clout_gv_close(graph) }
      let sanitizeWarnings = options.allowsFileAccess ? [] : try CGraphSanitizer.sanitize(graph)
      let result = try CGraphRenderer.render(graph, context: gvc, options: options, formats: formats)
      return GraphvizRendering(
        layout: result.layout, layoutReason: result.reason, outputs: result.outputs,
        warnings: parseWarnings + sanitizeWarnings + GraphvizLog.take())
    }
  }

  /// Lays out a graph value and renders it: `render(dot:options:formats:)` of `DOTWriter.write(graph)`.
  public func render(
    _ graph: DOTGraph, options: GraphvizRenderOptions = GraphvizRenderOptions(), formats: [GraphvizFormat]
  ) throws(GraphvizError) -> GraphvizRendering {
    try render(dot: DOTWriter.write(graph), options: options, formats: formats)
  }

  /// Reads DOT text through cgraph into a `DOTGraph` value (no layout).
  ///
  /// - Throws: `GraphvizError` — `.parse` with the line, `.noGraph`, `.extraInput`, `.invalidInput`.
  public func parse(dot: String) throws(GraphvizError) -> ParsedDOT {
    try withContext { _ throws(GraphvizError) in
      let (graph, warnings) = try CGraphParser.parse(dot)
      defer { _ = clout_gv_close(graph) }
      return ParsedDOT(graph: CGraphReader.read(graph), warnings: warnings + GraphvizLog.take())
    }
  }

  /// Size and cycles of the graph in DOT text, as `LayoutAdvisor` sees them.
  public func shape(ofDOT dot: String) throws(GraphvizError) -> GraphShape {
    try withContext { _ throws(GraphvizError) in
      let (graph, _) = try CGraphParser.parse(dot)
      defer { _ = clout_gv_close(graph) }
      return CGraphParser.shape(of: graph)
    }
  }

  /// How many virtual nodes and edges that dot's cluster code lost have been freed since the
  /// process started (`clout_dot_free_layout`): grows with every clustered dot layout when the
  /// executable exports the hooks; stays 0 when it does not.
  func dotObjectsFreed() -> Int {
    context.withLock { _ in Int(clout_dot_cleanup_total_freed()) }
  }

  /// How many blocks Graphviz 2.43 lost on HTML-like labels have been freed since the process
  /// started (`html_label_cleanup.c`): grows with every render of a legend when the executable
  /// exports the hooks; stays 0 when it does not, or for another Graphviz version.
  func labelBlocksFreed() -> Int {
    context.withLock { _ in Int(clout_label_cleanup_total_freed()) }
  }

  /// Lays out and renders with engine and format given as raw Graphviz names, without Clout's
  /// checks: lets tests reach Graphviz's own error paths.
  func renderUnchecked(dot: String, engine: String, format: String) throws(GraphvizError) -> [UInt8] {
    try withContext { gvc throws(GraphvizError) in
      let (graph, _) = try CGraphParser.parse(dot)
      defer { _ = clout_gv_close(graph) }
      let freesLayout = !(engine == "dot" && DotCleanupHazard.applies(to: graph))
      defer { CGraphRenderer.freeLayout(graph, context: gvc, frees: freesLayout) }
      try CGraphRenderer.layout(graph, context: gvc, engine: engine)
      return try CGraphRenderer.renderData(graph, context: gvc, format: format)
    }
  }
}
