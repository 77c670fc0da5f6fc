import Clout

/// Reads an edge list whose labels are not all plain integers: every label (numeric ones included,
/// by their text) becomes a vertex in order of first appearance.
///
/// Cost: O(bytes + n + m) expected time (a hash table of labels); memory: 8 bytes per edge of
/// endpoints and 8 of weight while reading, the labels, then the graph.
enum NamedEdgeList {
  static func read(_ source: LineChunks, file: String, directed: Bool) throws(InputError) -> EdgeList {
    var index: [String: Int32] = [:]
    var labels: [String] = []
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var weighted: Bool?
    var line = 0
    try source.forEach { (bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> Bool in
      var i = 0
      while i < bytes.count {
        let end = bytes.newline(from: i)
        defer { i = end + 1 }
        line += 1
        let edge = EdgeLine(bytes, start: i, end: end)
        if case .blank = edge.shape { continue }
        if let error = EdgeListReader.shapeError(edge, file: file, line: line) { throw error }
        if weighted == nil && EdgeLine.isHeader(bytes, edge) { continue }
        if let w = weighted, w != edge.hasWeight {
          throw EdgeListReader.weightPresenceError(hasWeight: edge.hasWeight, file: file, line: line)
        }
        weighted = edge.hasWeight
        var ends: (Int32, Int32) = (0, 0)
        for (k, (s, e)) in [(edge.sourceStart, edge.sourceEnd), (edge.targetStart, edge.targetEnd)].enumerated() {
          guard let label = String(validating: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self) else {
            throw EdgeListReader.lineError("label is not valid UTF-8", file: file, line: line, column: s - i + 1)
          }
          let id: Int32
          if let known = index[label] {
            id = known
          } else {
            guard labels.count < Int(Int32.max) else {
              throw EdgeListReader.lineError(
                "too many vertices (at most \(Int32.max))", file: file, line: line, column: s - i + 1)
            }
            id = Int32(truncatingIfNeeded: labels.count)
            index[label] = id
            labels.append(label)
          }
          if k == 0 { ends.0 = id } else { ends.1 = id }
        }
        if edge.hasWeight {
          guard let w = EdgeLine.number(bytes, edge.weightStart, edge.weightEnd), w.isFinite else {
            throw EdgeListReader.weightError(bytes, edge, lineStart: i, file: file, line: line)
          }
          weights.append(w)
        }
        sources.append(ends.0)
        targets.append(ends.1)
      }
      return true
    }
    do {
      let graph = try CSRGraph(
        vertexCount: labels.count, sources: sources, targets: targets, weights: weighted == true ? weights : nil,
        directed: directed)
      return EdgeList(graph: graph, labels: labels)
    } catch {
      throw InputError("\(file): \(error)")
    }
  }
}
