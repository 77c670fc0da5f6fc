import Clout
import Foundation
import Synchronization
import Testing

@testable import CloutIO

/// The streaming edge-list loader: both passes, the fast and the general line parsers, named
/// labels, located errors, and files larger than one read chunk.
@Suite("Edge lists: streamed into the CSR, every problem located")
struct EdgeListReaderTests {
  /// The edges of a graph as (source, target, weight) in edge id order.
  func edges(_ g: CSRGraph) -> [(Int32, Int32, Double)] {
    (0..<g.edgeCount).map { (g.edgeSources[$0], g.edgeTargets[$0], g.weight(ofEdge: $0)) }
  }

  @Test func integerLabelsAreVerticesAndEdgesComeInSourceOrder() throws {
    let list = try EdgeListReader.parse(text: "2 0 5\n0 3 1.5\n2 1 7\n0 2 -2\n", file: "t.txt", directed: true)
    let g = list.graph
    #expect(list.labels == nil)
    #expect(g.vertexCount == 4 && g.isDirected && g.isWeighted)
    #expect(edges(g).map(\.0) == [0, 0, 2, 2])
    #expect(edges(g).map(\.1) == [3, 2, 0, 1])
    #expect(g.edgeWeights == [1.5, -2, 5, 7])
    #expect(g.inNeighbors[g.inRange(2)] == [0])
  }

  @Test func separatorsCommentsHeadersAndLineEndsAreAccepted() throws {
    let text = "source,target,weight\r\n# a comment\n\n0,1,2\r\n1\t2  3 # trailing\n  2 , 0 , 4\n3 0 1"
    let g = try EdgeListReader.parse(text: text, file: "t.csv", directed: false).graph
    #expect(!g.isDirected && g.vertexCount == 4)
    #expect(edges(g).map { [$0.0, $0.1] } == [[0, 1], [1, 2], [2, 0], [3, 0]])
    #expect(g.edgeWeights == [2, 3, 4, 1])
    #expect(g.outDegree(0) == 3)
  }

  @Test func unweightedListsHaveNoWeights() throws {
    let g = try EdgeListReader.parse(text: "1 0\n0 1\n", file: "t", directed: true).graph
    #expect(!g.isWeighted && g.edgeCount == 2 && edges(g).map(\.0) == [0, 1])
  }

  @Test func anyOtherLabelNamesVerticesInOrderOfAppearance() throws {
    let list = try EdgeListReader.parse(text: "7 alice 1\nalice bob 2\n007 7 3\n", file: "t", directed: true)
    #expect(list.labels == ["7", "alice", "bob", "007"])
    #expect(list.vertex("bob") == 2 && list.label(3) == "007")
    #expect(edges(list.graph).map { [$0.0, $0.1] } == [[0, 1], [1, 2], [3, 0]])
    #expect(list.graph.edgeWeights == [1, 2, 3])
  }

  @Test func weightsReadAsTheStandardLibraryReadsThem() throws {
    let texts = [
      "0", "1", "-0.5", "0.1", "12.345", "99999999999999.9", "0.000001", "3.", "1e-3", "2.5E+2", "+4",
      "1234567890123456789",
      "0.30000000000000004",
    ]
    let text = texts.enumerated().map { "0 \($0.offset + 1) \($0.element)" }.joined(separator: "\n")
    let g = try EdgeListReader.parse(text: text, file: "t", directed: true).graph
    #expect(g.edgeWeights == texts.map { Double($0) ?? .nan })
  }

  @Test func problemsAreLocatedAtLineAndColumn() {
    let cases: [(String, String, Int, Int)] = [
      ("0 1\n2\n", "found 1 field", 2, 1),
      ("0 1\n1 2 3 4\n", "more than 3 fields", 2, 7),
      ("0 1 2\n1 2\n", "no weight but earlier edges do", 2, 1),
      ("0 1\n1 2 3\n", "has a weight but earlier edges have none", 2, 1),
      ("0 1 2\n1 2 x\n", "weight 'x' is not a finite number", 2, 5),
      ("0 1 nan\n", "is not a finite number", 1, 5),
    ]
    for (text, message, line, column) in cases {
      do {
        _ = try EdgeListReader.parse(text: text, file: "bad.txt", directed: true)
        Issue.record("\(text.debugDescription) was read without error")
      } catch {
        let d = error.diagnostics.first
        #expect(d?.message.contains(message) == true, "\(text.debugDescription): \(error)")
        #expect(d?.location == SourceLocation(file: "bad.txt", line: line, column: column), "\(text.debugDescription)")
      }
    }
  }

  @Test func aFileLargerThanAChunkReadsLikeTheSameTextInMemory() throws {
    // 120 000 lines (about 1.6 MB) with every kind of line, so lines straddle read chunks.
    var state: UInt64 = 42
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var lines = ["# generated", "source target weight"]
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    for i in 0..<120_000 {
      let s = next() % 5000
      let t = next() % 5000
      let w = Double(next() % 10_000) / 100
      sources.append(Int32(s))
      targets.append(Int32(t))
      weights.append(w)
      switch i % 4 {
      case 0: lines.append("\(s) \(t) \(w)")
      case 1: lines.append("\(s)\t\(t)\t\(w)\r")
      case 2: lines.append("\(s),\(t),\(w) # note")
      default: lines.append("  \(s)   \(t) \(w)")
      }
    }
    let text = lines.joined(separator: "\n") + "\n"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-edgelist-\(UUID().uuidString).txt")
    try text.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let reports = Mutex<[Int]>([])
    let fromFile = try EdgeListReader.read(path: url.path, directed: true) { done, total in
      reports.withLock { $0.append(total - done) }
    }.graph
    let fromText = try EdgeListReader.parse(text: text, file: "t", directed: true).graph
    let expected = try CSRGraph(
      vertexCount: Int(max(sources.max() ?? 0, targets.max() ?? 0)) + 1, sources: sources, targets: targets,
      weights: weights, directed: true)
    for g in [fromFile, fromText] {
      #expect(g.vertexCount == expected.vertexCount)
      #expect(g.edgeTargets == expected.edgeTargets && g.edgeSources == expected.edgeSources)
      #expect(g.edgeWeights == expected.edgeWeights)
      #expect(g.inNeighbors == expected.inNeighbors && g.inEdges == expected.inEdges)
    }
    let remaining = reports.withLock { $0 }
    #expect(remaining.count > 2 && remaining.last == 0 && remaining == remaining.sorted(by: >))
  }

