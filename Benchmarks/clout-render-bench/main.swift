import CloutGraphviz
import Foundation

// Times Clout's in-process Graphviz on a DOT file, as `Benchmarks/render` compares it with the
// `dot`/`sfdp` programs on the same file:
//
//   clout-render-bench FILE.dot ENGINE FORMAT
//
// Reads the file, then parses, lays out with ENGINE and renders FORMAT once, in-process (no size
// limits), and prints {"seconds": …, "bytes": …} on stdout.
let arguments = CommandLine.arguments
guard arguments.count == 4, let engine = GraphvizLayout(rawValue: arguments[2]),
  let format = GraphvizFormat(rawValue: arguments[3])
else {
  FileHandle.standardError.write(Data("usage: clout-render-bench FILE.dot ENGINE FORMAT\n".utf8))
  exit(2)
}
guard let text = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
  FileHandle.standardError.write(Data("clout-render-bench: cannot read \(arguments[1])\n".utf8))
  exit(2)
}
_ = Graphviz.shared.version
let clock = ContinuousClock()
let started = clock.now
let rendering: GraphvizRendering
do {
  rendering = try Graphviz.shared.render(
    dot: text, options: GraphvizRenderOptions(layout: engine, limits: .none), formats: [format])
} catch {
  FileHandle.standardError.write(Data("clout-render-bench: \(error)\n".utf8))
  exit(2)
}
let elapsed = clock.now - started
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
print("{\"seconds\": \(seconds), \"bytes\": \(rendering.bytes(format)?.count ?? 0)}")
