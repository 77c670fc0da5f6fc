import ArgumentParser
import CloutAnswers
import CloutIO

extension VertexScores {
  /// Reads a score table for a command: says on standard error how many vertices it leaves out;
  /// input errors are printed and become exit 2.
  static func load(_ path: String, ids: [String]) throws -> VertexScores {
    do throws(InputError) {
      let scores = try VertexScores.read(path: path, ids: ids)
      if scores.missing > 0 {
        Console.error("note: \(path) has no score for \(scores.missing) of \(ids.count) vertices; they are left out")
      }
      return scores
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
  }
}
