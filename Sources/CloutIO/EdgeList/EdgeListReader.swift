import Clout
import Foundation

/// Reads edge lists at the speed of the file: the bytes are scanned once, in place, with no
/// per-line strings. Labels that are plain non-negative integers (no sign, no leading zeros) map to
/// themselves; any other label switches the whole file to named vertices (in order of first
/// appearance).
///
/// Format: one edge per line, `src dst [weight]`, separated by spaces, tabs or commas; blank lines
/// and lines starting with `#` are skipped, as is a first line `source,target[,weight]` (a CSV
/// header, recognised when its third field, if any, is not a number). Either every edge has a
/// weight or none does.
///
/// Cost: O(bytes + n + m). Memory: the file is mapped, plus 8 bytes per edge of endpoints and 8 of
/// weight while reading, then the CSR.
public enum EdgeListReader {
  public static func read(path: String, directed: Bool) throws(InputError) -> EdgeList {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    } catch {
      throw InputError("cannot read \(path): \(error.localizedDescription)", hint: "check the path and permissions")
    }
    let result: Result<EdgeList, InputError> = data.withUnsafeBytes { raw in
      Result { () throws(InputError) in try parse(raw.bindMemory(to: UInt8.self), file: path, directed: directed) }
    }
    return try result.get()
  }

  /// Parses edge-list text held in memory.
  public static func parse(text: String, file: String, directed: Bool) throws(InputError) -> EdgeList {
    let bytes = Array(text.utf8)
    let result: Result<EdgeList, InputError> = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(InputError) in try parse(buffer, file: file, directed: directed) }
    }
    return try result.get()
  }

  private static func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x2C || b == 0x0D }

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, directed: Bool) throws(InputError) -> EdgeList {
    var sources: [Int64] = []
    var targets: [Int64] = []
    var weights: [Double] = []
    var hasWeights: Bool?
    var names: [String: Int64]?  // set once a non-numeric label is seen
    var nameOrder: [String] = []
    var numericMax: Int64 = -1
    var line = 0
    var i = 0
    let count = bytes.count

    func fail(_ message: String, column: Int) -> InputError {
      InputError(message, at: SourceLocation(file: file, line: line, column: column))
    }

    while i < count {
      line += 1
      let lineStart = i
      var end = i
      while end < count && bytes[end] != 0x0A { end += 1 }
      defer { i = end + 1 }
      // Split the line into at most four fields.
      var fields: [(Int, Int)] = []
      var k = lineStart
      while k < end {
        while k < end && isSeparator(bytes[k]) { k += 1 }
        if k >= end { break }
        if bytes[k] == UInt8(ascii: "#") { break }
        let s = k
        while k < end && !isSeparator(bytes[k]) { k += 1 }
        fields.append((s, k))
        if fields.count > 3 { break }
      }
      if fields.isEmpty { continue }
      if fields.count > 3 {
        throw fail("expected 'source target [weight]', found more than 3 fields", column: fields[3].0 - lineStart + 1)
      }
      if fields.count < 2 {
        throw fail("expected 'source target [weight]', found 1 field", column: fields[0].0 - lineStart + 1)
      }
      if sources.isEmpty && hasWeights == nil && isHeader(bytes, fields) { continue }
      let weighted = fields.count == 3
      if let h = hasWeights, h != weighted {
        throw fail(
          weighted
            ? "this edge has a weight but earlier edges have none" : "this edge has no weight but earlier edges do",
          column: 1)
      }
      hasWeights = weighted
      var ends: [Int64] = [0, 0]
      for f in 0..<2 {
        let (s, e) = fields[f]
        if names == nil, let n = plainInteger(bytes, s, e) {
          ends[f] = n
          numericMax = max(numericMax, n)
        } else {
          if names == nil {
            // Switch to named vertices: earlier numeric labels keep their text.
            var table: [String: Int64] = [:]
            var order: [String] = []
            func intern(_ v: Int64) -> Int64 {
              let label = String(v)
              if let id = table[label] { return id }
              let id = Int64(order.count)
              table[label] = id
              order.append(label)
              return id
            }
            for j in 0..<sources.count {
              sources[j] = intern(sources[j])
              targets[j] = intern(targets[j])
            }
            if f == 1 { ends[0] = intern(ends[0]) }
            names = table
            nameOrder = order
          }
          guard let label = String(validating: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self) else {
            throw fail("label is not valid UTF-8", column: s - lineStart + 1)
          }
          if let id = names?[label] {
            ends[f] = id
          } else {
            let id = Int64(nameOrder.count)
            names?[label] = id
            nameOrder.append(label)
            ends[f] = id
          }
        }
      }
      if weighted {
        let (s, e) = fields[2]
        guard let w = parseDouble(bytes, s, e), w.isFinite else {
          let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
          throw fail("weight '\(text)' is not a finite number", column: s - lineStart + 1)
        }
        weights.append(w)
      }
      sources.append(ends[0])
      targets.append(ends[1])
    }
    let n = names == nil ? Int(numericMax + 1) : nameOrder.count
    guard n <= Int(Int32.max) else {
      throw InputError("\(file): vertex id \(numericMax) is too large (at most \(Int32.max) vertices)")
    }
    let graph: CSRGraph
    do {
      graph = try CSRGraph(
        vertexCount: n, sources: sources.map { Int32(truncatingIfNeeded: $0) },
        targets: targets.map { Int32(truncatingIfNeeded: $0) }, weights: hasWeights == true ? weights : nil,
        directed: directed)
    } catch {
      throw InputError("\(file): \(error)")
    }
    return EdgeList(graph: graph, labels: names == nil ? nil : nameOrder)
  }

  /// A canonical non-negative integer below 2^31 (no sign, no leading zero unless "0").
  private static func plainInteger(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int64? {
    let length = e - s
    guard length > 0, length <= 10, !(length > 1 && b[s] == UInt8(ascii: "0")) else { return nil }
    var v: Int64 = 0
    for k in s..<e {
      let d = b[k] &- UInt8(ascii: "0")
      guard d < 10 else { return nil }
      v = v * 10 + Int64(d)
    }
    return v < Int64(Int32.max) ? v : nil
  }

  /// Integers take the fast path; anything else goes through the standard library's parser.
  private static func parseDouble(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
    if let v = plainInteger(b, s, e) { return Double(v) }
    return Double(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
  }

  private static func isHeader(_ b: UnsafeBufferPointer<UInt8>, _ fields: [(Int, Int)]) -> Bool {
    let words = fields.map {
      String(decoding: UnsafeBufferPointer(rebasing: b[$0.0..<$0.1]), as: UTF8.self).lowercased()
    }
    let known: Set<String> = ["source", "target", "src", "dst", "from", "to", "weight", "u", "v", "node1", "node2"]
    return known.contains(words[0]) && known.contains(words[1])
  }
}