  @Test func aMissingFileIsAnInputError() {
    #expect(throws: InputError.self) { try EdgeListReader.read(path: "/nonexistent/clout/edges.txt", directed: true) }
  }
}

/// The same file read in pieces on several threads, through the internal entry point that lets a
/// test lower the size from which files are cut.
@Suite("Edge lists read in pieces")
struct PiecewiseEdgeListTests {
  func write(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-pieces-\(UUID().uuidString).txt")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  func lines(_ count: Int, seed: UInt64) -> [String] {
    var state = seed
    return (0..<count).map { i in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let s = Int(state >> 40) % 3000
      let t = Int((state >> 20) & 0xFFFFF) % 3000
      return i % 7 == 3 ? "\(s)\t\(t)\t\(i % 13).5 # c" : "\(s) \(t) \(i % 100)"
    }
  }

  @Test(arguments: [2, 3, 5]) func piecesGiveTheSameGraph(pieces: Int) throws {
    let url = try write("source target weight\n" + lines(40_000, seed: 9).joined(separator: "\n") + "\n")
    defer { try? FileManager.default.removeItem(at: url) }
    let whole = try EdgeListReader.read(path: url.path, directed: true).graph
    let cut = try EdgeListReader.read(
      .file(url.path), file: url.path, directed: true, parallelBytes: 0, pieces: pieces
    ).graph
    #expect(cut.vertexCount == whole.vertexCount && cut.edgeCount == 40_000)
    #expect(cut.edgeTargets == whole.edgeTargets && cut.edgeSources == whole.edgeSources)
    #expect(cut.edgeWeights == whole.edgeWeights && cut.inEdges == whole.inEdges)
  }

  @Test func aProblemLateInTheFileIsReportedAtItsLine() throws {
    var body = lines(30_000, seed: 3)
    body[28_000] = "12 oops 3 4"
    let url = try write(body.joined(separator: "\n"))
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try EdgeListReader.read(.file(url.path), file: "f.txt", directed: true, parallelBytes: 0, pieces: 2)
      Issue.record("a line with four fields was read")
    } catch {
      #expect(error.diagnostics.first?.location == SourceLocation(file: "f.txt", line: 28_001, column: 11))
    }
  }

  @Test func aNamedLabelLateInTheFileNamesEveryVertex() throws {
    var body = lines(20_000, seed: 5)
    body[19_000] = "7 alice 1"
    let url = try write(body.joined(separator: "\n"))
    defer { try? FileManager.default.removeItem(at: url) }
    let list = try EdgeListReader.read(.file(url.path), file: "f.txt", directed: true, parallelBytes: 0, pieces: 2)
    #expect(list.labels?.contains("alice") == true && list.graph.edgeCount == 20_000)
  }
}

/// The second pass trusts nothing the first counted: text that no longer matches its census (the
/// file changed between the passes) is refused, even when every bucket keeps its number of edges.
@Suite("Edge lists placed against their census")
struct EdgePlacementTests {
  func place(counted: String, placed: String) throws -> EdgePlacement {
    let census = try #require(try EdgeCensus.take(.memory(Array(counted.utf8)), file: "f.txt"))
    return try EdgePlacement.place([.memory(Array(placed.utf8))], censuses: [census], file: "f.txt")
  }

  @Test func theCountedTextIsPlacedBySource() throws {
    let placed = try place(counted: "2 0 1.5\n0 1 2\n2 1 3\n0 2 4\n", placed: "2 0 1.5\n0 1 2\n2 1 3\n0 2 4\n")
    #expect(placed.offsets == [0, 2, 2, 4] && placed.targets == [1, 2, 0, 1] && placed.weights == [2, 4, 1.5, 3])
  }

  @Test(arguments: [
    // Vertices 0 and 1 share a bucket: the same two edges in it, but 1 has one more than counted
    // (a reordered bucket, then a bucket of one counted vertex).
    ("0 1\n1 2\n0 2\n", "0 1\n1 2\n1 2\n"),
    ("0 1\n0 2\n", "0 1\n1 2\n"),
    // More edges, fewer edges, a weight that appeared.
    ("0 1\n1 2\n", "0 1\n1 2\n1 0\n"),
    ("0 1\n1 2\n", "0 1\n"),
    ("0 1\n1 2\n", "0 1 5\n1 2 5\n"),
  ])
  func aChangedTextIsReportedAsChanged(counted: String, placed: String) {
    #expect {
      _ = try place(counted: counted, placed: placed)
    } throws: { error in
      (error as? InputError)?.diagnostics.first?.message.contains("changed while it was being read") == true
    }
  }
}
