import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

/// `clout export --format graphframes -o DIR`: any input — a network (every relation, whatever its
/// status), an exchange format, a plain edge list — as GraphFrames tables in a folder.
enum GraphFramesExport {
  static func run(file: String?, folder: String, language: LanguageOption? = nil) throws {
    var input = try load(file)
    if let language {
      switch input {
      case .network(let network, let filter): input = .network(try language.apply(to: network), filter: filter)
      case .graph: try language.refuseWithoutNames(file ?? "the input")
      }
    }
    do throws(InputError) {
      let summary = try GraphFramesWriter.write(input, to: folder, origin: file ?? "bundled network")
      Console.error(
        "wrote \(folder)/: \(GraphFramesSchema.verticesFile) (\(summary.vertices) vertices), "
          + "\(GraphFramesSchema.edgesFile) (\(summary.edges) edges), \(GraphFramesSchema.manifestFile)")
      Console.error("run Spark on it: clout spark pagerank FILE, or spark-submit clout_spark.py (docs/SPARK.md)")
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
  }

  /// What the tables are made of: a network, or a graph with its vertex labels.
  static func load(_ file: String?) throws -> GraphFramesWriter.Input {
    guard let file, NetworkInput.kind(of: file) != .network else {
      return .network(try NetworkArgument(file: file).load().network, filter: nil)
    }
    switch try NetworkArgument.open(file, directed: true) {
    case .graph(let g): return .graph(g.graph, labels: g.ids)
    case .edgeList(let list): return .graph(list.graph, labels: (0..<list.graph.vertexCount).map(list.label))
    case .network(let loaded): return .network(try NetworkArgument.checked(loaded).network, filter: nil)
    }
  }
}
