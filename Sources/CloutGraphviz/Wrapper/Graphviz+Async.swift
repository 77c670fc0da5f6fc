import Dispatch

extension Graphviz {
  /// One serial queue for asynchronous calls: layouts can take seconds and cannot be interrupted,
  /// so they run there instead of blocking a thread of Swift's cooperative pool. The lock still
  /// serialises them with synchronous calls.
  private static let queue = DispatchQueue(label: "clout.graphviz", qos: .userInitiated)

  /// `render(dot:options:formats:)` on Graphviz's own queue, for async callers.
  public func renderAsync(
    dot: String, options: GraphvizRenderOptions = GraphvizRenderOptions(), formats: [GraphvizFormat]
  ) async throws(GraphvizError) -> GraphvizRendering {
    let result = await withCheckedContinuation {
      (continuation: CheckedContinuation<Result<GraphvizRendering, GraphvizError>, Never>) in
      Self.queue.async {
        continuation.resume(
          returning: Result { () throws(GraphvizError) in
            try self.render(dot: dot, options: options, formats: formats)
          })
      }
    }
    return try result.get()
  }

  /// `render(_:options:formats:)` on Graphviz's own queue, for async callers.
  public func renderAsync(
    _ graph: DOTGraph, options: GraphvizRenderOptions = GraphvizRenderOptions(), formats: [GraphvizFormat]
  ) async throws(GraphvizError) -> GraphvizRendering {
    try await renderAsync(dot: DOTWriter.write(graph), options: options, formats: formats)
  }
}
